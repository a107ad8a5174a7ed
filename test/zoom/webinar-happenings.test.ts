/** @module Webinars happen on the emulator clock like meetings: one instance per occurrence, the host attending, read by the webinar reports. */
import { expect, test } from 'vitest'
import { zoomFixture } from './support.js'

const MINUTE = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

test('a recurring webinar gives one past instance per occurrence the clock passes, and the webinar participants report lists its host for the whole of each', async () => {
  const { emulator, client, store } = zoomFixture()
  const start = emulator.clock.now() + 30 * MINUTE
  const created = await client.webinars.create('host@example.edu', {
    topic: 'Guest lecture series',
    type: 9,
    start_time: iso(start),
    duration: 50,
    timezone: 'UTC',
    recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
  })
  expect(created.response?.status).toBe(201)
  const webinarId = String(created.data?.id)

  emulator.setClock({ advanceMs: 30 * MINUTE + 10 * MINUTE })
  const live = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(live).toEqual([expect.objectContaining({ kind: 'webinar', start_time: iso(start) })])
  expect(live[0]?.end_time).toBeUndefined()

  emulator.setClock({ advanceMs: 3 * 24 * 60 * MINUTE })
  const instances = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(instances.map((i) => [i.start_time, i.end_time])).toEqual(
    [0, 1, 2].map((day) => [
      iso(start + day * 1440 * MINUTE),
      iso(start + day * 1440 * MINUTE + 50 * MINUTE),
    ]),
  )
  const report = await client.reports.webinarParticipants(webinarId)
  expect(report.data?.participants).toEqual([
    expect.objectContaining({ user_email: 'host@example.edu', duration: 50 * 60 }),
  ])
})

test('deleting a webinar ends its live instance at that moment and keeps what happened', async () => {
  const { emulator, client, store } = zoomFixture()
  const start = emulator.clock.now() + 5 * MINUTE
  const created = await client.webinars.create('host@example.edu', {
    topic: 'Cut short',
    start_time: iso(start),
    duration: 60,
  })
  const webinarId = String(created.data?.id)
  emulator.setClock({ advanceMs: 25 * MINUTE })
  expect((await client.webinars.delete(webinarId)).response?.status).toBe(204)
  emulator.setClock({ advanceMs: 60 * MINUTE })
  const [instance] = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(instance).toMatchObject({
    kind: 'webinar',
    start_time: iso(start),
    end_time: iso(start + 20 * MINUTE),
  })
})

test('a type 6 webinar happens only by the control API: start now, its scripted attendees join and leave on the clock, end now, then its report lists them', async () => {
  const { emulator, client, store } = zoomFixture()
  const created = await client.webinars.create('host@example.edu', {
    topic: 'Office hours',
    type: 6,
    duration: 60,
  })
  const webinarId = String(created.data?.id)
  const control = (path: string, body?: unknown) =>
    emulator.request(`/__emulator/zoom/webinars/${webinarId}/${path}`, {
      method: 'POST',
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
  emulator.setClock({ advanceMs: 7 * 24 * 60 * MINUTE })
  expect([...store().instances.values()].filter((i) => String(i.id) === webinarId)).toEqual([])

  const script = [
    { name: 'Sam Student', email: 'sam@example.edu', joinOffsetMinutes: 5, leaveOffsetMinutes: 25 },
    { name: 'Kim Student', email: 'kim@example.edu', joinOffsetMinutes: 10 },
  ]
  const scripted = await control('participants', script)
  expect(scripted.status).toBe(200)
  expect(await scripted.json()).toEqual({ webinarId, participants: script })
  const started = await control('start')
  expect(started.status).toBe(201)
  const instance = (await started.json()) as { uuid: string; kind: string; start_time: string }
  expect(instance).toMatchObject({ kind: 'webinar', start_time: iso(emulator.clock.now()) })
  expect((await control('start')).status).toBe(409)

  emulator.setClock({ advanceMs: 40 * MINUTE })
  const ended = await control('end')
  expect(ended.status).toBe(200)
  expect(await ended.json()).toMatchObject({ uuid: instance.uuid, end_time: iso(emulator.clock.now()) })
  expect(await (await control('end')).json()).toEqual({
    error: `Zoom webinar ${webinarId} has no live instance to end.`,
  })
  const report = await client.reports.webinarParticipants(webinarId)
  expect(report.data?.participants?.map((p) => [p.name, p.duration])).toEqual([
    ['Sam Student', 20 * 60],
    ['Kim Student', 30 * 60],
  ])
})

test('the webinar commands refuse a meeting number, a bad script and answer in process as over HTTP', async () => {
  const { emulator, client } = zoomFixture()
  const webinar = await client.webinars.create('host@example.edu', { topic: 'Talk', type: 6, duration: 30 })
  const webinarId = String(webinar.data?.id)
  const meeting = await client.meetings.create('host@example.edu', { topic: 'A meeting', type: 2 })
  const meetingId = String(meeting.data?.id)
  const notAWebinar = await emulator.request(`/__emulator/zoom/webinars/${meetingId}/start`, {
    method: 'POST',
  })
  expect(notAWebinar.status).toBe(404)
  expect(await notAWebinar.json()).toEqual({ error: `No Zoom webinar ${meetingId} in this world.` })
  const badScript = await emulator.request(`/__emulator/zoom/webinars/${webinarId}/participants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ name: 'X', email: 'not an email', joinOffsetMinutes: 0 }]),
  })
  expect(badScript.status).toBe(400)
  expect(await badScript.json()).toEqual({ error: 'participants[0].email must be an email address.' })
  expect(emulator.exportState().zoom.attendance).toEqual({})

  emulator.zoom.webinarAttendance(webinarId, [])
  const live = emulator.zoom.startWebinar(webinarId)
  expect(live).toMatchObject({ kind: 'webinar', attendance: [] })
  expect(() => emulator.zoom.startWebinar(webinarId)).toThrow(`Zoom webinar ${webinarId} is already live`)
  emulator.zoom.clearWebinarAttendance(webinarId)
  expect(emulator.exportState().zoom.attendance).toEqual({})
  expect(emulator.zoom.endWebinar(webinarId).uuid).toBe(live.uuid)
  const cleared = await emulator.request(`/__emulator/zoom/webinars/${webinarId}/participants`, {
    method: 'DELETE',
  })
  expect(cleared.status).toBe(204)
})
