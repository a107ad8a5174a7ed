/** @module createEmulator({ timeSource }): the default world's clock keeps its time in a source that others read too. */
import { describe, expect, test } from 'vitest'
import { ControlError } from '../../mock/control/errors.js'
import type { TimeSource } from '../../mock/core/clock.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { control } from './helpers.js'

/** A settable time, as a test's fake Date would be, that others may move too. */
function settableTime(wall: number) {
  const time = { ms: Number.NaN, sets: 0 }
  const source: TimeSource = {
    now: () => time.ms,
    set: (ms) => {
      time.ms = ms
      time.sets++
    },
    wallNow: () => wall,
  }
  return { time, source }
}

describe('a default world clock kept in a time source', () => {
  test('starts the source at now and seeds the world on it', () => {
    const { time, source } = settableTime(T0 - 5000)
    const emulator = createTestEmulator({ timeSource: source })
    expect(time.ms).toBe(T0)
    expect(emulator.clockState()).toEqual({ now: new Date(T0).toISOString(), offsetMs: 5000 })
  })

  test('follows the source when something else moves it, and moves it when told to', async () => {
    const { time, source } = settableTime(T0)
    const emulator = createTestEmulator({ timeSource: source })
    time.ms = T0 + 60_000
    expect(emulator.clock.now()).toBe(T0 + 60_000)
    await control(emulator, 'POST', '/clock', { body: { advanceMs: 1000 } })
    expect(time.ms).toBe(T0 + 61_000)
    emulator.importState({ ...emulator.exportState(), clock: { now: '2027-01-01T00:00:00Z' } })
    expect(time.ms).toBe(Date.parse('2027-01-01T00:00:00Z'))
    emulator.reset()
    expect(time.ms).toBe(T0)
  })

  test('leaves the source untouched when a change is refused', async () => {
    const { time, source } = settableTime(T0)
    const emulator = createTestEmulator({ timeSource: source })
    const sets = time.sets
    expect((await control(emulator, 'POST', '/clock', { body: { advanceMs: 1.5 } })).status).toBe(400)
    expect(() => emulator.clock.set('not a date')).toThrow(ControlError)
    expect(() => emulator.clock.advance(Number.POSITIVE_INFINITY)).toThrow(ControlError)
    expect([time.ms, time.sets]).toEqual([T0, sets])
  })

  test('gives sandboxes clocks of their own', () => {
    const { time, source } = settableTime(T0)
    const emulator = createTestEmulator({ timeSource: source })
    const sandbox = emulator.createSandbox()
    sandbox.clock.advance(1000)
    expect(time.ms).toBe(T0)
    expect(sandbox.clock.now()).toBe(T0 + 1000)
  })
})
