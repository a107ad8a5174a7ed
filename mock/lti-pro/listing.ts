/** @module How LTI Pro shows a Zoom meeting in its list: effective start, status and local start time. */
import type { ZoomMeeting, ZoomRecurrence, ZoomUser } from '../zoom/state.js'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export interface LtiMeetingItem {
  meetingId: string
  meetingNumber: string
  hostId: string
  topic: string
  startTime: string
  duration: number
  timezone: string
  pmi: string | null
  type: ZoomMeeting['type']
  status: 0 | 1 | 2
}

/** A meeting as the list sees it: where it stands in time relative to now. */
export interface Scheduled {
  meeting: ZoomMeeting
  /** The start the list shows and sorts by. */
  start: number
  ended: boolean
  status: 0 | 1 | 2
}

/**
 * Occurrence starts of a type 8 meeting: the first start_time stepped by the recurrence interval
 * (days, weeks or calendar months), `end_times` of them (default 1, at most 60) or until
 * `end_date_time`. Fidelity gap: weekly_days and monthly_day/week are not expanded here.
 */
function occurrences(first: number, recurrence: ZoomRecurrence): number[] {
  const interval = Math.max(1, recurrence.repeat_interval ?? 1)
  const until = recurrence.end_date_time ? Date.parse(recurrence.end_date_time) : undefined
  const count = until === undefined ? Math.min(60, Math.max(1, recurrence.end_times ?? 1)) : 60
  const starts: number[] = []
  for (let k = 0; k < count; k++) {
    const at =
      recurrence.type === 3
        ? new Date(first).setUTCMonth(new Date(first).getUTCMonth() + k * interval)
        : first + k * interval * (recurrence.type === 2 ? 7 * DAY : DAY)
    if (until !== undefined && at > until) break
    starts.push(at)
  }
  return starts
}

/** Type 3 has no fixed time: it shows its creation time, is never ended and never started. */
export function schedule(meeting: ZoomMeeting, now: number): Scheduled {
  if (meeting.type === 3 || !meeting.start_time)
    return { meeting, start: Date.parse(meeting.created_at), ended: false, status: 0 }
  const length = meeting.duration * MINUTE
  const first = Date.parse(meeting.start_time)
  const starts = meeting.type === 8 && meeting.recurrence ? occurrences(first, meeting.recurrence) : [first]
  const start = starts.find((s) => now < s + length) ?? starts[starts.length - 1] ?? first
  const ended = now >= start + length
  return { meeting, start, ended, status: ended ? 2 : start <= now ? 1 : 0 }
}

/** Upcoming: ascending by start; historical: descending. Ties by meeting number, the same way round. */
export function compareForList(upcoming: boolean) {
  return (a: Scheduled, b: Scheduled): number => {
    const order = a.start - b.start || a.meeting.id - b.meeting.id
    return upcoming ? order : -order
  }
}

const dateTimeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

/** `yyyy-MM-dd HH:mm:ss` in the given IANA zone (UTC when the zone is unknown). */
export function localDateTime(ms: number, timeZone: string): string {
  let format: Intl.DateTimeFormat
  try {
    format = dateTimeFormat(timeZone)
  } catch {
    format = dateTimeFormat('UTC')
  }
  const parts = format.formatToParts(ms)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}

export const toListItem = (
  { meeting, start, status }: Scheduled,
  host: ZoomUser | undefined,
): LtiMeetingItem => ({
  meetingId: meeting.uuid,
  meetingNumber: String(meeting.id),
  hostId: meeting.host_id,
  topic: meeting.topic,
  startTime: localDateTime(start, meeting.timezone),
  duration: meeting.duration,
  timezone: meeting.timezone,
  pmi: meeting.settings.use_pmi && host ? String(host.pmi) : null,
  type: meeting.type,
  status,
})
