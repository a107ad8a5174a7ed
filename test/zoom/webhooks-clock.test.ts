/** @module Zoom webhooks driven by the clock: a week's move delivers the week's meeting and recording events in time order, each at its own event_ts. */
import { expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'
import { webhookReceiver } from './webhook-receiver.js'

const SECRET = 'clock-secret-token-0123456789'
const MINUTE = 60_000
const CLOCK_EVENTS = [
  'meeting.started',
  'meeting.participant_joined',
  'meeting.participant_left',
  'meeting.ended',
  'recording.completed',
]

test('moving the clock a week delivers every meeting.started, participant_joined/left, meeting.ended and recording.completed of that week in time order, signed, each with its own event_ts', async () => {
  const { emulator, client } = zoomFixture({ zoom: { recordingDelayMinutes: 10 } })
  const receiver = webhookReceiver(SECRET)
  emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: CLOCK_EVENTS })
  const start = emulator.clock.now() + 60 * MINUTE
  const created = await client.meetings.create('me', {
    topic: 'Weekly seminar',
    type: 8,
    start_time: new Date(start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    duration: 45,
    timezone: 'UTC',
    recurrence: { type: 1, repeat_interval: 2, end_times: 3 },
    settings: { auto_recording: 'cloud' },
  })
  const meetingId = String(created.data?.id)
  emulator.zoom.attendance(meetingId, [
    { name: 'Student One', email: 'one@example.edu', joinOffsetMinutes: 5, leaveOffsetMinutes: 40 },
  ])
  await emulator.webhooks.idle()

  emulator.setClock({ advanceMs: 7 * 24 * 60 * MINUTE })
  await emulator.webhooks.idle()

  const all = receiver.events().filter((e) => e.event !== 'endpoint.url_validation')
  expect(all.every((e) => e.verified)).toBe(true)
  // The demo world's own meetings happen in the same week; these are the seminar's.
  const events = all.filter((e) => String(e.json.payload.object?.id) === meetingId)
  expect(all.length).toBeGreaterThan(events.length)
  expect(all.map((e) => e.json.event_ts)).toEqual(all.map((e) => e.json.event_ts).sort((a, b) => a - b))
  const perOccurrence = (n: number) => {
    const at = start + n * 2 * 24 * 60 * MINUTE
    return [
      ['meeting.started', at],
      ['meeting.participant_joined', at + 5 * MINUTE],
      ['meeting.participant_left', at + 40 * MINUTE],
      ['meeting.ended', at + 45 * MINUTE],
      ['recording.completed', at + 55 * MINUTE],
    ]
  }
  expect(events.map((e) => [e.event, e.json.event_ts])).toEqual([0, 1, 2].flatMap(perOccurrence))
  const instances = (await client.pastMeetings.instances(meetingId)).data?.meetings ?? []
  expect(instances).toHaveLength(3)
  const uuids = new Set(instances.map((i) => i.uuid))
  for (const e of events) {
    expect(e.json.payload.object).toMatchObject({
      id: e.event === 'recording.completed' ? Number(meetingId) : meetingId,
    })
    expect(uuids.has(String(e.json.payload.object?.uuid))).toBe(true)
  }
  const joined = events.find((e) => e.event === 'meeting.participant_joined')
  expect(joined?.json.payload.object?.participant).toMatchObject({
    user_name: 'Student One',
    email: 'one@example.edu',
  })
  const recorded = events.find((e) => e.event === 'recording.completed')
  const files = recorded?.json.payload.object?.recording_files as { file_type: string }[]
  expect(files.map((f) => f.file_type).sort()).toEqual(['CHAT', 'M4A', 'MP4', 'TRANSCRIPT'])
})

test('start now and end now send meeting.started and meeting.ended at the clock time they happened', async () => {
  const { emulator, client } = zoomFixture()
  const receiver = webhookReceiver(SECRET)
  emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: CLOCK_EVENTS })
  const created = await client.meetings.create('me', { topic: 'Ad hoc', type: 3 })
  const meetingId = String(created.data?.id)
  const startedAt = emulator.clock.now()
  emulator.zoom.start(meetingId)
  emulator.setClock({ advanceMs: 12 * MINUTE })
  emulator.zoom.end(meetingId)
  await emulator.webhooks.idle()
  const events = receiver.events().filter((e) => e.event.startsWith('meeting.'))
  expect(events.map((e) => e.event)).toEqual([
    'meeting.started',
    'meeting.participant_joined',
    'meeting.participant_left',
    'meeting.ended',
  ])
  expect(events[0]?.json.event_ts).toBe(startedAt)
  expect(events[3]?.json.event_ts).toBe(startedAt + 12 * MINUTE)
  expect(events[3]?.json.payload.object).toMatchObject({ id: meetingId, end_time: expect.any(String) })
})

test('a meeting ended at the instant it started sends its participant_left too, and events of one second stay in time order, stamped to that second', async () => {
  const { emulator, client } = zoomFixture()
  emulator.setClock({ advanceMs: 500 })
  const receiver = webhookReceiver(SECRET)
  emulator.webhooks.subscribe({
    receiver: receiver.handle,
    secretToken: SECRET,
    events: [...CLOCK_EVENTS, 'meeting.updated'],
  })
  const created = await client.meetings.create('me', { topic: 'Instant', type: 3 })
  const meetingId = String(created.data?.id)
  emulator.zoom.start(meetingId)
  emulator.setClock({ advanceMs: 300 })
  await client.meetings.update(meetingId, { topic: 'Renamed' })
  emulator.zoom.end(meetingId)
  await emulator.webhooks.idle()
  const events = receiver.events()
  expect(events.map((e) => [e.event, e.json.event_ts])).toEqual([
    ['meeting.started', T0],
    ['meeting.participant_joined', T0],
    ['meeting.updated', T0],
    ['meeting.participant_left', T0],
    ['meeting.ended', T0],
  ])
  const instances = (await client.pastMeetings.instances(meetingId)).data?.meetings ?? []
  const participants = await client.reports.meetingParticipants(String(instances[0]?.uuid))
  expect(participants.data?.participants).toEqual([
    expect.objectContaining({ user_email: 'admin@example.edu', duration: 0, leave_time: expect.any(String) }),
  ])
})
