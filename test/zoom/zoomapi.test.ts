/** @module The `zoomapi` npm client (JWT era and S2S with query parameters) against the emulator through MSW. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import zoomApiModule from 'zoomapi'
import { createHandlers } from '../../mock/msw.js'
import { createTestEmulator } from '../helpers.js'
import { DEMO_S2S } from './support.js'

// A CommonJS module: Node hands over `module.exports`, bundlers may hand over its `default`.
const zoomApi = ((zoomApiModule as { default?: unknown }).default ??
  zoomApiModule) as typeof zoomApiModule.default

// zoomapi signs its JWTs on the wall clock (exp = now + 5 s), so this emulator's clock starts at wall time.
const emulator = createTestEmulator({ now: Date.now() })
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('zoomapi', () => {
  test('with a JWT app creates a user, then creates, gets, updates, lists and deletes a meeting', async () => {
    const client = zoomApi({ apiKey: 'demo-jwt-key', apiSecret: 'demo-jwt-secret' })
    const user = await client.users.CreateUser({
      action: 'autoCreate',
      user_info: { email: 'zoomapi@example.edu', type: 1, password: 'Secret123!' },
    } as never)
    const userId = (user as { id: string }).id
    const meeting = await client.meetings.CreateMeeting(userId, {
      topic: 'From zoomapi',
      type: 2,
      duration: 30,
    })
    expect(meeting).toMatchObject({ topic: 'From zoomapi', host_id: userId })
    const meetingId = String(meeting.id)
    await client.meetings.UpdateMeeting(meetingId, { agenda: 'Updated' })
    expect(await client.meetings.GetMeeting(meetingId)).toMatchObject({ agenda: 'Updated', duration: 30 })
    const listed = await client.meetings.ListMeetings(userId, { type: 'upcoming' })
    expect(listed.meetings?.map((m) => Number(m.id))).toEqual([Number(meetingId)])
    await client.meetings.DeleteMeeting(meetingId)
    await expect(client.meetings.GetMeeting(meetingId)).rejects.toMatchObject({
      httpStatusCode: 404,
      errorCode: 3001,
    })
  })

  test('with S2S credentials creates scheduled and recurring meetings and pages through them by next_page_token', async () => {
    const client = zoomApi({
      accountId: DEMO_S2S.accountId,
      oauthClientId: DEMO_S2S.clientId,
      oauthClientSecret: DEMO_S2S.clientSecret,
    })
    const { id: userId } = (await client.users.CreateUser({
      action: 'custCreate',
      user_info: { email: 'zoomapi-pages@example.edu', type: 1 },
    } as never)) as { id: string }
    const created: number[] = []
    for (let i = 0; i < 5; i++) {
      const meeting = await client.meetings.CreateMeeting(userId, {
        topic: `Scheduled ${i}`,
        type: 2,
        start_time: `2099-01-0${i + 1}T09:00:00Z`,
        duration: 30,
      })
      created.push(Number(meeting.id))
    }
    const weekly = await client.meetings.CreateMeeting(userId, {
      topic: 'Weekly',
      type: 8,
      start_time: '2099-02-02T09:00:00Z',
      duration: 60,
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '2', end_times: 3 },
    } as never)
    expect(weekly).toMatchObject({ type: 8, recurrence: { type: 2, end_times: 3 } })
    expect((weekly as { occurrences?: unknown[] }).occurrences).toHaveLength(3)
    created.push(Number(weekly.id))

    const seen: number[] = []
    let page = await client.meetings.ListMeetings(userId, { type: 'scheduled', page_size: 2 })
    seen.push(...page.meetings.map((m) => Number(m.id)))
    while (page.next_page_token) {
      page = await client.meetings.ListMeetings(userId, {
        type: 'scheduled',
        page_size: 2,
        next_page_token: page.next_page_token,
      })
      seen.push(...page.meetings.map((m) => Number(m.id)))
    }
    expect(seen.sort()).toEqual([...created].sort())
    expect(page.total_records).toBe(6)
  })

  test('pages through every user by page_number, as its ListUsers does, each user once', async () => {
    const client = zoomApi({
      accountId: DEMO_S2S.accountId,
      oauthClientId: DEMO_S2S.clientId,
      oauthClientSecret: DEMO_S2S.clientSecret,
    })
    for (let i = 0; i < 5; i++)
      await client.users.CreateUser({
        action: 'custCreate',
        user_info: { email: `zoomapi-page-${i}@example.edu`, type: 1 },
      } as never)
    const first = await client.users.ListUsers({ page_size: 2, page_number: 1 } as never)
    const emails: string[] = []
    for (let page = 1; page <= (first.page_count ?? 0); page++) {
      const answer = await client.users.ListUsers({ page_size: 2, page_number: page } as never)
      expect(answer.page_number).toBe(page)
      emails.push(...(answer.users ?? []).map((user) => String(user.email)))
    }
    expect(first.page_count).toBe(Math.ceil((first.total_records ?? 0) / 2))
    expect(new Set(emails).size).toBe(first.total_records)
    expect(emails).toHaveLength(first.total_records ?? -1)
  })

  test("gets Zoom's codes for an unknown user (1001), an invalid meeting (300) and an unknown meeting (3001)", async () => {
    const client = zoomApi({
      accountId: DEMO_S2S.accountId,
      oauthClientId: DEMO_S2S.clientId,
      oauthClientSecret: DEMO_S2S.clientSecret,
    })
    await expect(client.users.GetUser('nobody@example.edu')).rejects.toMatchObject({
      httpStatusCode: 404,
      errorCode: 1001,
    })
    await expect(
      client.meetings.CreateMeeting('demo-host', { topic: 'Bad', type: 2, duration: -5 }),
    ).rejects.toMatchObject({
      httpStatusCode: 400,
      errorCode: 300,
    })
    await expect(client.meetings.DeleteMeeting('89999999999')).rejects.toMatchObject({
      httpStatusCode: 404,
      errorCode: 3001,
    })
  })

  test('with S2S credentials gets its token with query parameters and reads a user', async () => {
    const client = zoomApi({
      accountId: DEMO_S2S.accountId,
      oauthClientId: DEMO_S2S.clientId,
      oauthClientSecret: DEMO_S2S.clientSecret,
    })
    expect(await client.users.GetUser('host@example.edu')).toMatchObject({ id: 'demo-host' })
  })

  test('with a wrong JWT secret gets code 124', async () => {
    const client = zoomApi({ apiKey: 'demo-jwt-key', apiSecret: 'not-the-secret' })
    await expect(client.users.GetUser('me')).rejects.toMatchObject({ httpStatusCode: 401, errorCode: 124 })
  })
})
