/** @module Zoom's Reports through the emulator in process: the user's past meetings, active and inactive hosts, participants of meetings and webinars, paging, date ranges, unknown ids and the paid-plan rule. */
import { describe, expect, test } from 'vitest'
import type { EmulatorOptions } from '../../mock/core/emulator.js'
import { instancePathSegment } from '../../src/zoom/reports-calls.js'
import { T0 } from '../helpers.js'
import { ADMIN, guest, type Happening, HOST, putHappenings } from './happened.js'
import { addOtherAccount, bearer, s2sToken, zoomFixture } from './support.js'

const DAY = 86_400_000
/** 2026-11-20T09:00:00Z, two days and three hours before T0. */
const NOV_20 = T0 - 2 * DAY - 3 * 3_600_000
const RANGE = { from: '2026-11-01', to: '2026-11-22' }

/** demo-host's instances: a lecture with three joins (the host, the admin, a guest), one alone, one live; the admin's own with the host as a guest. */
const LECTURE: Happening = {
  uuid: 'lectureUUIDaaaaaaaaaaa==',
  id: 81000000001,
  hostId: HOST.userId,
  start: NOV_20,
  minutes: 60,
  autoRecording: 'cloud',
  joins: [
    { ...HOST, joinMinute: 0, leaveMinute: 60 },
    { ...ADMIN, joinMinute: 5, leaveMinute: 35 },
    { ...guest(1), joinMinute: 10, leaveMinute: 20 },
  ],
}
const ALONE: Happening = {
  uuid: 'aloneUUIDbbbbbbbbbbbbb==',
  id: 81000000001,
  hostId: HOST.userId,
  start: NOV_20 + DAY,
  minutes: 30,
  joins: [{ ...HOST, joinMinute: 0, leaveMinute: 30 }],
}
const LIVE: Happening = {
  uuid: 'liveUUIDcccccccccccccc==',
  id: 81000000002,
  hostId: HOST.userId,
  start: T0 - 15 * 60_000,
  joins: [
    { ...HOST, joinMinute: 0 },
    { ...guest(2), joinMinute: 1, leaveMinute: 5 },
  ],
}
const ADMINS: Happening = {
  uuid: 'adminsUUIDdddddddddddd==',
  id: 82000000001,
  hostId: ADMIN.userId,
  start: NOV_20 + 3_600_000 * 3,
  minutes: 45,
  joins: [
    { ...ADMIN, joinMinute: 0, leaveMinute: 45 },
    { ...HOST, joinMinute: 2, leaveMinute: 12 },
  ],
}
const WEBINAR: Happening = {
  uuid: '/webinar//UUIDeeeeeeee==',
  id: 91000000001,
  kind: 'webinar',
  hostId: HOST.userId,
  start: NOV_20 - DAY,
  minutes: 90,
  joins: [
    { ...HOST, joinMinute: 0, leaveMinute: 90 },
    { ...guest(3), joinMinute: 30, leaveMinute: 31 },
  ],
}
const ALL = [LECTURE, ALONE, LIVE, ADMINS, WEBINAR]

async function reportsFixture(options: EmulatorOptions = {}, happenings = ALL) {
  const fixture = zoomFixture(options)
  await putHappenings(fixture.emulator, happenings)
  const get = bearer(fixture.emulator, await s2sToken(fixture.emulator))
  return {
    ...fixture,
    get: async (path: string) => {
      const response = await get(path)
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    },
  }
}

describe('GET /report/users/{userId}/meetings', () => {
  test('past lists the instances the user hosted with two or more unique participants, with their totals', async () => {
    const { client } = await reportsFixture()
    const { data } = await client.reports.meetings('host@example.edu', RANGE)
    expect(data).toMatchObject({ from: RANGE.from, to: RANGE.to, total_records: 2, next_page_token: '' })
    expect(data?.meetings.map((m) => m.uuid)).toEqual([WEBINAR.uuid, LECTURE.uuid])
    expect(data?.meetings[1]).toMatchObject({
      id: 81000000001,
      type: 2,
      user_name: HOST.name,
      user_email: HOST.email,
      start_time: '2026-11-20T09:00:00Z',
      end_time: '2026-11-20T10:00:00Z',
      duration: 60,
      total_minutes: 100,
      participants_count: 3,
      participants_count_my_account: 2,
      has_recording: true,
      source: 'Zoom',
    })
  })

  test("pastOne lists those with one participant, pastJoined those the user hosted or joined, with the user's join and leave", async () => {
    const { client } = await reportsFixture()
    const one = await client.reports.meetings('demo-host', { ...RANGE, type: 'pastOne' })
    expect(one.data?.meetings.map((m) => m.uuid)).toEqual([ALONE.uuid])
    const joined = await client.reports.meetings('demo-host', { ...RANGE, type: 'pastJoined' })
    expect(joined.data?.meetings.map((m) => m.uuid)).toEqual([
      WEBINAR.uuid,
      LECTURE.uuid,
      ADMINS.uuid,
      ALONE.uuid,
    ])
    expect(joined.data?.meetings[2]).toMatchObject({
      user_email: ADMIN.email,
      join_time: '2026-11-20T12:02:00Z',
      leave_time: '2026-11-20T12:12:00Z',
    })
  })

  test('only instances that started within the days from and to (UTC, both included) are reported', async () => {
    const { client } = await reportsFixture()
    const { data } = await client.reports.meetings('demo-host', {
      from: '2026-11-20',
      to: '2026-11-20',
      type: 'pastJoined',
    })
    expect(data?.meetings.map((m) => m.uuid)).toEqual([LECTURE.uuid, ADMINS.uuid])
    const later = await client.reports.meetings('demo-host', {
      from: '2026-11-21',
      to: '2026-11-22',
      type: 'pastJoined',
    })
    expect(later.data?.meetings.map((m) => m.uuid)).toEqual([ALONE.uuid])
  })

  test('pages by next_page_token, which keeps its list, and refuses a token of another range', async () => {
    const { client, get } = await reportsFixture()
    const seen: string[] = []
    for await (const page of client.reports.meetingPages('demo-host', {
      ...RANGE,
      type: 'pastJoined',
      page_size: 1,
    }))
      seen.push(...(page.data?.meetings.map((m) => m.uuid) ?? []))
    expect(seen).toEqual([WEBINAR.uuid, LECTURE.uuid, ADMINS.uuid, ALONE.uuid])
    const first = await client.reports.meetings('demo-host', { ...RANGE, type: 'pastJoined', page_size: 1 })
    const token = first.data?.next_page_token ?? ''
    const other = await get(
      `/v2/report/users/demo-host/meetings?from=2026-11-02&to=2026-11-22&next_page_token=${token}`,
    )
    expect(other).toMatchObject({ status: 400, body: { code: 300 } })
  })

  test("an unknown user is 404/1001 and another account's user 400/1010", async () => {
    const { get } = await reportsFixture()
    const unknown = await get('/v2/report/users/nobody@example.edu/meetings?from=2026-11-01&to=2026-11-22')
    expect(unknown).toEqual({
      status: 404,
      body: { code: 1001, message: 'User does not exist: nobody@example.edu.' },
    })
    const { emulator, get: demoGet } = await reportsFixture()
    addOtherAccount(emulator)
    const foreign = await demoGet('/v2/report/users/other-owner/meetings?from=2026-11-01&to=2026-11-22')
    expect(foreign).toEqual({
      status: 400,
      body: { code: 1010, message: 'User does not belong to this account: demo-account.' },
    })
  })
})

describe('GET /report/users', () => {
  test('active lists the hosts of ended meetings in the range with their meetings, joins and minutes, and totals over all of them', async () => {
    const { client } = await reportsFixture()
    const { data } = await client.reports.users(RANGE)
    const byId = Object.fromEntries((data?.users ?? []).map((u) => [u.id, u]))
    expect(byId['demo-host']).toMatchObject({
      meetings: 2,
      participants: 4,
      meeting_minutes: 130,
      user_name: HOST.name,
      type: 2,
    })
    expect(byId['demo-admin']).toMatchObject({ meetings: 1, participants: 2, meeting_minutes: 55 })
    expect(data).toMatchObject({
      total_records: 2,
      total_meetings: 3,
      total_participants: 6,
      total_meeting_minutes: 185,
    })
  })

  test('inactive lists the users who hosted nothing in the range', async () => {
    const { client } = await reportsFixture({}, [ADMINS])
    const { data } = await client.reports.users({ ...RANGE, type: 'inactive' })
    expect(data?.users.map((u) => u.id)).toEqual(['demo-host'])
    expect(data).toMatchObject({ total_meetings: 0, total_participants: 0, total_meeting_minutes: 0 })
  })

  test('pages by page_number and by token', async () => {
    const { client } = await reportsFixture()
    const second = await client.reports.users({ ...RANGE, page_size: 1, page_number: 2 })
    expect(second.data).toMatchObject({ page_number: 2, page_count: 2, total_records: 2 })
    const pages = []
    for await (const page of client.reports.userPages({ ...RANGE, page_size: 1 }))
      pages.push(page.data?.users[0]?.id)
    expect(pages.sort()).toEqual(['demo-admin', 'demo-host'])
  })
})

describe('GET /report/meetings/{meetingId}/participants', () => {
  test('a meeting number names its latest ended instance; each join is listed with its seconds', async () => {
    const { client } = await reportsFixture()
    const { data } = await client.reports.meetingParticipants(81000000001)
    expect(data).toMatchObject({ total_records: 1, page_count: 1, next_page_token: '' })
    expect(data?.participants).toEqual([
      {
        id: HOST.userId,
        participant_user_id: HOST.userId,
        user_id: `${ALONE.uuid}#0`,
        name: HOST.name,
        user_email: HOST.email,
        join_time: '2026-11-21T09:00:00Z',
        leave_time: '2026-11-21T09:30:00Z',
        duration: 1800,
        failover: false,
        status: 'in_meeting',
        customer_key: '',
        bo_mtg_id: '',
      },
    ])
  })

  test('a UUID names its instance, and a guest has no user id', async () => {
    const { client } = await reportsFixture()
    const { data } = await client.reports.meetingParticipants(LECTURE.uuid)
    expect(data?.participants.map((p) => [p.name, p.id, p.duration])).toEqual([
      [HOST.name, HOST.userId, 3600],
      [ADMIN.name, ADMIN.userId, 1800],
      ['Guest 1', '', 600],
    ])
  })

  test('pages by next_page_token', async () => {
    const { client } = await reportsFixture()
    const names: string[] = []
    for await (const page of client.reports.meetingParticipantPages(LECTURE.uuid, { page_size: 2 }))
      names.push(...(page.data?.participants.map((p) => p.name) ?? []))
    expect(names).toEqual([HOST.name, ADMIN.name, 'Guest 1'])
  })

  test('an unknown meeting, a live instance and a webinar are 404/3001', async () => {
    const { get } = await reportsFixture()
    for (const id of ['89999999999', encodeURIComponent(LIVE.uuid), '81000000002', '91000000001'])
      expect(await get(`/v2/report/meetings/${id}/participants`)).toEqual({
        status: 404,
        body: { code: 3001, message: `Meeting ${decodeURIComponent(id)} not found or has expired.` },
      })
  })

  test('an instance more than a year old is 400/12702', async () => {
    const old = { ...ALONE, uuid: 'oldUUIDfffffffffffffff==', start: T0 - 400 * DAY }
    const { get } = await reportsFixture({}, [old])
    expect(await get(`/v2/report/meetings/${encodeURIComponent(old.uuid)}/participants`)).toEqual({
      status: 400,
      body: { code: 12702, message: 'Can not access meeting a year ago.' },
    })
  })
})

describe('GET /report/webinars/{webinarId}/participants', () => {
  test('a UUID with // must be double-encoded: the client does so, a single encoding names nothing', async () => {
    const { client, get } = await reportsFixture()
    const { data } = await client.reports.webinarParticipants(WEBINAR.uuid)
    expect(data?.participants.map((p) => p.name)).toEqual([HOST.name, 'Guest 3'])
    const once = await get(`/v2/report/webinars/${encodeURIComponent(WEBINAR.uuid)}/participants`)
    expect(once).toMatchObject({ status: 404, body: { code: 3001 } })
    const twice = await get(
      `/v2/report/webinars/${encodeURIComponent(encodeURIComponent(WEBINAR.uuid))}/participants`,
    )
    expect(twice.status).toBe(200)
  })

  test('a webinar number names its latest instance; a meeting is not a webinar', async () => {
    const { client, get } = await reportsFixture()
    expect((await client.reports.webinarParticipants(91000000001)).data?.total_records).toBe(2)
    expect(await get('/v2/report/webinars/81000000001/participants')).toMatchObject({ status: 404 })
  })
})

describe('date ranges', () => {
  test.each([
    ['2026-11-22', '2026-11-21', 'The to date must not be earlier than the from date.'],
    ['2026-10-21', '2026-11-22', 'The date range must not be longer than one month.'],
    ['2026-05-21', '2026-06-01', 'Only provide report in recent 6 months.'],
  ])('from %s to %s is 400/300: %s', async (from, to, message) => {
    const { get } = await reportsFixture({ zoom: { rateLimits: false, plan: 'business' } })
    for (const path of ['/v2/report/users/me/meetings', '/v2/report/users', '/v2/metrics/meetings'])
      expect(await get(`${path}?from=${from}&to=${to}`)).toEqual({
        status: 400,
        body: { code: 300, message },
      })
  })

  test("a calendar month exactly (to the month's last day when it is shorter), and six months back exactly, are accepted", async () => {
    const { get } = await reportsFixture()
    expect((await get('/v2/report/users?from=2026-10-22&to=2026-11-22')).status).toBe(200)
    expect((await get('/v2/report/users?from=2026-10-31&to=2026-11-30')).status).toBe(200)
    expect((await get('/v2/report/users?from=2026-10-31&to=2026-12-01')).status).toBe(400)
    expect((await get('/v2/report/users?from=2026-05-22&to=2026-06-22')).status).toBe(200)
  })

  test('a date that is not yyyy-mm-dd, or no date, is 400/300 naming the field', async () => {
    const { get } = await reportsFixture()
    const bad = await get('/v2/report/users?from=2026-11-31&to=2026-11-22')
    expect(bad).toMatchObject({ status: 400, body: { code: 300, errors: [{ field: 'from' }] } })
    const missing = await get('/v2/report/users/me/meetings?from=2026-11-01')
    expect(missing).toMatchObject({ status: 400, body: { code: 300, errors: [{ field: 'to' }] } })
  })
})

describe('the paid-plan rule', () => {
  test('every report on a Basic (free) account is 400/200 "Only available for paid account"', async () => {
    const { get } = await reportsFixture({ zoom: { rateLimits: false, plan: 'basic' } })
    const expected = {
      status: 400,
      body: { code: 200, message: 'Only available for paid account: demo-account.' },
    }
    expect(await get('/v2/report/users/me/meetings?from=2026-11-01&to=2026-11-22')).toEqual(expected)
    expect(await get('/v2/report/users?from=2026-11-01&to=2026-11-22')).toEqual(expected)
    expect(await get(`/v2/report/meetings/${encodeURIComponent(LECTURE.uuid)}/participants`)).toEqual(
      expected,
    )
    expect(await get('/v2/report/webinars/91000000001/participants')).toEqual(expected)
  })

  test('reports answer on Pro, Business and Education accounts', async () => {
    for (const plan of ['pro', 'business', 'education'] as const) {
      const { get } = await reportsFixture({ zoom: { rateLimits: false, plan } })
      expect((await get('/v2/report/users?from=2026-11-01&to=2026-11-22')).status).toBe(200)
    }
  })
})

describe('rate limits', () => {
  test('reports count as Heavy: on a Basic account the second call in a second is 429', async () => {
    const { get } = await reportsFixture({ zoom: { rateLimits: true, plan: 'basic' } })
    await get('/v2/report/users?from=2026-11-01&to=2026-11-22')
    const second = await get('/v2/report/users?from=2026-11-01&to=2026-11-22')
    expect(second).toMatchObject({ status: 429, body: { code: 429 } })
  })
})

describe('the client kit', () => {
  test('encodes an instance UUID twice only when it begins with / or contains //', () => {
    expect(instancePathSegment('/ab//c==')).toBe('%252Fab%252F%252Fc%253D%253D')
    expect(instancePathSegment('ab+c/d==')).toBe('ab%2Bc%2Fd%3D%3D')
    expect(instancePathSegment(81000000001)).toBe('81000000001')
  })

  test("answers Zoom's refusal as an error result", async () => {
    const { client } = await reportsFixture({ zoom: { rateLimits: false, plan: 'basic' } })
    const { data, error } = await client.reports.users(RANGE)
    expect(data).toBeUndefined()
    expect(error).toMatchObject({
      status: 400,
      code: 200,
      message: 'Only available for paid account: demo-account.',
    })
  })
})
