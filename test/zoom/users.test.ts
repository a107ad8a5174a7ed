/** @module Zoom users through the client: the four create actions, lookups, paging, update, delete. */
import { describe, expect, test } from 'vitest'
import { zoomFixture } from './support.js'

const newUser = (action: 'create' | 'autoCreate' | 'custCreate' | 'ssoCreate', email: string) => ({
  action,
  user_info: { email, type: 1 as const, first_name: 'Nia', last_name: 'New' },
})

describe('Zoom users', () => {
  test.each(['create', 'autoCreate', 'custCreate', 'ssoCreate'] as const)(
    'action %s creates a user (201) that can be read by id and by email',
    async (action) => {
      const { client } = zoomFixture()
      const created = await client.users.create(newUser(action, `${action}@example.edu`))
      expect(created.response?.status).toBe(201)
      expect(created.data).toMatchObject({ email: `${action}@example.edu`, type: 1, first_name: 'Nia' })
      expect(created.data?.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
      const byId = await client.users.get(created.data?.id ?? '')
      const byEmail = await client.users.get(`${action.toUpperCase()}@example.edu`)
      expect(byId.data?.status).toBe(action === 'create' ? 'pending' : 'active')
      expect(byEmail.data?.id).toBe(created.data?.id)
    },
  )

  test('a second user with the same email is refused with 409 code 1005', async () => {
    const { client } = zoomFixture()
    const result = await client.users.create(newUser('custCreate', 'Host@Example.edu'))
    expect(result.error).toMatchObject({ status: 409, code: 1005 })
  })

  test('a create body without email, with a bad type or long names fails 400/300 naming each field', async () => {
    const { client, store } = zoomFixture()
    const before = store().users.size
    const result = await client.users.create({
      action: 'create',
      user_info: { email: 'not-an-email', type: 3 as never, first_name: 'x'.repeat(65) },
    })
    expect(result.error?.code).toBe(300)
    expect(result.error?.errors?.map((e) => e.field).sort()).toEqual([
      'user_info.email',
      'user_info.first_name',
      'user_info.type',
    ])
    expect(store().users.size).toBe(before)
  })

  test('me is the account admin; an unknown user is 404 code 1001', async () => {
    const { client } = zoomFixture()
    expect((await client.users.get('me')).data?.email).toBe('admin@example.edu')
    expect((await client.users.get('nobody')).error).toMatchObject({
      status: 404,
      code: 1001,
      message: 'User does not exist: nobody.',
    })
  })

  test('pages of page_size users partition the active users, with next_page_token empty on the last', async () => {
    const { client } = zoomFixture()
    for (let i = 0; i < 5; i++) await client.users.create(newUser('custCreate', `u${i}@example.edu`))
    const seen: string[] = []
    let pages = 0
    for await (const page of client.users.pages({ page_size: 2 })) {
      pages++
      seen.push(...(page.data?.users.map((u) => u.id) ?? []))
      expect(page.data?.total_records).toBe(7)
    }
    expect(pages).toBe(4)
    expect(new Set(seen).size).toBe(7)
  })

  test('page_size above 300 fails 400/300 on page_size', async () => {
    const { client } = zoomFixture()
    const result = await client.users.list({ page_size: 301 })
    expect(result.error?.errors).toEqual([{ field: 'page_size', message: expect.any(String) }])
  })

  test('PATCH changes the fields sent (204), and DELETE removes the user and their meetings (204)', async () => {
    const { client, store } = zoomFixture()
    const patched = await client.users.update('demo-host', { first_name: 'Hana', timezone: 'Europe/Paris' })
    expect(patched.response?.status).toBe(204)
    expect((await client.users.get('host@example.edu')).data).toMatchObject({
      first_name: 'Hana',
      last_name: 'Demo',
      timezone: 'Europe/Paris',
    })
    expect(
      (await client.users.update('demo-host', { timezone: 'Mars/Olympus' })).error?.errors?.[0]?.field,
    ).toBe('timezone')
    expect((await client.users.delete('demo-host', { action: 'delete' })).response?.status).toBe(204)
    expect((await client.users.get('demo-host')).error?.code).toBe(1001)
    expect([...store().meetings.values()].some((m) => m.host_id === 'demo-host')).toBe(false)
  })
})
