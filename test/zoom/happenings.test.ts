/** @module Meetings that happen on the emulator clock: instances, attendance, start/end now, past meeting endpoints. */
import { describe, expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { bearer, s2sToken, zoomFixture } from './support.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`
/** Double-encoded, as Zoom asks of a UUID that begins with `/` or contains `//` (and allows of any). */
const path = (uuid = '') => encodeURIComponent(encodeURIComponent(uuid))

async function fixture() {
  const { emulator, client, store } = zoomFixture()
  // A fresh token each call: the clock moves past a token's hour.
  const call = async (path: string, init?: RequestInit) =>
    bearer(emulator, await s2sToken(emulator))(path, init)
  const json = async (path: string) => {
    const response = await call(path)
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const control = (path: string, body?: unknown) =>
    emulator.request(`/__emulator/zoom/meetings/${path}`, {
      method: 'POST',
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    })
  const create = async (body: Record<string, unknown>) => {
    const { data } = await client.meetings.create('demo-host', body)
    if (!data) throw new Error('create failed')
    return data
  }
  const advance = (ms: number) => emulator.setClock({ advanceMs: ms })
  return { emulator, client, store, call, json, control, create, advance }
}

describe('meetings happen on the emulator clock', () => {
  test('a scheduled meeting is live from its start and a past meeting after its end, with the host attending', async () => {
    const { json, create, advance, store } = await fixture()
    const meeting = await create({ topic: 'Lecture', start_time: iso(T0 + HOUR), duration: 30 })
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('waiting')
    expect((await json(`/v2/past_meetings/${meeting.id}/instances`)).body).toEqual({ meetings: [] })

    advance(HOUR + 10 * MINUTE)
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('started')
    const [live] = [...store().instances.values()].filter((i) => i.id === meeting.id)
    expect(live).toMatchObject({ start_time: iso(T0 + HOUR), occurrence_id: String(T0 + HOUR) })
    expect(live?.end_time).toBeUndefined()
    expect(live?.uuid).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(live?.uuid).not.toBe(meeting.uuid)
    expect((await json(`/v2/past_meetings/${meeting.id}`)).status).toBe(404)

    advance(30 * MINUTE)
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('waiting')
    const instances = await json(`/v2/past_meetings/${meeting.id}/instances`)
    expect(instances.body).toEqual({ meetings: [{ uuid: live?.uuid, start_time: iso(T0 + HOUR) }] })
    const details = await json(`/v2/past_meetings/${path(live?.uuid)}`)
    expect(details.body).toMatchObject({
      uuid: live?.uuid,
      id: meeting.id,
      host_id: 'demo-host',
      topic: 'Lecture',
      type: 2,
      user_email: 'host@example.edu',
      start_time: iso(T0 + HOUR),
      end_time: iso(T0 + HOUR + 30 * MINUTE),
      duration: 30,
      total_minutes: 30,
      participants_count: 1,
      source: 'Zoom',
    })
    const participants = await json(`/v2/past_meetings/${meeting.id}/participants`)
    expect(participants.body).toMatchObject({ total_records: 1, page_count: 1, next_page_token: '' })
    expect(participants.body.participants).toEqual([
      expect.objectContaining({
        id: 'demo-host',
        user_email: 'host@example.edu',
        join_time: iso(T0 + HOUR),
        leave_time: iso(T0 + HOUR + 30 * MINUTE),
        duration: 1800,
        internal_user: true,
      }),
    ])
  })

  test('a recurring meeting gives one past instance per occurrence, deleted occurrences none', async () => {
    const { json, create, advance, call } = await fixture()
    const meeting = await create({
      type: 8,
      start_time: iso(T0 + HOUR),
      duration: 60,
      recurrence: { type: 1, repeat_interval: 1, end_times: 4 },
    })
    const third = T0 + HOUR + 2 * 24 * HOUR
    expect(
      (await call(`/v2/meetings/${meeting.id}?occurrence_id=${third}`, { method: 'DELETE' })).status,
    ).toBe(204)
    advance(5 * 24 * HOUR)
    const { body } = await json(`/v2/past_meetings/${meeting.id}/instances`)
    const starts = (body.meetings as { start_time: string }[]).map((m) => m.start_time)
    expect(starts).toEqual([0, 1, 3].map((day) => iso(T0 + HOUR + day * 24 * HOUR)))
    advance(5 * 24 * HOUR)
    expect(
      ((await json(`/v2/past_meetings/${meeting.id}/instances`)).body.meetings as unknown[]).length,
    ).toBe(3)
  })

  test('instant and no-fixed-time meetings happen only when started; start and end now answer 409 when they cannot', async () => {
    const { json, create, advance, control } = await fixture()
    const meeting = await create({ type: 3, duration: 45 })
    advance(2 * HOUR)
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('waiting')
    expect((await control(`${meeting.id}/end`)).status).toBe(409)

    const started = await control(`${meeting.id}/start`)
    expect(started.status).toBe(201)
    const instance = (await started.json()) as { uuid: string; start_time: string; planned_end_time: string }
    expect(instance.start_time).toBe(iso(T0 + 2 * HOUR))
    expect(instance.planned_end_time).toBe(iso(T0 + 2 * HOUR + 45 * MINUTE))
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('started')
    const again = await control(`${meeting.id}/start`)
    expect(again.status).toBe(409)
    expect(((await again.json()) as { error: string }).error).toContain('already live')

    advance(10 * MINUTE)
    const ended = await control(`${meeting.id}/end`)
    expect(ended.status).toBe(200)
    expect(((await ended.json()) as { end_time: string }).end_time).toBe(iso(T0 + 2 * HOUR + 10 * MINUTE))
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('waiting')
    const participants = await json(`/v2/past_meetings/${path(instance.uuid)}/participants`)
    expect(participants.body.participants).toEqual([
      expect.objectContaining({ leave_time: iso(T0 + 2 * HOUR + 10 * MINUTE), duration: 600 }),
    ])
    expect((await control('12345678901/start')).status).toBe(404)
  })

  test('start now takes the next occurrence within one duration, which then does not happen again', async () => {
    const { json, create, advance, control } = await fixture()
    const meeting = await create({ start_time: iso(T0 + 30 * MINUTE), duration: 60 })
    const started = (await (await control(`${meeting.id}/start`)).json()) as Record<string, string>
    expect(started).toMatchObject({ occurrence_id: String(T0 + 30 * MINUTE), start_time: iso(T0) })
    expect(started.planned_end_time).toBe(iso(T0 + 90 * MINUTE))
    advance(2 * HOUR)
    const { body } = await json(`/v2/past_meetings/${meeting.id}/instances`)
    expect(body.meetings).toEqual([{ uuid: started.uuid, start_time: iso(T0) }])
  })

  test('end now ends a scheduled occurrence early: everyone still in leaves, later joins never come', async () => {
    const { json, create, advance, control } = await fixture()
    const meeting = await create({ start_time: iso(T0 + HOUR), duration: 60 })
    const scripted = await control(`${meeting.id}/participants`, [
      { name: 'Early', email: 'early@example.com', joinOffsetMinutes: 0, leaveOffsetMinutes: 10 },
      { name: 'Stayer', email: 'stayer@example.com', joinOffsetMinutes: 5 },
      { name: 'Late', email: 'late@example.com', joinOffsetMinutes: 40 },
    ])
    expect(scripted.status).toBe(200)
    advance(HOUR + 20 * MINUTE)
    expect((await control(`${meeting.id}/end`)).status).toBe(200)
    advance(HOUR)
    const { body } = await json(`/v2/past_meetings/${meeting.id}/participants`)
    const rows = body.participants as { name: string; join_time: string; leave_time: string }[]
    expect(rows.map((p) => [p.name, p.join_time, p.leave_time])).toEqual([
      ['Early', iso(T0 + HOUR), iso(T0 + HOUR + 10 * MINUTE)],
      ['Stayer', iso(T0 + HOUR + 5 * MINUTE), iso(T0 + HOUR + 20 * MINUTE)],
    ])
    expect((await json(`/v2/past_meetings/${meeting.id}`)).body).toMatchObject({
      duration: 20,
      total_minutes: 25,
    })
  })

  test('scripted attendance applies to instances that start from then on, with user ids for the account users', async () => {
    const { emulator, json, create, advance } = await fixture()
    const meeting = await create({
      type: 8,
      start_time: iso(T0 + HOUR),
      duration: 60,
      recurrence: { type: 1, repeat_interval: 1, end_times: 2 },
    })
    advance(HOUR)
    emulator.zoom.attendance(String(meeting.id), [
      { name: 'Host', email: 'HOST@example.edu', joinOffsetMinutes: 0 },
      { name: 'Guest', email: 'guest@example.com', joinOffsetMinutes: 15, leaveOffsetMinutes: 45 },
    ])
    advance(2 * 24 * HOUR)
    const { body } = await json(`/v2/past_meetings/${meeting.id}/instances`)
    const [first, second] = body.meetings as { uuid: string }[]
    const names = async (uuid = '') =>
      (
        (await json(`/v2/past_meetings/${path(uuid)}/participants`)).body.participants as {
          name: string
          id: string
          duration: number
        }[]
      ).map((p) => [p.name, p.id, p.duration])
    expect(await names(first?.uuid)).toEqual([['Harper Demo', 'demo-host', 3600]])
    expect(await names(second?.uuid)).toEqual([
      ['Host', 'demo-host', 3600],
      ['Guest', '', 1800],
    ])
  })

  test('scripted attendance refuses bad input with a 400 saying what to fix, and an unknown meeting with 404', async () => {
    const { create, control } = await fixture()
    const meeting = await create({})
    const cases: [unknown, string][] = [
      [{ name: 'A', email: 'a@example.com', joinOffsetMinutes: 0 }, 'must be an array'],
      [[{ name: '', email: 'a@example.com', joinOffsetMinutes: 0 }], 'participants[0].name'],
      [[{ name: 'A', email: 'nope', joinOffsetMinutes: 0 }], 'participants[0].email'],
      [[{ name: 'A', email: 'a@example.com', joinOffsetMinutes: -1 }], 'joinOffsetMinutes'],
      [[{ name: 'A', email: 'a@example.com', joinOffsetMinutes: 5, leaveOffsetMinutes: 5 }], 'greater than'],
      [[{ name: 'A', email: 'a@example.com', joinOffsetMinutes: 0, extra: 1 }], 'unknown field "extra"'],
    ]
    for (const [body, message] of cases) {
      const response = await control(`${meeting.id}/participants`, body)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: string }).error).toContain(message)
    }
    expect((await control('98765432101/participants', [])).status).toBe(404)
  })

  test('an update after an instance does not change it, and a delete keeps past instances', async () => {
    const { json, create, advance, call } = await fixture()
    const meeting = await create({ topic: 'Before', start_time: iso(T0 + HOUR), duration: 30 })
    advance(2 * HOUR)
    const patch = await call(`/v2/meetings/${meeting.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ topic: 'After', duration: 90, start_time: iso(T0 + 5 * HOUR) }),
    })
    expect(patch.status).toBe(204)
    expect((await json(`/v2/past_meetings/${meeting.id}`)).body).toMatchObject({
      topic: 'Before',
      duration: 30,
    })
    advance(5 * HOUR)
    const twice = (await json(`/v2/past_meetings/${meeting.id}/instances`)).body.meetings as unknown[]
    expect(twice).toHaveLength(2)
    expect((await call(`/v2/meetings/${meeting.id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await json(`/v2/meetings/${meeting.id}`)).status).toBe(404)
    expect((await json(`/v2/past_meetings/${meeting.id}/instances`)).body.meetings).toEqual(twice)
    expect((await json(`/v2/past_meetings/${meeting.id}`)).body).toMatchObject({
      topic: 'After',
      duration: 90,
    })
  })

  test('deleting a live meeting ends its instance now', async () => {
    const { json, create, advance, call } = await fixture()
    const meeting = await create({ start_time: iso(T0 + HOUR), duration: 60 })
    advance(HOUR + 15 * MINUTE)
    await call(`/v2/meetings/${meeting.id}`, { method: 'DELETE' })
    expect((await json(`/v2/past_meetings/${meeting.id}`)).body).toMatchObject({
      end_time: iso(T0 + HOUR + 15 * MINUTE),
      duration: 15,
    })
  })

  test('a clock moved back keeps what happened, and moved forward again makes nothing happen twice', async () => {
    const { emulator, json, create, advance } = await fixture()
    const meeting = await create({ start_time: iso(T0 + HOUR), duration: 30 })
    advance(2 * HOUR)
    const before = (await json(`/v2/past_meetings/${meeting.id}/instances`)).body
    emulator.setClock({ now: iso(T0) })
    expect((await json(`/v2/past_meetings/${meeting.id}/instances`)).body).toEqual(before)
    expect((await json(`/v2/meetings/${meeting.id}`)).body.status).toBe('waiting')
    advance(3 * HOUR)
    expect((await json(`/v2/past_meetings/${meeting.id}/instances`)).body).toEqual(before)
  })

  test('past meeting UUIDs that begin with / or contain // must be double-encoded', async () => {
    const { emulator, json } = await fixture()
    const state = emulator.exportState()
    const uuid = '/ab//cdEFghIJklMNopQR=='
    state.zoom.instances = {
      [uuid]: {
        uuid,
        id: 91234567890,
        kind: 'meeting',
        host_id: 'demo-host',
        topic: 'Seeded',
        type: 2,
        start_time: '2026-11-20T10:00:00Z',
        end_time: '2026-11-20T11:00:00Z',
        auto_recording: 'none',
      },
    }
    state.zoom.participants = {
      p1: {
        id: 'p1',
        instance: uuid,
        name: 'Ann',
        user_email: 'ann@example.com',
        join_time: '2026-11-20T10:05:00Z',
        leave_time: '2026-11-20T10:35:00Z',
      },
    }
    emulator.importState(state)
    const twice = path(uuid)
    expect((await json(`/v2/past_meetings/${twice}`)).body).toMatchObject({
      uuid,
      participants_count: 1,
      total_minutes: 30,
    })
    expect((await json(`/v2/past_meetings/${twice}/participants`)).body.total_records).toBe(1)
    const once = await json(`/v2/past_meetings/${encodeURIComponent(uuid)}`)
    expect(once).toMatchObject({ status: 404, body: { code: 3001 } })
    expect((await json('/v2/past_meetings/91234567890')).body).toMatchObject({ uuid })
  })

  test('unknown meetings, live instances and other accounts get 404 with code 3001', async () => {
    const { json } = await fixture()
    expect(await json('/v2/past_meetings/12345678901/instances')).toMatchObject({
      status: 404,
      body: { code: 3001, message: 'Meeting does not exist: 12345678901.' },
    })
    expect((await json('/v2/past_meetings/nosuchuuid==')).status).toBe(404)
    expect((await json('/v2/past_meetings/nosuchuuid==/participants')).status).toBe(404)
    expect((await json('/v2/past_meetings/abc/instances')).status).toBe(400)
  })

  test('participants page with page_size and next_page_token', async () => {
    const { json, create, advance, control } = await fixture()
    const meeting = await create({ start_time: iso(T0 + HOUR), duration: 60 })
    const people = Array.from({ length: 5 }, (_, i) => ({
      name: `P${i}`,
      email: `p${i}@example.com`,
      joinOffsetMinutes: i,
    }))
    await control(`${meeting.id}/participants`, people)
    advance(3 * HOUR)
    const first = await json(`/v2/past_meetings/${meeting.id}/participants?page_size=2`)
    expect(first.body).toMatchObject({ page_size: 2, total_records: 5, page_count: 3 })
    const seen = [...(first.body.participants as { name: string }[])]
    let token = first.body.next_page_token as string
    while (token) {
      const next = await json(`/v2/past_meetings/${meeting.id}/participants?next_page_token=${token}`)
      seen.push(...(next.body.participants as { name: string }[]))
      token = next.body.next_page_token as string
    }
    expect(seen.map((p) => p.name)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4'])
  })

  test('the dashboard shows live and past instances with their participants', async () => {
    const { emulator, create, advance, control } = await fixture()
    const past = await create({ topic: 'Seminar past', start_time: iso(T0 + HOUR), duration: 30 })
    await control(`${past.id}/participants`, [
      { name: 'Ada Attendee', email: 'ada@example.com', joinOffsetMinutes: 5 },
    ])
    const live = await create({ type: 3, topic: 'Office hours' })
    advance(2 * HOUR)
    await control(`${live.id}/start`)
    const html = await (await emulator.request('/__emulator/dashboard/world')).text()
    const [liveTable, rest = ''] = html.split('id="instances-past"')
    // The past table ends with its section: the forms further down name every meeting.
    const pastTable = rest.slice(0, rest.indexOf('</section>'))
    expect(liveTable).toContain('Office hours')
    expect(liveTable).toContain('still in')
    expect(pastTable).toContain('Seminar past')
    expect(pastTable).toContain('Ada Attendee')
    expect(pastTable).not.toContain('Office hours')
  })

  test('the live list holds the meetings with a live instance: started now, not ended early', async () => {
    const { json, create, advance, control } = await fixture()
    const scheduled = await create({ topic: 'Scheduled', start_time: iso(T0 + HOUR), duration: 60 })
    const noFixedTime = await create({ type: 3, topic: 'Whenever', duration: 120 })
    const liveTopics = async () =>
      ((await json('/v2/users/demo-host/meetings?type=live')).body.meetings as { topic: string }[]).map(
        (m) => m.topic,
      )
    expect(await liveTopics()).toEqual([])
    await control(`${noFixedTime.id}/start`)
    expect(await liveTopics()).toEqual(['Whenever'])
    advance(HOUR + MINUTE)
    expect((await liveTopics()).sort()).toEqual(['Scheduled', 'Whenever'])
    await control(`${scheduled.id}/end`)
    expect(await liveTopics()).toEqual(['Whenever'])
  })
})
