/** @module One scenario for @zoom/rivet, Zoom's own SDK: create a user, then create, get, update, list and delete meetings, a recurring one included; page through users; Zoom's error codes. */
import { MeetingsS2SAuthClient } from '@zoom/rivet/meetings'
import { UsersS2SAuthClient } from '@zoom/rivet/users'
import { expect } from 'vitest'
import { DEMO_S2S } from './support.js'

interface RivetToken {
  accessToken: string
  expirationTimeIso: string
  scopes: string[]
}

export interface RivetOptions {
  /** Omitted: rivet's default https://api.zoom.us/v2. */
  baseUrl?: string
  /** Omitted: rivet fetches its own token from https://zoom.us/oauth/token. */
  token?: RivetToken
}

export async function runRivetScenario({ baseUrl, token }: RivetOptions): Promise<void> {
  const tokenStore = token ? { getLatestToken: () => token, storeToken: () => {} } : undefined
  const options = {
    clientId: DEMO_S2S.clientId,
    clientSecret: DEMO_S2S.clientSecret,
    accountId: DEMO_S2S.accountId,
    disableReceiver: true as const,
    ...(baseUrl ? { baseUrl } : {}),
    ...(tokenStore ? { tokenStore } : {}),
  }
  // `baseUrl` is honoured at runtime although the public option types omit it.
  const meetings = new MeetingsS2SAuthClient(
    options as ConstructorParameters<typeof MeetingsS2SAuthClient>[0],
  )
  const users = new UsersS2SAuthClient(options as ConstructorParameters<typeof UsersS2SAuthClient>[0])

  const user = await users.endpoints.users.createUsers({
    body: { action: 'custCreate', user_info: { email: 'rivet@example.edu', type: 1, first_name: 'Riv' } },
  })
  expect(user.statusCode).toBe(201)
  const userId = user.data?.id ?? ''

  const created = await meetings.endpoints.meetings.createMeeting({
    path: { userId },
    body: { topic: 'Rivet meeting', type: 2, start_time: '2026-12-01T10:00:00Z', duration: 45 },
  })
  expect(created.statusCode).toBe(201)
  expect(created.trackingId).toBeTruthy()
  const meetingId = created.data?.id ?? 0

  const fetched = await meetings.endpoints.meetings.getMeeting({ path: { meetingId } })
  expect(fetched.data).toMatchObject({ topic: 'Rivet meeting', duration: 45, host_id: userId })

  const updated = await meetings.endpoints.meetings.updateMeeting({
    path: { meetingId },
    body: { topic: 'Renamed' },
  })
  expect(updated.statusCode).toBe(204)

  const listed = await meetings.endpoints.meetings.listMeetings({
    path: { userId },
    query: { type: 'upcoming' },
  })
  expect(listed.data?.meetings?.map((m) => [m.id, m.topic])).toEqual([[meetingId, 'Renamed']])

  const deleted = await meetings.endpoints.meetings.deleteMeeting({ path: { meetingId } })
  expect(deleted.statusCode).toBe(204)
  await expect(meetings.endpoints.meetings.getMeeting({ path: { meetingId } })).rejects.toThrow(
    `[404/3001]: "Meeting does not exist: ${meetingId}."`,
  )

  const recurring = await meetings.endpoints.meetings.createMeeting({
    path: { userId },
    body: {
      topic: 'Rivet weekly',
      type: 8,
      start_time: '2026-12-07T09:00:00Z',
      duration: 60,
      timezone: 'Asia/Singapore',
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '2', end_times: 3 },
    },
  })
  expect(recurring.statusCode).toBe(201)
  expect(recurring.data?.occurrences?.length).toBe(3)

  const byToken: string[] = []
  let nextPageToken: string | undefined
  do {
    const page = await users.endpoints.users.listUsers({
      query: { page_size: 1, ...(nextPageToken ? { next_page_token: nextPageToken } : {}) },
    })
    byToken.push(...(page.data?.users ?? []).map((u) => u.email))
    nextPageToken = page.data?.next_page_token || undefined
  } while (nextPageToken)
  const first = await users.endpoints.users.listUsers({ query: { page_size: 1, page_number: '1' } })
  const byNumber: string[] = []
  for (let page = 1; page <= (first.data?.page_count ?? 0); page++) {
    const answer = await users.endpoints.users.listUsers({
      query: { page_size: 1, page_number: String(page) },
    })
    byNumber.push(...(answer.data?.users ?? []).map((u) => u.email))
  }
  expect(byToken).toContain('rivet@example.edu')
  expect(new Set(byToken).size).toBe(first.data?.total_records)
  expect(byNumber).toEqual(byToken)

  await expect(users.endpoints.users.getUser({ path: { userId: 'nobody-here' } })).rejects.toThrow(
    '[404/1001]',
  )
  await expect(
    meetings.endpoints.meetings.createMeeting({
      path: { userId },
      body: { topic: 'x', type: 2, duration: 0 },
    }),
  ).rejects.toThrow('[400/300]')
}
