/** @module The emulator's clock: wall time plus an offset, or frozen at a chosen instant; always within CLOCK_RANGE. */
import { badInput } from '../control/errors.js'

export interface Clock {
  /** Milliseconds since the epoch, as the emulator sees them. */
  now(): number
  /** Jumps to an instant; a frozen clock stays frozen there. */
  set(instant: number | string | Date): void
  advance(ms: number): void
  /** How far the emulator's time is from the wall clock. */
  offsetMs(): number
  /** Back to how it was made: following the wall clock, or frozen at the first instant. */
  reset(): void
}

export interface ClockOptions {
  /** Freezes the clock at this instant; time then moves only through `set` and `advance`. */
  now?: number | string | Date
  /** Keep the time in this source instead (starting it at `now`); see TimeSource. */
  source?: TimeSource
}

/**
 * A time kept outside the clock, e.g. vitest's mocked `Date` (useEmulator): the clock reads it and
 * its `set`/`advance`/`reset` write it, so code reading that time and the emulator always agree.
 */
export interface TimeSource {
  now(): number
  set(ms: number): void
  /** The real wall clock, for `offsetMs`. */
  wallNow(): number
}

/**
 * Every instant the clock can show: years 0001 to 9999, so that each time the emulator emits is
 * RFC 3339 (four-digit years). Every way of setting the clock is held to it, refusing with clockRangeError.
 */
export const CLOCK_RANGE = {
  min: Date.parse('0001-01-01T00:00:00.000Z'),
  max: Date.parse('9999-12-31T23:59:59.999Z'),
} as const

/** The largest move `advance` can make (from one end of the range to the other). */
export const MAX_ADVANCE_MS = CLOCK_RANGE.max - CLOCK_RANGE.min

const RANGE_TEXT = `from ${new Date(CLOCK_RANGE.min).toISOString()} to ${new Date(CLOCK_RANGE.max).toISOString()}`

/** The refusal of an instant outside CLOCK_RANGE (a ControlError, 400); `what` says what was asked. */
export const clockRangeError = (what: string) =>
  badInput(`The clock only shows instants ${RANGE_TEXT}; ${what} is outside that range.`)

const describe = (ms: number) => {
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? `${ms} ms since the epoch` : date.toISOString()
}

/** Milliseconds since the epoch of an instant within CLOCK_RANGE, or a ControlError (400) saying why not. */
export function clockInstant(instant: number | string | Date): number {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant
  if (typeof ms !== 'number' || Number.isNaN(ms))
    throw badInput(`Not a valid instant: ${JSON.stringify(instant) ?? String(instant)}.`)
  if (ms < CLOCK_RANGE.min || ms > CLOCK_RANGE.max) throw clockRangeError(describe(ms))
  return ms
}

export function createClock(options: ClockOptions = {}): Clock {
  if (options.source) return sourcedClock(options.source, options.now)
  const frozen = options.now !== undefined
  const start = frozen ? clockInstant(options.now as number | string | Date) : 0
  let offset = 0
  let frozenAt = start
  // The wall clock moves on: a following clock set near the end of the range stops at its end.
  const now = () => (frozen ? frozenAt : Math.min(Date.now() + offset, CLOCK_RANGE.max))
  const set = (ms: number) => {
    if (frozen) frozenAt = ms
    else offset = ms - Date.now()
  }
  return {
    now,
    set: (instant) => set(clockInstant(instant)),
    advance(ms) {
      if (!Number.isFinite(ms)) throw badInput(`Not a number of milliseconds: ${ms}.`)
      const from = now()
      const to = from + ms
      if (to < CLOCK_RANGE.min || to > CLOCK_RANGE.max)
        throw clockRangeError(`advancing ${describe(from)} by ${ms} ms`)
      set(to)
    },
    offsetMs: () => (frozen ? frozenAt - Date.now() : offset),
    reset() {
      offset = 0
      frozenAt = start
    },
  }
}

/** A frozen clock checks every change; the source then takes the instant it arrived at. */
function sourcedClock(source: TimeSource, start: ClockOptions['now']): Clock {
  const checked = createClock({ now: start ?? source.now() })
  const move = (change: () => void) => {
    checked.set(source.now())
    change()
    source.set(checked.now())
  }
  source.set(checked.now())
  return {
    now: () => source.now(),
    set: (instant) => move(() => checked.set(instant)),
    advance: (ms) => move(() => checked.advance(ms)),
    offsetMs: () => source.now() - source.wallNow(),
    reset() {
      checked.reset()
      source.set(checked.now())
    },
  }
}
