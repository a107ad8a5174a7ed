/** @module Zoom meetings through the client: full objects, rules, recurrence, list filters, update and delete. */
import { describe, expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { bearer, s2sToken, zoomFixture } from './support.js'

const HOUR = 3_600_000

describe('Zoom meetings', () => {
  test('create answers 201 with the full meeting: real-looking ids, URLs, passcodes and settings', async () => {
    const { client } = zoomFixture()
    const { data, response } = await client.meetings.create('host@example.edu', {
      topic: 'Lecture',
      type: 2,
      start_time: '2026-12-01T09:00:00',
      timezone: 'Asia/Singapore',
      duration: 90,
      password: 'abc123',
      settings: { waiting_room: false, mute_upon_entry: true },
    })
    expect(response?.status).toBe(201)
    expect(data).toMatchObject({
      host_id: 'demo-host',
      host_email: 'host@example.edu',
      start_time: '2026-12-01T01:00:00Z',
      status: 'waiting',
      password: 'abc123',
      settings: { waiting_room: false, mute_upon_entry: true, join_before_host: false },
    })
    expect(String(data?.id)).toMatch(/^[1-9]\d{9,10}$/)
    expect(data?.uuid).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(data?.join_url).toBe(`https://zoom.us/j/${data?.id}?pwd=${data?.encrypted_password}`)
    expect(data?.start_url).toContain(`/s/${data?.id}`)
    expect(data?.h323_password).toMatch(/^\d{6}$/)
  })

  test('a missing or past start time means now; type 1 starts now; type 3 has no start time', async () => {
    const { client } = zoomFixture()
    const now = '2026-11-22T12:00:00Z'
    expect((await client.meetings.create('me', {})).data?.start_time).toBe(now)
    expect(
      (await client.meetings.create('me', { start_time: '2020-01-01T00:00:00Z' })).data?.start_time,
    ).toBe(now)
    const instant = await client.meetings.create('me', { type: 1, start_time: '2027-01-01T00:00:00Z' })
    expect(instant.data?.start_time).toBe(now)
    expect((await client.meetings.create('me', { type: 3 })).data).not.toHaveProperty('start_time')
  })

  test('type 8 computes its occurrences from the recurrence in the meeting zone', async () => {
    const { client } = zoomFixture()
    const { data } = await client.meetings.create('demo-host', {
      type: 8,
      start_time: '2026-12-01T10:00:00',
      timezone: 'Asia/Singapore',
      recurrence: { type: 2, weekly_days: '2,4', end_times: 3 },
    })
    expect(data?.occurrences?.map((o) => o.start_time)).toEqual([
      '2026-12-02T02:00:00Z',
      '2026-12-07T02:00:00Z',
      '2026-12-09T02:00:00Z',
    ])
    expect(data?.occurrences?.[0]?.occurrence_id).toBe(String(Date.parse('2026-12-02T02:00:00Z')))
  })

  test.each([
    [{ type: 1, repeat_interval: 2, end_times: 3 }, ['2026-12-01', '2026-12-03', '2026-12-05']],
    [{ type: 3, monthly_day: 31, end_times: 3 }, ['2026-12-31', '2027-01-31', '2027-02-28']],
    [
      { type: 3, monthly_week: -1, monthly_week_day: 6, end_date_time: '2027-02-28T00:00:00Z' },
      ['2026-12-25', '2027-01-29', '2027-02-26'],
    ],
  ] as const)('recurrence %j occurs on %j', async (recurrence, dates) => {
    const { client } = zoomFixture()
    const { data } = await client.meetings.create('demo-host', {
      type: 8,
      start_time: '2026-12-01T09:00:00Z',
      recurrence: { ...recurrence },
    })
    expect(data?.occurrences?.map((o) => o.start_time.slice(0, 10))).toEqual(dates)
  })

  test('a type 8 meeting without recurrence, or with more than 60 occurrences, fails 400/300', async () => {
    const { client } = zoomFixture()
    expect((await client.meetings.create('me', { type: 8 })).error?.errors?.[0]?.field).toBe('recurrence')
    const tooMany = await client.meetings.create('me', {
      type: 8,
      recurrence: { type: 1, end_date_time: '2027-06-01T00:00:00Z' },
    })
    expect(tooMany.error).toMatchObject({ status: 400, code: 300 })
    const sixty = await client.meetings.create('me', { type: 8, recurrence: { type: 1, end_times: 60 } })
    expect(sixty.data?.occurrences).toHaveLength(60)
  })

  test('GET returns what was created; PATCH (204) changes only what was sent; DELETE (204) removes it from the store', async () => {
    const { client, store } = zoomFixture()
    const created = await client.meetings.create('demo-host', { topic: 'Before', agenda: 'a', duration: 30 })
    const id = created.data?.id ?? 0
    expect((await client.meetings.get(id)).data).toEqual(created.data)
    const patched = await client.meetings.update(id, { topic: 'After', settings: { host_video: true } })
    expect(patched.response?.status).toBe(204)
    const after = (await client.meetings.get(id)).data
    expect(after).toMatchObject({
      topic: 'After',
      agenda: 'a',
      duration: 30,
      start_time: created.data?.start_time,
    })
    expect(after?.settings.host_video).toBe(true)
    expect((await client.meetings.delete(id)).response?.status).toBe(204)
    expect(store().meetings.has(String(id))).toBe(false)
    expect((await client.meetings.get(id)).error).toMatchObject({ status: 404, code: 3001 })
    expect((await client.meetings.update(id, { topic: 'x' })).error?.code).toBe(3001)
    expect((await client.meetings.delete(id)).error?.code).toBe(3001)
  })

  test('deleting one occurrence marks it deleted and keeps the meeting', async () => {
    const { client } = zoomFixture()
    const { data } = await client.meetings.create('me', { type: 8, recurrence: { type: 1, end_times: 3 } })
    const second = data?.occurrences?.[1]?.occurrence_id ?? ''
    expect((await client.meetings.delete(data?.id ?? 0, { occurrence_id: second })).response?.status).toBe(
      204,
    )
    const after = await client.meetings.get(data?.id ?? 0)
    expect(after.data?.occurrences?.map((o) => o.status)).toEqual(['available', 'deleted', 'available'])
    expect((await client.meetings.delete(data?.id ?? 0, { occurrence_id: '1' })).error?.code).toBe(3000)
  })

  test('status follows the emulator clock: waiting, started, then waiting again once it is over', async () => {
    const { client, emulator } = zoomFixture()
    const { data } = await client.meetings.create('me', { start_time: '2026-11-22T13:00:00Z', duration: 60 })
    const status = async () => (await client.meetings.get(data?.id ?? 0)).data?.status
    expect(await status()).toBe('waiting')
    emulator.clock.set(T0 + HOUR)
    expect(await status()).toBe('started')
    emulator.clock.set(T0 + 2 * HOUR)
    expect(await status()).toBe('waiting')
    const previous = await client.meetings.list('me', { type: 'previous_meetings' })
    expect(previous.data?.meetings.map((m) => m.id)).toContain(data?.id)
  })

  test('the list type filters select live, upcoming and previous meetings', async () => {
    const { client, emulator } = zoomFixture()
    const live = await client.meetings.create('demo-host', { topic: 'Live now', duration: 60 })
    emulator.clock.advance(60_000)
    const ids = async (type: 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings') =>
      (await client.meetings.list('demo-host', { type })).data?.meetings.map((m) => m.id)
    expect(await ids('live')).toEqual([live.data?.id])
    expect(await ids('previous_meetings')).toEqual([81000000005, 81000000004])
    const upcoming = await ids('upcoming')
    expect(upcoming).toEqual(await ids('upcoming_meetings'))
    expect(upcoming).toEqual(expect.arrayContaining([live.data?.id, 81000000001, 81000000003, 81000000006]))
    expect(upcoming).not.toContain(81000000004)
    expect(await ids('scheduled')).toEqual(expect.arrayContaining([81000000004, 81000000001]))
    const invalid = await client.meetings.list('demo-host', { type: 'past' as never })
    expect(invalid.error?.errors).toEqual([{ field: 'type', message: 'Invalid field.' }])
  })

  test('a page token is stable for the same request and refused for another list', async () => {
    const { client } = zoomFixture()
    const first = await client.meetings.list('demo-host', { type: 'scheduled', page_size: 2 })
    const again = await client.meetings.list('demo-host', { type: 'scheduled', page_size: 2 })
    expect(first.data?.next_page_token).toBeTruthy()
    expect(again.data?.next_page_token).toBe(first.data?.next_page_token)
    const foreign = await client.meetings.list('demo-host', {
      type: 'upcoming',
      next_page_token: first.data?.next_page_token ?? '',
    })
    expect(foreign.error?.errors?.[0]?.field).toBe('next_page_token')
  })

  test('a body that is not JSON fails 400/300', async () => {
    const { emulator } = zoomFixture()
    const response = await bearer(emulator, await s2sToken(emulator))('/v2/users/me/meetings', {
      method: 'POST',
      body: '{"topic": ',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 300 })
  })
})
