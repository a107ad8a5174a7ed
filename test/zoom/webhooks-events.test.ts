/** @module Zoom webhook events of registrants, recordings and webinars: each delivered, signed, with the payload `@zoom/rivet`'s event types give. */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ZOOM_WEBHOOK_EVENTS } from '../../mock/services/zoom/webhooks/subscriptions.js'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'
import { type Received, webhookReceiver } from './webhook-receiver.js'

const SECRET = 'events-secret-token-0123456789'
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const alice = { email: 'alice@example.edu', first_name: 'Alice', last_name: 'Tan' }

/** A fixture whose default world sends `events` to an in-process receiver checking each signature. */
function subscribed(events: readonly string[], options: Parameters<typeof zoomFixture>[0] = {}) {
  const fixture = zoomFixture(options)
  const receiver = webhookReceiver(SECRET)
  fixture.emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events })
  const heard = async () => {
    await fixture.emulator.webhooks.idle()
    const events = receiver.events()
    expect(events.every((e) => e.verified)).toBe(true)
    return events
  }
  return { ...fixture, receiver, heard }
}

const objectOf = (e: Received | undefined) => e?.json.payload.object as Record<string, unknown>

describe('Zoom registrant events', () => {
  const EVENTS = ZOOM_WEBHOOK_EVENTS.filter((e) => e.includes('.registration_'))

  test('registering, approving and denying a meeting registrant each send their event with the meeting and the registrant; a change that changes nothing sends nothing', async () => {
    const { client, heard } = subscribed(EVENTS)
    const meeting = await client.meetings.create('demo-host', {
      topic: 'Seminar',
      start_time: '2026-12-01T10:00:00Z',
      duration: 60,
      settings: { approval_type: 1 },
    })
    const id = meeting.data?.id ?? 0
    const added = (await client.registrants.meetings.add(id, { ...alice, city: 'Singapore' })).data
    await client.registrants.meetings.add(id, alice)
    const ref = [{ id: added?.registrant_id ?? '' }]
    await client.registrants.meetings.updateStatus(id, { action: 'approve', registrants: ref })
    await client.registrants.meetings.updateStatus(id, { action: 'approve', registrants: ref })
    await client.registrants.meetings.updateStatus(id, { action: 'deny', registrants: ref })
    await client.registrants.meetings.updateStatus(id, { action: 'cancel', registrants: ref })
    const events = await heard()
    // The repeated registration, the second approval and cancelling a denied registrant change nothing.
    expect(events.map((e) => e.event)).toEqual([
      'meeting.registration_created',
      'meeting.registration_approved',
      'meeting.registration_denied',
    ])
    const meetingFields = {
      uuid: meeting.data?.uuid,
      id,
      host_id: 'demo-host',
      topic: 'Seminar',
      type: 2,
      start_time: '2026-12-01T10:00:00Z',
      duration: 60,
      timezone: meeting.data?.timezone,
    }
    const person = { id: added?.registrant_id, first_name: 'Alice', last_name: 'Tan', email: alice.email }
    const [created, approved, denied] = events
    expect(created?.json).toMatchObject({ event_ts: T0, payload: { account_id: 'demo-account' } })
    expect(created?.json.payload).not.toHaveProperty('operator')
    expect(objectOf(created)).toEqual({
      ...meetingFields,
      registrant: { ...person, city: 'Singapore', status: 'pending', join_url: added?.join_url },
    })
    expect(approved?.json.payload).toMatchObject({ operator: 'admin@example.edu', operator_id: 'demo-admin' })
    expect(objectOf(approved)).toEqual({
      ...meetingFields,
      registrant: { ...person, join_url: added?.join_url },
    })
    expect(objectOf(denied)).toEqual({ ...meetingFields, registrant: person })
  })

  test('a cancelled registration sends meeting.registration_cancelled; a registration approved at once is only created, approved', async () => {
    const { client, heard } = subscribed(EVENTS)
    const id =
      (
        await client.meetings.create('demo-host', {
          start_time: '2026-12-01T10:00:00Z',
          settings: { approval_type: 0 },
        })
      ).data?.id ?? 0
    const added = (await client.registrants.meetings.add(id, alice)).data
    await client.registrants.meetings.updateStatus(id, {
      action: 'cancel',
      registrants: [{ email: alice.email }],
    })
    const events = await heard()
    expect(events.map((e) => [e.event, (objectOf(e).registrant as { status?: string }).status])).toEqual([
      ['meeting.registration_created', 'approved'],
      ['meeting.registration_cancelled', undefined],
    ])
    expect(objectOf(events[1])).toMatchObject({
      id,
      registrant: { id: added?.registrant_id, email: alice.email },
    })
  })

  test("a recurring webinar's registration events name the occurrences registered for, or the one a status change names", async () => {
    const { emulator, client, heard } = subscribed(EVENTS)
    const start = emulator.clock.now() + DAY
    const webinar = await client.webinars.create('demo-host', {
      topic: 'Lecture series',
      type: 9,
      start_time: iso(start),
      duration: 50,
      timezone: 'UTC',
      recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
      settings: { approval_type: 1, registration_type: 3 },
    })
    const id = webinar.data?.id ?? 0
    const chosen = [start, start + 2 * DAY].map(String)
    const added = (await client.registrants.webinars.add(id, alice, { occurrence_ids: chosen.join(',') }))
      .data
    await client.registrants.webinars.updateStatus(
      id,
      { action: 'approve', registrants: [{ id: added?.registrant_id ?? '' }] },
      { occurrence_id: chosen[1] },
    )
    const [created, approved, ...rest] = await heard()
    expect(rest).toEqual([])
    const occurrence = (at: string) => ({ occurrence_id: at, start_time: iso(Number(at)) })
    expect(created?.event).toBe('webinar.registration_created')
    expect(objectOf(created)).toMatchObject({
      uuid: webinar.data?.uuid,
      id,
      host_id: 'demo-host',
      type: 9,
      occurrences: chosen.map(occurrence),
      registrant: { id: added?.registrant_id, status: 'pending', join_url: added?.join_url },
    })
    expect(approved?.event).toBe('webinar.registration_approved')
    expect(objectOf(approved)).toMatchObject({
      occurrences: [occurrence(chosen[1] ?? '')],
      registrant: { id: added?.registrant_id, join_url: added?.join_url },
    })
  })
})

describe('Zoom recording events', () => {
  const EVENTS = ['recording.completed', 'recording.trashed', 'recording.deleted', 'recording.recovered']

  /** A meeting that happened an hour ago for 30 minutes, recording to the cloud; its recording is ready 10 minutes after. */
  async function recorded() {
    const fixture = subscribed(EVENTS, { zoom: { recordingDelayMinutes: 10 } })
    const { emulator, client } = fixture
    const start = emulator.clock.now() + MINUTE
    const meeting = await client.meetings.create('demo-host', {
      topic: 'Recorded lecture',
      start_time: iso(start),
      duration: 30,
      timezone: 'Asia/Singapore',
      settings: { auto_recording: 'cloud' },
    })
    emulator.setClock({ advanceMs: 60 * MINUTE })
    const [completed] = await fixture.heard()
    return { ...fixture, start, meetingId: meeting.data?.id ?? 0, completed }
  }

  test('recording.completed carries a download_token that downloads its files, and the deliveries log shows it redacted', async () => {
    const { emulator, start, meetingId, completed } = await recorded()
    expect(completed?.json).toMatchObject({ event: 'recording.completed', event_ts: start + 40 * MINUTE })
    const token = (completed?.json as { download_token?: string } | undefined)?.download_token ?? ''
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    const files = objectOf(completed).recording_files as { download_url: string; file_size: number }[]
    expect(objectOf(completed)).toMatchObject({ id: meetingId, type: 2, timezone: 'Asia/Singapore' })
    const path = new URL(files[0]?.download_url ?? '').pathname
    expect((await emulator.request(`${path}?access_token=${token}`)).status).toBe(200)
    expect((await emulator.request(`${path}?access_token=not-${token}`)).status).toBe(401)
    const logged = emulator.webhooks.deliveries().find((d) => d.event === 'recording.completed')
    expect(logged?.body).toContain('"download_token":"[redacted]"')
    expect(JSON.stringify(emulator.webhooks.deliveries())).not.toContain(token)
  })

  test('trashing, recovering and deleting one file or the whole recording send recording.trashed, .recovered and .deleted with the files each moved', async () => {
    const { client, meetingId, completed, heard } = await recorded()
    const uuid = String(objectOf(completed).uuid)
    const all = (objectOf(completed).recording_files as { id: string }[]).map((f) => f.id)
    const [first = '', second = ''] = all
    await client.recordings.deleteFile(uuid, first)
    await client.recordings.recoverFile(uuid, first)
    await client.recordings.deleteFile(uuid, second)
    await client.recordings.delete(meetingId)
    await client.recordings.recover(uuid)
    await client.recordings.deleteFile(uuid, first, { action: 'delete' })
    await client.recordings.delete(uuid, { action: 'delete' })
    const events = (await heard()).slice(1)
    const moved = (e: Received) => (objectOf(e).recording_files as { id: string }[]).map((f) => f.id)
    expect(events.map((e) => [e.event, moved(e)])).toEqual([
      ['recording.trashed', [first]],
      ['recording.recovered', [first]],
      ['recording.trashed', [second]],
      ['recording.trashed', all.filter((id) => id !== second)],
      ['recording.recovered', all],
      ['recording.deleted', [first]],
      ['recording.deleted', all.filter((id) => id !== first)],
    ])
    for (const e of events) {
      expect(e.json.payload).toMatchObject({ account_id: 'demo-account', operator_id: 'demo-admin' })
      expect(objectOf(e)).toMatchObject({
        uuid,
        id: meetingId,
        host_id: 'demo-host',
        account_id: 'demo-account',
        share_url: objectOf(completed).share_url,
        recording_count: moved(e).length,
      })
    }
  })
})

describe('Zoom webinar events', () => {
  const EVENTS = ZOOM_WEBHOOK_EVENTS.filter((e) => e.startsWith('webinar.') && !e.includes('registration'))

  test('creating, updating and deleting a webinar (one occurrence, then all) send webinar.created, .updated with old_object, and .deleted', async () => {
    const { client, heard } = subscribed(EVENTS)
    const start = Date.parse('2026-12-01T09:00:00Z')
    const created = await client.webinars.create('demo-host', {
      topic: 'Showcase',
      type: 9,
      start_time: iso(start),
      duration: 60,
      timezone: 'UTC',
      recurrence: { type: 1, repeat_interval: 7, end_times: 2 },
    })
    const id = created.data?.id ?? 0
    await client.webinars.update(id, { topic: 'Research showcase', settings: { host_video: true } })
    await client.webinars.update(id, { topic: 'Research showcase' })
    await client.webinars.delete(id, { occurrence_id: String(start) })
    await client.webinars.delete(id)
    const events = await heard()
    expect(events.map((e) => [e.event, e.json.payload.operation ?? e.json.payload.scope])).toEqual([
      ['webinar.created', 'all'],
      ['webinar.updated', 'all'],
      ['webinar.deleted', 'single'],
      ['webinar.deleted', 'all'],
    ])
    const [made, updated, one, whole] = events
    const summary = {
      uuid: created.data?.uuid,
      id,
      host_id: 'demo-host',
      topic: 'Showcase',
      type: 9,
      start_time: iso(start),
      duration: 60,
      timezone: 'UTC',
    }
    expect(objectOf(made)).toMatchObject({
      ...summary,
      join_url: created.data?.join_url,
      password: created.data?.password,
      creation_source: 'open_api',
      settings: { use_pmi: false, alternative_hosts: '' },
      recurrence: { type: 1, repeat_interval: 7, end_times: 2 },
      occurrences: [start, start + 7 * DAY].map((at) =>
        expect.objectContaining({ occurrence_id: String(at) }),
      ),
    })
    expect(updated?.json.payload).toMatchObject({
      object: { id, topic: 'Research showcase', settings: { host_video: true } },
      old_object: { id, topic: 'Showcase', settings: { host_video: false } },
      time_stamp: T0,
    })
    expect(objectOf(one)).toEqual({
      ...summary,
      topic: 'Research showcase',
      occurrences: [{ occurrence_id: String(start), start_time: iso(start) }],
    })
    expect(objectOf(whole)).toEqual({ ...summary, topic: 'Research showcase' })
  })

  test("moving the clock a week delivers each occurrence's webinar.started, the host's participant_joined/left and webinar.ended in time order, each with its own event_ts", async () => {
    const { emulator, client, heard } = subscribed(EVENTS)
    const start = emulator.clock.now() + 30 * MINUTE
    const webinar = await client.webinars.create('demo-host', {
      topic: 'Guest lectures',
      type: 9,
      start_time: iso(start),
      duration: 50,
      timezone: 'UTC',
      recurrence: { type: 1, repeat_interval: 2, end_times: 3 },
    })
    const id = String(webinar.data?.id)
    emulator.setClock({ advanceMs: 7 * DAY })
    const events = (await heard()).filter((e) => e.event !== 'webinar.created')
    // The demo world's own webinar (two days ahead) happens that week too.
    const ours = events.filter((e) => objectOf(e).id === id)
    expect(events.map((e) => e.json.event_ts)).toEqual(
      events.map((e) => e.json.event_ts).sort((a, b) => a - b),
    )
    const occurrence = (n: number) => {
      const at = start + n * 2 * DAY
      return [
        ['webinar.started', at],
        ['webinar.participant_joined', at],
        ['webinar.participant_left', at + 50 * MINUTE],
        ['webinar.ended', at + 50 * MINUTE],
      ]
    }
    expect(ours.map((e) => [e.event, e.json.event_ts])).toEqual([0, 1, 2].flatMap(occurrence))
    expect(objectOf(ours[0])).toMatchObject({
      id,
      host_id: 'demo-host',
      topic: 'Guest lectures',
      type: 9,
      start_time: iso(start),
      timezone: 'UTC',
      duration: 50,
    })
    // Without a script the host attends the whole of each.
    const host = { user_id: 'demo-host', id: 'demo-host', email: 'host@example.edu' }
    expect(objectOf(ours[1])?.participant).toMatchObject({ ...host, join_time: iso(start) })
    expect(objectOf(ours[2])?.participant).toMatchObject({ ...host, leave_time: iso(start + 50 * MINUTE) })
    expect(objectOf(ours[3])).toMatchObject({ end_time: iso(start + 50 * MINUTE) })
  })

  test("a webinar's scripted attendees send participant_joined and participant_left at their offsets", async () => {
    const { emulator, client, heard } = subscribed(['webinar.participant_joined', 'webinar.participant_left'])
    const webinar = await client.webinars.create('demo-host', {
      topic: 'Office hours',
      type: 6,
      duration: 60,
    })
    const id = String(webinar.data?.id)
    emulator.zoom.webinarAttendance(id, [
      { name: 'Sam Student', email: 'sam@example.edu', joinOffsetMinutes: 5, leaveOffsetMinutes: 25 },
    ])
    const start = emulator.clock.now()
    emulator.zoom.startWebinar(id)
    emulator.setClock({ advanceMs: 2 * 60 * MINUTE })
    const ours = (await heard()).filter((e) => objectOf(e).id === id)
    expect(ours.map((e) => [e.event, e.json.event_ts])).toEqual([
      ['webinar.participant_joined', start + 5 * MINUTE],
      ['webinar.participant_left', start + 25 * MINUTE],
    ])
    expect(objectOf(ours[0])?.participant).toMatchObject({
      user_name: 'Sam Student',
      email: 'sam@example.edu',
    })
  })

  test('a webinar that records to the cloud sends recording.completed of its instance once the processing delay has passed', async () => {
    const { emulator, client, heard } = subscribed(['webinar.ended', 'recording.completed'], {
      zoom: { recordingDelayMinutes: 10 },
    })
    const start = emulator.clock.now() + 5 * MINUTE
    const webinar = await client.webinars.create('demo-host', {
      topic: 'Recorded webinar',
      start_time: iso(start),
      duration: 20,
      settings: { auto_recording: 'cloud' },
    })
    emulator.setClock({ advanceMs: 60 * MINUTE })
    const events = await heard()
    expect(events.map((e) => [e.event, e.json.event_ts])).toEqual([
      ['webinar.ended', start + 20 * MINUTE],
      ['recording.completed', start + 30 * MINUTE],
    ])
    expect(objectOf(events[1])).toMatchObject({
      id: webinar.data?.id,
      uuid: objectOf(events[0]).uuid,
      type: 5,
      topic: 'Recorded webinar',
      recording_count: 4,
    })
  })

  test("deleting a user sends webinar.deleted for each of the user's webinars before user.deleted", async () => {
    const { client, heard } = subscribed([...EVENTS, 'user.deleted'])
    const user = await client.users.create({
      action: 'custCreate',
      user_info: { email: 'w@example.edu', type: 2 },
    })
    const userId = user.data?.id ?? ''
    await client.settings.update(userId, { feature: { webinar: true } })
    const webinar = await client.webinars.create(userId, {
      topic: 'Theirs',
      start_time: '2026-12-05T09:00:00Z',
    })
    await client.users.delete(userId)
    const events = await heard()
    expect(events.map((e) => [e.event, objectOf(e).id])).toEqual([
      ['webinar.created', webinar.data?.id],
      ['webinar.deleted', webinar.data?.id],
      ['user.deleted', userId],
    ])
  })
})

test("every event the emulator sends is in the contract's WebhookEventName and has its row in the README's events table", () => {
  const contract = readFileSync(new URL('../../contracts/emulator.yaml', import.meta.url), 'utf8')
  const names = /WebhookEventName:\n\s+enum: \[([^\]]+)\]/.exec(contract)?.[1]?.split(', ')
  expect(names).toEqual([...ZOOM_WEBHOOK_EVENTS])
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const webhooks = readme.slice(readme.indexOf('## Webhooks'), readme.indexOf('## LumiNUS'))
  const rows = webhooks.split('\n').filter((line) => line.startsWith('| `'))
  const named = (event: string) => rows.some((row) => (row.split(' | ')[0] ?? '').includes(`\`${event}\``))
  expect(ZOOM_WEBHOOK_EVENTS.filter((event) => !named(event))).toEqual([])
})
