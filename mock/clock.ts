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
}

export const toEpochMs = (instant: number | string | Date): number => {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`)
  return ms
}

export function createClock(options: ClockOptions = {}): Clock {
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
