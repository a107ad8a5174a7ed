/** @module Zoom's time formats and IANA time zones: GMT `yyyy-MM-ddTHH:mm:ssZ`, local wall times, zone offsets. */

export interface LocalDateTime {
  year: number
  /** 1–12. */
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const START_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/

/** Zoom's GMT form of an instant, without milliseconds. */
export const formatGmt = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`

const FORMAT: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
}

/** True for a named IANA zone (`Asia/Singapore`, `UTC`, aliases such as `Asia/Calcutta`); offsets and abbreviations are not zones to Zoom. */
export function isIanaTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** Zone offsets change at most once in this span, so equal offsets at both ends hold throughout. */
const OFFSET_SPAN_MS = 15 * 60_000
const MAX_KEPT_OFFSETS = 100_000

/**
 * Zones' rules as Intl reads them, with what was read kept: a formatter per zone (a new one costs
 * several times a reading) and each zone's offset per span. The emulator keeps one per world
 * (mock/services/zoom/meeting-view.ts `timeZonesOf`); a function given none reads with a new one.
 */
export class TimeZones {
  /** By IANA zone: bounded by the zone database, as a name Intl refuses throws before it is kept. */
  readonly #formatters = new Map<string, Intl.DateTimeFormat>()
  /** `zone|span index` → the zone's offset over the whole span, or null when it changes inside it. */
  readonly #offsets = new Map<string, number | null>()

  #formatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = this.#formatters.get(timeZone)
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, ...FORMAT })
      this.#formatters.set(timeZone, formatter)
    }
    return formatter
  }

  #exactOffset(second: number, timeZone: string): number {
    const parts = Object.fromEntries(
      this.#formatter(timeZone)
        .formatToParts(new Date(second))
        .map((p) => [p.type, Number(p.value)]),
    ) as Record<string, number>
    const local = {
      year: parts.year ?? 0,
      month: parts.month ?? 1,
      day: parts.day ?? 1,
      hour: parts.hour ?? 0,
      minute: parts.minute ?? 0,
      second: parts.second ?? 0,
    }
    return asUtc(local) - second
  }

  /** The zone's offset from UTC (ms) at a whole second. */
  offsetAt(second: number, timeZone: string): number {
    const span = Math.floor(second / OFFSET_SPAN_MS)
    const key = `${timeZone}|${span}`
    let offset = this.#offsets.get(key)
    if (offset === undefined) {
      const first = this.#exactOffset(span * OFFSET_SPAN_MS, timeZone)
      offset = first === this.#exactOffset((span + 1) * OFFSET_SPAN_MS - 1000, timeZone) ? first : null
      if (this.#offsets.size >= MAX_KEPT_OFFSETS) this.#offsets.clear()
      this.#offsets.set(key, offset)
    }
    return offset ?? this.#exactOffset(second, timeZone)
  }
}

/** The wall-clock time in a zone at an instant. */
export function toLocal(ms: number, timeZone: string, zones = new TimeZones()): LocalDateTime {
  const second = Math.floor(ms / 1000) * 1000
  const wall = new Date(second + zones.offsetAt(second, timeZone))
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  }
}

/** `Date.UTC` for every year: `Date.UTC` itself reads the years 0–99 as 1900–1999. */
export function utcMs(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

const asUtc = (t: LocalDateTime): number => utcMs(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)

/** The instant a wall-clock time in a zone denotes (the earlier one when DST makes it ambiguous). */
export function fromLocal(local: LocalDateTime, timeZone: string, zones = new TimeZones()): number {
  const guess = asUtc(local)
  let instant = guess
  for (let i = 0; i < 3; i++) {
    const offset = asUtc(toLocal(instant, timeZone, zones)) - instant
    instant = guess - offset
  }
  return instant
}

/**
 * Parses a `start_time`: with `Z` it is GMT; without, a wall time in `timeZone`. Undefined when
 * the text is not one of those two forms or names no real date.
 */
export function parseStartTime(text: string, timeZone: string, zones = new TimeZones()): number | undefined {
  const m = START_TIME.exec(text)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const local = { year, month, day, hour, minute, second }
  const check = new Date(asUtc(local))
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1
  )
    return undefined
  return m[7] === 'Z' ? asUtc(local) : fromLocal(local, timeZone, zones)
}

/** Days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  new Date(utcMs(year, month, 0)).getUTCDate()

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export const weekday = (year: number, month: number, day: number): number =>
  new Date(utcMs(year, month - 1, day)).getUTCDay()
