/** @module Zoom's Reports and Dashboard metrics through MSW at Zoom's real origins, called by @zoom/rivet, Zoom's own SDK. */
import { AccountsS2SAuthClient } from '@zoom/rivet/accounts'
import { MeetingsS2SAuthClient } from '@zoom/rivet/meetings'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { guest, HOST, putHappenings } from './happened.js'
import { DEMO_S2S } from './support.js'

const emulator = createTestEmulator({ zoom: { rateLimits: false, plan: 'business' } })
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const options = {
  clientId: DEMO_S2S.clientId,
  clientSecret: DEMO_S2S.clientSecret,
  accountId: DEMO_S2S.accountId,
  disableReceiver: true as const,
}
const UUID = 'rivetUUIDaaaaaaaaaaaaa=='
const RANGE = { from: '2026-11-01', to: '2026-11-22' }

test('rivet reads the meetings report, the hosts report, the participants report and the dashboard of one past lecture', async () => {
  await putHappenings(emulator, [
    {
      uuid: UUID,
      id: 81000000001,
      hostId: HOST.userId,
      start: T0 - 86_400_000,
      minutes: 50,
      joins: [
        { ...HOST, joinMinute: 0, leaveMinute: 50 },
        { ...guest(1), joinMinute: 5, leaveMinute: 45 },
      ],
    },
  ])
  const meetings = new MeetingsS2SAuthClient(options)
  const accounts = new AccountsS2SAuthClient(options)

  const report = await meetings.endpoints.reports.getMeetingReports({ path: { userId: 'me' }, query: RANGE })
  expect(report.statusCode).toBe(200)
  const hosted = await meetings.endpoints.reports.getMeetingReports({
    path: { userId: HOST.email },
    query: RANGE,
  })
  expect(hosted.data?.meetings?.map((m) => [m.uuid, m.participants_count, m.total_minutes])).toEqual([
    [UUID, 2, 90],
  ])

  const hosts = await meetings.endpoints.reports.getActiveOrInactiveHostReports({
    query: { ...RANGE, type: 'active' },
  })
  expect(hosts.data).toMatchObject({ total_meetings: 1, total_participants: 2, total_meeting_minutes: 90 })

  const participants = await meetings.endpoints.reports.getMeetingParticipantReports({
    path: { meetingId: UUID },
  })
  expect(participants.data?.participants?.map((p) => [p.name, p.duration])).toEqual([
    [HOST.name, 3000],
    ['Guest 1', 2400],
  ])

  const dashboard = await accounts.endpoints.dashboards.listMeetings({ query: { ...RANGE, type: 'past' } })
  expect(dashboard.data?.meetings?.map((m) => [m.uuid, m.duration, m.participants])).toEqual([
    [UUID, '00:50:00', 2],
  ])
  const joins = await accounts.endpoints.dashboards.listMeetingParticipants({
    path: { meetingId: '81000000001' },
    query: { type: 'past' },
  })
  expect(joins.data?.participants?.map((p) => p.role)).toEqual(['host', 'attendee'])
})
