/** @module The clock's range (years 0001–9999): every way of setting it is held to it, and every time emitted stays RFC 3339. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import { ControlError } from '../../mock/control/errors.js'
import { CLOCK_RANGE } from '../../mock/core/clock.js'
import type { Emulator } from '../../mock/core/emulator.js'
import { createEmulator } from '../../mock/emulator.js'
import { readStateFile } from '../../mock/persistence.js'
import { DEMO } from '../../mock/seed/demo.js'
import { createTestEmulator, demoClients, T0 } from '../helpers.js'
import { control } from './helpers.js'

const MIN = '0001-01-01T00:00:00.000Z'
const MAX = '9999-12-31T23:59:59.999Z'
const RANGE = `The clock only shows instants from ${MIN} to ${MAX}`

/** Everything a world answers with, to show a refusal changed none of it. */
const snapshot = (emulator: Emulator) => JSON.stringify([emulator.exportState(), emulator.clockState().now])

describe('the clock’s range', () => {
  test('is years 0001 to 9999, to the millisecond', () => {
    expect(CLOCK_RANGE).toEqual({ min: Date.parse(MIN), max: Date.parse(MAX) })
  })

  test.each([
    ['an advance past the end of the range', { advanceMs: 8_640_000_000_000_000 }],
    ['an advance before its start', { advanceMs: -(T0 - Date.parse(MIN)) - 1 }],
    ['an instant in ms past any Date', { now: -3.184604399362059e23 }],
    ['an instant in ms a millisecond past the end', { now: Date.parse(MAX) + 1 }],
    ['an instant in year 0000', { now: '0000-12-31T23:59:59.999Z' }],
    ['an instant whose offset puts it before year 0001', { now: '0001-01-01T00:00:00+01:00' }],
  ])('POST clock with %s is a 400 naming the range, and nothing changes', async (_, body) => {
    const emulator = createTestEmulator()
    const before = snapshot(emulator)
    const answer = await control(emulator, 'POST', '/clock', { body })
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(RANGE) } })
    expect(snapshot(emulator)).toBe(before)
  })

  test('after a refused move every control call, the dashboard and Zoom still answer', async () => {
    const emulator = createTestEmulator()
    await control(emulator, 'POST', '/clock', { body: { advanceMs: 8_640_000_000_000_000 } })
    for (const path of ['/clock', '/state', '/requests'])
      expect((await control(emulator, 'GET', path)).status).toBe(200)
    expect((await emulator.request('/')).status).toBe(200)
    const { zoom } = demoClients(emulator)
    expect((await zoom.meetings.create(DEMO.hostId, { topic: 'After', type: 2 })).response?.status).toBe(201)
  })

  test('both ends are instants the clock can show, and it answers them as RFC 3339', async () => {
    const emulator = createTestEmulator()
    for (const now of [MIN, MAX]) {
      const answer = await control(emulator, 'POST', '/clock', { body: { now } })
      expect(answer).toMatchObject({ status: 200, body: { now } })
      expect((await control(emulator, 'GET', '/state')).body).toMatchObject({ clock: { now } })
    }
  })

  test('PUT state with a clock outside the range is a 400 with the same text, and nothing changes', async () => {
    const emulator = createTestEmulator()
    const state = emulator.exportState()
    state.zoom.meetings = {}
    const before = snapshot(emulator)
    const answer = await control(emulator, 'PUT', '/state', {
      body: { ...state, clock: { now: '0000-06-01T00:00:00Z' } },
    })
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(RANGE) } })
    expect(snapshot(emulator)).toBe(before)
  })

  test('in process, setClock, clock.set and clock.advance throw a ControlError (400) with the same text', () => {
    const emulator = createTestEmulator()
    const refusals = [
      () => emulator.setClock({ now: '0000-01-01T00:00:00Z' }),
      () => emulator.setClock({ advanceMs: 8_000_000_000_000_000 }),
      () => emulator.clock.set(Date.parse(MAX) + 1),
      () => emulator.clock.set(new Date(Number.NaN)),
      () => emulator.clock.advance(Date.parse(MAX)),
    ]
    for (const refuse of refusals) {
      const error = (() => {
        try {
          refuse()
        } catch (thrown) {
          return thrown
        }
      })()
      expect(error).toBeInstanceOf(ControlError)
      expect(error).toMatchObject({ status: 400 })
    }
    expect(() => emulator.clock.advance(Date.parse(MAX))).toThrow(RANGE)
    expect(emulator.clock.now()).toBe(T0)
  })

  test('createEmulator({now}), --now, --seed and --state-file refuse an instant outside it with the same text', () => {
    expect(() => createEmulator({ now: '+010000-01-01T00:00:00Z' })).toThrow(RANGE)
    expect(() => serverOptions(['--now', '0000-01-01T00:00:00Z'], {})).toThrow(RANGE)
    const state = { version: 1 as const, clock: { now: '0000-01-01T00:00:00Z' } }
    expect(() => createEmulator({ state })).toThrow(RANGE)
    const file = join(mkdtempSync(join(tmpdir(), 'clock-range-')), 'state.json')
    writeFileSync(file, JSON.stringify(state))
    expect(() => readStateFile(file)).toThrow(RANGE)
  })

  test('a clock following the wall clock, set to the end of the range, stays there', async () => {
    const emulator = createEmulator()
    emulator.setClock({ now: MAX })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(emulator.clockState().now).toBe(MAX)
    expect(() => emulator.clock.advance(1)).toThrow(RANGE)
  })
})

describe('times derived from the clock stay in the range', () => {
  test('the demo world seeded at either end answers every service within its contract', async () => {
    for (const now of [MIN, MAX]) {
      const emulator = createTestEmulator({ now })
      const { lti, zoom, luminus } = demoClients(emulator)
      expect((await zoom.meetings.list(DEMO.hostId, { type: 'scheduled' })).error).toBeUndefined()
      expect((await zoom.meetings.get(81000000006)).error).toBeUndefined()
      expect((await luminus.syncMeeting(DEMO.luminus.meetingId)).error).toBeUndefined()
      // LTI Pro signs a timestamp in ms since 1970, so it is called at the end of the range only.
      if (now === MAX) expect((await lti.listMeetings({ userId: DEMO.hostId })).error).toBeUndefined()
    }
  })

  test('a meeting that would end past the range (with UTC+14 to spare) is a Zoom 400, nothing stored', async () => {
    const emulator = createTestEmulator({ now: '9999-12-30T00:00:00Z' })
    const { zoom } = demoClients(emulator)
    const before = JSON.stringify(emulator.exportState().zoom.meetings)
    const late = [
      { topic: 'Long', type: 2 as const, start_time: '9999-12-31T09:00:00Z', duration: 60 },
      {
        topic: 'Local',
        type: 2 as const,
        start_time: '9999-12-31T20:00:00',
        timezone: 'America/Los_Angeles',
      },
      {
        topic: 'Daily',
        type: 8 as const,
        start_time: '9999-12-30T01:00:00Z',
        recurrence: { type: 1 as const, end_times: 3 },
      },
    ]
    for (const body of late) {
      const { error } = await zoom.meetings.create(DEMO.hostId, body)
      expect(error).toMatchObject({ status: 400, code: 300 })
      expect(error?.errors).toEqual([
        { field: 'start_time', message: expect.stringContaining('9999-12-31T09:59:59Z') },
      ])
    }
    expect(JSON.stringify(emulator.exportState().zoom.meetings)).toBe(before)
    const fits = await zoom.meetings.create(DEMO.hostId, { topic: 'Fits', type: 2, duration: 60 })
    expect(fits.data?.created_at).toBe('9999-12-30T00:00:00Z')
  })

  test('POST seed refuses a meeting that would end past the range, with the same Zoom rule', async () => {
    const emulator = createTestEmulator()
    const before = snapshot(emulator)
    const meeting = { host_id: DEMO.hostId, topic: 'Late', start_time: '9999-12-31T20:00:00Z' }
    const answer = await control(emulator, 'POST', '/seed', { body: { zoom: { meetings: [meeting] } } })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('9999-12-31T09:59:59Z')
    expect(snapshot(emulator)).toBe(before)
  })

  test('Zoom’s daily-limit Retry-After on the range’s last day says its end, not a fifth-digit year', async () => {
    const emulator = createTestEmulator({ now: '9999-12-31T00:00:00Z' })
    const { zoom } = demoClients(emulator)
    for (let i = 0; i < 100; i++)
      expect(
        (await zoom.meetings.create(DEMO.hostId, { topic: `M${i}`, duration: 30 })).error,
      ).toBeUndefined()
    const { error } = await zoom.meetings.create(DEMO.hostId, { topic: 'One too many', duration: 30 })
    expect(error).toMatchObject({ status: 429, retryAfter: '9999-12-31T23:59:59Z' })
  })

  test('in the years 0001–0099 a recurring meeting’s occurrences fall in that year, not 1900 years on', async () => {
    const emulator = createTestEmulator({ now: '0050-03-01T00:00:00Z' })
    const { zoom } = demoClients(emulator)
    const { data } = await zoom.meetings.create(DEMO.hostId, {
      topic: 'Antiquity',
      type: 8,
      start_time: '0050-03-02T10:00:00Z',
      recurrence: { type: 1, end_times: 3 },
    })
    expect(data?.occurrences?.map((o) => o.start_time)).toEqual([
      '0050-03-02T10:00:00Z',
      '0050-03-03T10:00:00Z',
      '0050-03-04T10:00:00Z',
    ])
  })
})
