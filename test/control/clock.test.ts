/** @module Control API: the clock, over HTTP and in-process. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
import { control } from './helpers.js'

const iso = (ms: number) => new Date(ms).toISOString()

describe('the clock', () => {
  test('GET answers the world time and its offset from the wall clock', async () => {
    const emulator = createTestEmulator()
    const { status, body } = await control(emulator, 'GET', '/clock')
    expect(status).toBe(200)
    expect(body).toEqual({ now: iso(T0), offsetMs: expect.any(Number) })
  })

  test('POST {advanceMs} moves it forward and answers the new clock', async () => {
    const emulator = createTestEmulator()
    const { status, body } = await control(emulator, 'POST', '/clock', { body: { advanceMs: 3_660_000 } })
    expect(status).toBe(200)
    expect(body).toMatchObject({ now: iso(T0 + 3_660_000) })
    expect(emulator.clock.now()).toBe(T0 + 3_660_000)
  })

  test('POST {now} jumps to that instant', async () => {
    const emulator = createTestEmulator()
    const { body } = await control(emulator, 'POST', '/clock', { body: { now: '2027-01-01T00:00:00Z' } })
    expect(body).toMatchObject({ now: '2027-01-01T00:00:00.000Z' })
    expect(emulator.clockState().now).toBe('2027-01-01T00:00:00.000Z')
  })

  test.each([
    ['no field', {}, 'exactly one'],
    ['both fields', { now: '2027-01-01T00:00:00Z', advanceMs: 1 }, 'exactly one'],
    ['a date that is not ISO', { now: 'tomorrow' }, 'ISO instant'],
    ['a boolean as now', { now: true }, 'ISO instant'],
    ['a fractional advance', { advanceMs: 1.5 }, 'whole number'],
    ['an advance given as text', { advanceMs: '60000' }, 'whole number'],
    ['an unknown field', { advanceMs: 1, by: 'me' }, 'unknown field "by"'],
    ['not JSON', '{"advanceMs":', 'JSON body'],
  ])('POST with %s is a 400 that says why, and the clock does not move', async (_, body, why) => {
    const emulator = createTestEmulator()
    const answer = await control(emulator, 'POST', '/clock', { body })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: expect.stringContaining(why) })
    expect(emulator.clock.now()).toBe(T0)
  })

  test('in-process setClock does the same as POST and refuses the same input', () => {
    const emulator = createTestEmulator()
    expect(emulator.setClock({ advanceMs: 1000 }).now).toBe(iso(T0 + 1000))
    expect(() => emulator.setClock({ advanceMs: Number.NaN })).toThrow(/advanceMs/)
    expect(emulator.clock.now()).toBe(T0 + 1000)
  })
})
