/** @module How the dashboard words times and meeting timing, relative to a world's clock. */
import { occurrenceStartsOf } from '../services/zoom/meeting-view.js'
import type { ZoomMeeting } from '../services/zoom/state.js'

const MINUTE = 60_000
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

export type Phase = 'upcoming' | 'live' | 'past'

export interface Timing {
  phase: Phase
  /** Absent for meetings without a fixed time (type 3). */
  start?: number
  end?: number
}

/** When a meeting starts and ends (its last occurrence), and where it stands, by Zoom's own occurrence rules. */
export function timingOf(meeting: ZoomMeeting, now: number): Timing {
  const starts = occurrenceStartsOf(meeting)
  const start = starts[0]
  if (start === undefined) return { phase: meeting.type === 3 ? 'upcoming' : 'past' }
  const end = Math.max(...starts) + meeting.duration * MINUTE
  const phase: Phase = end <= now ? 'past' : start <= now ? 'live' : 'upcoming'
  return { phase, start, end }
}

export const MEETING_TYPES: Record<ZoomMeeting['type'], string> = {
  1: 'instant',
  2: 'scheduled',
  3: 'recurring, no fixed time',
  8: 'recurring',
}
