/** @module The emulator's clock: wall time plus an offset, or frozen at a chosen instant. */

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

export const toEpochMs = (instant: number | string | Date): number => {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`)
  return ms
}

export function createClock(options: ClockOptions = {}): Clock {
  if (options.source) return sourcedClock(options.source, options.now)
  const frozen = options.now !== undefined
  const start = frozen ? toEpochMs(options.now as number | string | Date) : 0
  let offset = 0
  let frozenAt = start
  return {
    now: () => (frozen ? frozenAt : Date.now() + offset),
    set(instant) {
      const ms = toEpochMs(instant)
      if (frozen) frozenAt = ms
      else offset = ms - Date.now()
    },
    advance(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`Not a number of milliseconds: ${ms}`)
      if (frozen) frozenAt += ms
      else offset += ms
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
