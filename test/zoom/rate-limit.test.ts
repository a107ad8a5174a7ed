/** @module Zoom rate limits: 100 meeting creates/updates per user per UTC day, per-second categories on option. */
import { describe, expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'

const MIDNIGHT = Date.parse('2026-11-23T00:00:00Z')

describe('Zoom rate limits', () => {
  test('the 101st meeting create or update of a user in a UTC day gets 429 with the daily headers, until midnight', async () => {
    const { client, emulator, store } = zoomFixture()
    const first = await client.meetings.create('demo-host', {})
    for (let i = 1; i < 99; i++) expect((await client.meetings.create('demo-host', {})).error).toBeUndefined()
    expect((await client.meetings.update(first.data?.id ?? 0, { topic: '100th' })).response?.status).toBe(204)
    const before = store().meetings.size
    const refused = await client.meetings.create('demo-host', { topic: '101st' })
    expect(refused.error).toMatchObject({
      status: 429,
      code: 429,
      message:
        'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
      retryAfter: '2026-11-23T00:00:00Z',
    })
    expect(Object.fromEntries(refused.response?.headers ?? [])).toMatchObject({
      'x-ratelimit-category': 'Medium',
      'x-ratelimit-type': 'Daily-limit',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
    })
    expect((await client.meetings.update(first.data?.id ?? 0, { topic: 'x' })).error?.status).toBe(429)
    expect(store().meetings.size).toBe(before)
    expect((await client.meetings.create('demo-admin', {})).response?.status).toBe(201)
    expect((await client.meetings.get(first.data?.id ?? 0)).data?.topic).toBe('100th')

    emulator.clock.set(MIDNIGHT - 1)
    expect((await client.meetings.create('demo-host', {})).error?.status).toBe(429)
    emulator.clock.set(MIDNIGHT)
    expect((await client.meetings.create('demo-host', {})).response?.status).toBe(201)
  })

  test('per-second limits are off by default', async () => {
    const { client } = zoomFixture()
    const results = await Promise.all(Array.from({ length: 40 }, () => client.users.get('me')))
    expect(results.every((r) => r.data)).toBe(true)
  })

  test('with rateLimits on, the 31st Light call in one emulator second gets 429, and the next second is fresh', async () => {
    const { client, emulator } = zoomFixture({ zoom: { rateLimits: true } })
    for (let i = 0; i < 30; i++) expect((await client.users.get('me')).data).toBeDefined()
    const refused = await client.users.get('me')
    expect(refused.error).toMatchObject({
      status: 429,
      message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
    })
    expect(refused.response?.headers.get('x-ratelimit-category')).toBe('Light')
    expect(refused.response?.headers.get('x-ratelimit-limit')).toBe('30')
    emulator.clock.set(T0 + 1000)
    expect((await client.users.get('me')).data).toBeDefined()
  })
})
