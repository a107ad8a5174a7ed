/** @module Zoom paging as real clients use it: page_number beside next_page_token, tokens that carry their query, token expiry. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { zoomFixture } from './support.js'

type Client = ReturnType<typeof zoomFixture>['client']

async function seedUsers(emulator: Emulator, count: number, status: 'active' | 'pending' = 'active') {
  for (let n = 0; n < count; n++)
    await emulator.seed.zoom.user({ email: `${status}${n}@example.edu`, status })
}

/** mod_zoom's make_paginated_call: the token while there is one, else page_number + 1 while below page_count; its query keeps the last token. */
async function modZoomPages(client: Client) {
  const query: { page_size: number; next_page_token?: string; page_number?: number } = { page_size: 300 }
  const ids: string[] = []
  for (let calls = 0; calls < 20; calls++) {
    const { data } = await client.users.list(query)
    if (!data) throw new Error('a page failed')
    ids.push(...data.users.map((u) => u.id))
    if (data.next_page_token) query.next_page_token = data.next_page_token
    else if (data.page_number < data.page_count) query.page_number = data.page_number + 1
    else return { ids, calls: calls + 1 }
  }
  throw new Error('still paging after 20 calls')
}

describe('Zoom paging', () => {
  test('650 users paged by next_page_token and by page_number each come once, and mod_zoom stops', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 650)
    const first = await client.users.list({ page_size: 300 })
    const total = first.data?.total_records ?? 0
    expect(total).toBeGreaterThanOrEqual(650)
    expect(first.data).toMatchObject({ page_number: 1, page_count: Math.ceil(total / 300) })

    const byToken = await modZoomPages(client)
    expect(byToken.calls).toBe(3)
    expect(byToken.ids).toHaveLength(total)
    expect(new Set(byToken.ids).size).toBe(total)

    const byNumber: string[] = []
    for (let page_number = 1; page_number <= 3; page_number++) {
      const { data } = await client.users.list({ page_size: 300, page_number })
      expect(data).toMatchObject({ page_number, page_count: 3, total_records: total })
      byNumber.push(...(data?.users.map((u) => u.id) ?? []))
    }
    expect(byNumber).toEqual(byToken.ids)
    const past = await client.users.list({ page_size: 300, page_number: 4 })
    expect(past.data).toMatchObject({ page_number: 4, users: [], next_page_token: '' })
  })

  test('a page answered by its token names its page number, so the last one equals page_count', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 5)
    const numbers: number[] = []
    let pageCount = 0
    for await (const page of client.users.pages({ page_size: 2 })) {
      numbers.push(page.data?.page_number ?? 0)
      pageCount = page.data?.page_count ?? 0
    }
    expect(pageCount).toBeGreaterThanOrEqual(3)
    expect(numbers).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1))
  })

  test('a next_page_token alone continues the pending listing it was issued for, with its page size', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 5, 'pending')
    const first = await client.users.list({ status: 'pending', page_size: 2 })
    const pendingIds = new Set<string>(first.data?.users.map((u) => u.id))
    let token = first.data?.next_page_token ?? ''
    while (token) {
      const { data, error } = await client.users.list({ next_page_token: token })
      expect(error).toBeUndefined()
      expect(data?.page_size).toBe(2)
      for (const user of data?.users ?? []) {
        expect(user.status).toBe('pending')
        pendingIds.add(user.id)
      }
      token = data?.next_page_token ?? ''
    }
    expect(pendingIds.size).toBe(5)
  })

  test('a next_page_token sent with a different explicit filter is refused on next_page_token', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 3, 'pending')
    const first = await client.users.list({ status: 'pending', page_size: 1 })
    const token = first.data?.next_page_token ?? ''
    const refused = await client.users.list({ status: 'active', next_page_token: token })
    expect(refused.error).toMatchObject({
      status: 400,
      code: 300,
      errors: [{ field: 'next_page_token', message: 'Invalid next page token.' }],
    })
    const same = await client.users.list({ status: 'pending', page_size: 1, next_page_token: token })
    expect(same.data?.users[0]?.status).toBe('pending')
  })

  test('a next_page_token works for 15 minutes on the emulator clock, then fails with Zoom error 300', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 3)
    const token = (await client.users.list({ page_size: 1 })).data?.next_page_token ?? ''
    emulator.clock.advance(15 * 60_000)
    expect((await client.users.list({ next_page_token: token })).data?.users).toHaveLength(1)
    emulator.clock.advance(1000)
    const expired = await client.users.list({ next_page_token: token })
    expect(expired.error).toMatchObject({
      status: 400,
      code: 300,
      message: 'The next page token is invalid or expired.',
    })
  })

  test('a tampered or foreign token is refused on next_page_token, never a 5xx', async () => {
    const { emulator, client } = zoomFixture()
    await seedUsers(emulator, 3)
    const decode = (token = '') =>
      JSON.parse(Buffer.from(token, 'base64url').toString()) as Record<string, unknown>
    const encode = (token: object) => Buffer.from(JSON.stringify(token)).toString('base64url')
    const usersToken = decode((await client.users.list({ page_size: 1 })).data?.next_page_token)
    const meetingsToken = decode(
      (await client.meetings.list('demo-host', { page_size: 1 })).data?.next_page_token,
    )
    const users = [
      'not-a-token',
      encode(null as never),
      encode({ ...usersToken, z: 0 }),
      encode({ ...usersToken, q: { status: 'deleted' } }),
      encode({ ...usersToken, q: {} }),
      encode(meetingsToken),
    ]
    for (const next_page_token of users) {
      const result = await client.users.list({ next_page_token })
      expect(result.error).toMatchObject({ status: 400, code: 300, errors: [{ field: 'next_page_token' }] })
    }
    for (const q of [{ type: 'junk' }, { type: 'live', status: 'active' }, { status: 'active' }]) {
      const result = await client.meetings.list('demo-host', {
        next_page_token: encode({ ...meetingsToken, q }),
      })
      expect(result.error).toMatchObject({ status: 400, code: 300, errors: [{ field: 'next_page_token' }] })
    }
  })

  test('a host meeting list pages by page_number and its token alone keeps the list type', async () => {
    const { emulator, client } = zoomFixture()
    const now = emulator.clock.now()
    for (let n = 1; n <= 5; n++)
      await emulator.seed.zoom.meeting({
        host_id: 'demo-host',
        topic: `Past ${n}`,
        type: 2,
        start_time: new Date(now - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        duration: 30,
      })
    const all = (await client.meetings.list('demo-host', { type: 'previous_meetings', page_size: 300 })).data
    const total = all?.total_records ?? 0
    expect(total).toBeGreaterThanOrEqual(5)
    const pageCount = Math.ceil(total / 2)

    const byNumber: number[] = []
    for (let page_number = 1; page_number <= pageCount; page_number++) {
      const { data } = await client.meetings.list('demo-host', {
        type: 'previous_meetings',
        page_size: 2,
        page_number,
      })
      expect(data).toMatchObject({ page_number, page_count: pageCount })
      byNumber.push(...(data?.meetings.map((m) => m.id) ?? []))
    }
    expect(byNumber).toEqual(all?.meetings.map((m) => m.id))

    const first = await client.meetings.list('demo-host', { type: 'previous_meetings', page_size: 2 })
    const byToken = [...(first.data?.meetings.map((m) => m.id) ?? [])]
    let token = first.data?.next_page_token ?? ''
    let last = first.data?.page_number
    while (token) {
      const { data } = await client.meetings.list('demo-host', { next_page_token: token })
      byToken.push(...(data?.meetings.map((m) => m.id) ?? []))
      last = data?.page_number
      token = data?.next_page_token ?? ''
    }
    expect(byToken).toEqual(byNumber)
    expect(last).toBe(pageCount)
    const otherType = await client.meetings.list('demo-host', {
      type: 'scheduled',
      next_page_token: first.data?.next_page_token ?? '',
    })
    expect(otherType.error?.errors?.[0]?.field).toBe('next_page_token')
  })
})
