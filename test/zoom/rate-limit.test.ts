/** @module Zoom rate limits: 100 meeting creates/updates per user per UTC day, per-second categories on option. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
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
      'x-ratelimit-category': 'Light',
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

  type Client = ReturnType<typeof zoomFixture>['client']
  const calls: [string, 'Light' | 'Medium', (client: Client) => Promise<{ response?: Response }>][] = [
    ['create meeting', 'Light', (client) => client.meetings.create('demo-host', {})],
    ['get meeting', 'Light', (client) => client.meetings.get(81000000001)],
    ['list meetings', 'Medium', (client) => client.meetings.list('demo-host')],
    ['list users', 'Medium', (client) => client.users.list()],
  ]
  const plans = [
    ['pro', { Light: 30, Medium: 20 }],
    ['business', { Light: 80, Medium: 60 }],
    ['education', { Light: 80, Medium: 60 }],
    ['basic', { Light: 4, Medium: 2 }],
  ] as const
  test.each(
    plans.flatMap(([plan, limits]) =>
      calls.map(([name, category, call]) => ({ plan, name, category, limit: limits[category], call })),
    ),
  )(
    'on the $plan plan, $name is a $category call: the next after $limit in one second gets 429',
    async ({ plan, category, limit, call }) => {
      const { client, emulator } = zoomFixture({ zoom: { rateLimits: true, plan } })
      await client.users.get('me') // fetches the token, then a fresh second
      emulator.clock.set(T0 + 1000)
      for (let i = 0; i < limit; i++) expect((await call(client)).response?.status).toBeLessThan(300)
      const refused = (await call(client)).response
      expect(refused?.status).toBe(429)
      expect(refused?.headers.get('x-ratelimit-category')).toBe(category)
      expect(refused?.headers.get('x-ratelimit-limit')).toBe(String(limit))
      expect(refused?.headers.get('x-ratelimit-type')).toBe('QPS')
    },
  )

  test('an unknown zoom.plan is refused when the emulator is made, naming the plans there are', () => {
    // @ts-expect-error: a plan the type does not allow, as a JavaScript caller could pass it
    expect(() => createTestEmulator({ zoom: { plan: 'enterprise' } })).toThrow(
      'zoom.plan must be one of pro, business, education, basic, not "enterprise"',
    )
  })
})
