/** @module Zoom's Dashboard metrics through the emulator in process: live and past meetings and webinars in a range, one instance's joins, the Business-plan rule and the Resource-intensive limit. */
import { describe, expect, test } from 'vitest'
import type { EmulatorOptions } from '../../mock/core/emulator.js'
import { rewrite, T0 } from '../helpers.js'
import { ADMIN, guest, type Happening, HOST, putHappenings } from './happened.js'
import { bearer, s2sToken, zoomFixture } from './support.js'

const DAY = 86_400_000
const MINUTE = 60_000
const RANGE = { from: '2026-11-01', to: '2026-11-22' }
const BUSINESS: EmulatorOptions = { zoom: { rateLimits: false, plan: 'business' } }

const PAST: Happening = {
  uuid: 'pastUUIDaaaaaaaaaaaaaa==',
  id: 81000000001,
  hostId: HOST.userId,
  start: T0 - 2 * DAY,
  minutes: 95,
  autoRecording: 'local',
  joins: [
    { ...HOST, joinMinute: 0, leaveMinute: 95 },
    { ...guest(1), joinMinute: 3, leaveMinute: 50 },
  ],
}
const ONE: Happening = {
  uuid: 'oneUUIDbbbbbbbbbbbbbbb==',
  id: 81000000001,
  hostId: HOST.userId,
  start: T0 - DAY,
  minutes: 20,
  joins: [{ ...HOST, joinMinute: 0, leaveMinute: 20 }],
}
const LIVE: Happening = {
  uuid: 'liveUUIDcccccccccccccc==',
  id: 81000000002,
  hostId: HOST.userId,
  start: T0 - 61 * MINUTE - 30_000,
  joins: [
    { ...HOST, joinMinute: 0 },
    { ...ADMIN, joinMinute: 2, leaveMinute: 10 },
  ],
}
const WEBINAR: Happening = {
  uuid: 'webinarUUIDddddddddddd==',
  id: 91000000001,
  kind: 'webinar',
  hostId: ADMIN.userId,
  start: T0 - 3 * DAY,
  minutes: 60,
  joins: [
    { ...ADMIN, joinMinute: 0, leaveMinute: 60 },
    { ...guest(2), joinMinute: 0, leaveMinute: 60 },
  ],
}

async function metricsFixture(options: EmulatorOptions = BUSINESS) {
  const fixture = zoomFixture(options)
  await putHappenings(fixture.emulator, [PAST, ONE, LIVE, WEBINAR])
  const raw = bearer(fixture.emulator, await s2sToken(fixture.emulator))
  const get = async (path: string) => {
    const response = await raw(path)
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    }
  }
  return { ...fixture, get }
}

describe('GET /metrics/meetings', () => {
  test('live is the default: instances started and not ended, with their duration so far', async () => {
    const { client } = await metricsFixture()
    const { data } = await client.reports.metrics.meetings(RANGE)
    expect(data?.meetings).toEqual([
      expect.objectContaining({
        uuid: LIVE.uuid,
        id: 81000000002,
        host: HOST.name,
        email: HOST.email,
        user_type: 'Licensed',
        dept: 'Computing',
        start_time: '2026-11-22T10:58:30Z',
        duration: '01:01:30',
        participants: 2,
        has_recording: false,
        has_voip: true,
      }),
    ])
    expect(data?.meetings[0]).not.toHaveProperty('end_time')
  })

  test('past lists ended instances with two or more unique participants, pastOne those with one', async () => {
    const { client } = await metricsFixture()
    const past = await client.reports.metrics.meetings({ ...RANGE, type: 'past' })
    expect(past.data?.meetings.map((m) => [m.uuid, m.end_time, m.duration, m.has_recording])).toEqual([
      [PAST.uuid, '2026-11-20T13:35:00Z', '01:35:00', true],
    ])
    const one = await client.reports.metrics.meetings({ ...RANGE, type: 'pastOne' })
    expect(one.data?.meetings.map((m) => m.uuid)).toEqual([ONE.uuid])
  })

  test('query_date_type=end_time filters by the end, which a live instance does not have', async () => {
    const late = { ...PAST, uuid: 'lateUUIDeeeeeeeeeeeeee==', start: Date.parse('2026-10-31T23:30:00Z') }
    const { client, emulator } = await metricsFixture()
    await putHappenings(emulator, [late])
    const byStart = await client.reports.metrics.meetings({ ...RANGE, type: 'past' })
    expect(byStart.data?.meetings.map((m) => m.uuid)).toEqual([PAST.uuid])
    const byEnd = await client.reports.metrics.meetings({
      ...RANGE,
      type: 'past',
      query_date_type: 'end_time',
    })
    expect(byEnd.data?.meetings.map((m) => m.uuid)).toEqual([late.uuid, PAST.uuid])
    const live = await client.reports.metrics.meetings({ ...RANGE, query_date_type: 'end_time' })
    expect(live.data?.meetings).toEqual([])
  })

  test("include_fields=tracking_fields adds the meeting's tracking fields", async () => {
    const { client, store } = await metricsFixture()
    rewrite(store().meetings, '81000000001', (m) => ({
      ...m,
      tracking_fields: [{ field: 'Course', value: 'CS1010' }],
    }))
    const { data } = await client.reports.metrics.meetings({
      ...RANGE,
      type: 'past',
      include_fields: 'tracking_fields',
    })
    expect(data?.meetings[0]?.tracking_fields).toEqual([{ field: 'Course', value: 'CS1010' }])
    const without = await client.reports.metrics.meetings({ ...RANGE, type: 'past' })
    expect(without.data?.meetings[0]).not.toHaveProperty('tracking_fields')
  })

  test('pages by next_page_token, which keeps type and query_date_type', async () => {
    const late = { ...PAST, uuid: 'lateUUIDeeeeeeeeeeeeee==', start: Date.parse('2026-10-31T23:30:00Z') }
    const { client, emulator } = await metricsFixture()
    await putHappenings(emulator, [late])
    const pages: string[][] = []
    const query = { ...RANGE, type: 'past', query_date_type: 'end_time', page_size: 1 } as const
    for await (const page of client.reports.metrics.meetingPages(query))
      pages.push(page.data?.meetings.map((m) => m.uuid) ?? [])
    expect(pages).toEqual([[late.uuid], [PAST.uuid]])
  })
})

describe('GET /metrics/meetings/{meetingId}/participants', () => {
  test('live (the default): a meeting number names its live instance; who is still in has no leave_time', async () => {
    const { client } = await metricsFixture()
    const { data } = await client.reports.metrics.meetingParticipants(81000000002)
    expect(data?.participants).toEqual([
      {
        id: HOST.userId,
        participant_user_id: HOST.userId,
        user_id: `${LIVE.uuid}#0`,
        user_name: HOST.name,
        email: HOST.email,
        join_time: '2026-11-22T10:58:30Z',
        status: 'in_meeting',
        role: 'host',
        recording: false,
        in_room_participants: 0,
      },
      expect.objectContaining({
        user_name: ADMIN.name,
        role: 'attendee',
        leave_time: '2026-11-22T11:08:30Z',
      }),
    ])
  })

  test('past: a meeting number names its latest ended instance; a UUID its own', async () => {
    const { client } = await metricsFixture()
    const latest = await client.reports.metrics.meetingParticipants(81000000001, { type: 'past' })
    expect(latest.data?.participants.map((p) => p.user_id)).toEqual([`${ONE.uuid}#0`])
    const named = await client.reports.metrics.meetingParticipants(PAST.uuid, { type: 'pastOne' })
    expect(named.data?.participants.map((p) => p.user_name)).toEqual([HOST.name, 'Guest 1'])
  })

  test('a meeting with no instance of the type asked for is 404/3001', async () => {
    const { get } = await metricsFixture()
    expect(await get('/v2/metrics/meetings/81000000001/participants')).toMatchObject({
      status: 404,
      body: { code: 3001, message: 'Meeting 81000000001 not found or has expired.' },
    })
    expect(
      (await get(`/v2/metrics/meetings/${encodeURIComponent(LIVE.uuid)}/participants?type=past`)).status,
    ).toBe(404)
  })
})

describe('GET /metrics/webinars', () => {
  test('lists webinar instances only', async () => {
    const { client } = await metricsFixture()
    const { data } = await client.reports.metrics.webinars({ ...RANGE, type: 'past' })
    expect(data?.webinars.map((w) => [w.uuid, w.host, w.participants, w.duration])).toEqual([
      [WEBINAR.uuid, ADMIN.name, 2, '01:00:00'],
    ])
    expect(data?.webinars[0]).not.toHaveProperty('has_qa')
    expect((await client.reports.metrics.webinars(RANGE)).data?.webinars).toEqual([])
  })
})

describe('the Business-plan rule', () => {
  test('on a Pro account every metrics call is 400/200 "No permission."; on Basic "Only available for paid account"', async () => {
    const pro = await metricsFixture({ zoom: { rateLimits: false, plan: 'pro' } })
    const basic = await metricsFixture({ zoom: { rateLimits: false, plan: 'basic' } })
    for (const path of [
      '/v2/metrics/meetings?from=2026-11-01&to=2026-11-22',
      '/v2/metrics/webinars?from=2026-11-01&to=2026-11-22',
      '/v2/metrics/meetings/81000000002/participants',
    ]) {
      expect(await pro.get(path)).toMatchObject({
        status: 400,
        body: { code: 200, message: 'No permission.' },
      })
      expect(await basic.get(path)).toMatchObject({
        status: 400,
        body: { code: 200, message: 'Only available for paid account: demo-account.' },
      })
    }
  })

  test('an Education account has the dashboard', async () => {
    const { get } = await metricsFixture({ zoom: { rateLimits: false, plan: 'education' } })
    expect((await get('/v2/metrics/meetings?from=2026-11-01&to=2026-11-22')).status).toBe(200)
  })
})

describe('rate limits', () => {
  test('the meetings and webinars lists are Resource-intensive: 20 a minute on Business, then 429 until the next minute', async () => {
    const { get, emulator } = await metricsFixture({ zoom: { rateLimits: true, plan: 'business' } })
    const path = '/v2/metrics/meetings?from=2026-11-01&to=2026-11-22'
    for (let i = 0; i < 20; i++) expect((await get(path)).status).toBe(200)
    const refused = await get(path)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('X-RateLimit-Category')).toBe('Resource-intensive')
    expect(refused.headers.get('X-RateLimit-Type')).toBe('QPM')
    expect(refused.headers.get('Retry-After')).toBe('2026-11-22T12:01:00Z')
    expect((await get('/v2/metrics/webinars?from=2026-11-01&to=2026-11-22')).status).toBe(429)
    emulator.clock.set(T0 + 60_000)
    expect((await get(path)).status).toBe(200)
  })
})
