/** @module How the dashboard words times, relative to a world's clock. */

export const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** `2026-11-22 12:00:00 UTC`. */
export const utc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`

/** `Mon 23 Nov 2026, 20:00` in the given IANA zone (UTC when the zone is unknown). */
export function inZone(ms: number, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(ms)
  } catch {
    return `${new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(ms)} UTC`
  }
}

/** `2 d 3 h`, `45 min`, `0 min`: the size of a duration, rounded down to minutes. */
export function span(ms: number): string {
  const abs = Math.abs(ms)
  const days = Math.floor(abs / DAY)
  const hours = Math.floor((abs % DAY) / HOUR)
  const minutes = Math.floor((abs % HOUR) / MINUTE)
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`
  return `${minutes} min`
}

/** `in 2 d 3 h` or `3 h ago`. */
export const relative = (ms: number, now: number): string =>
  ms >= now ? `in ${span(ms - now)}` : `${span(now - ms)} ago`

/** `+1 d 2 h`, `−30 min` or `none`. */
export const offset = (ms: number): string =>
  Math.abs(ms) < MINUTE ? 'none' : `${ms > 0 ? '+' : '−'}${span(ms)}`
