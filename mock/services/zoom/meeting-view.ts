/**
 * @module How a stored meeting reads: its derived status, its computed occurrences and URLs, its list item.
 * `status` comes from the world clock: `started` from start to start + duration (of any occurrence),
 * `finished` after the (last) end, `waiting` before and always for type 3.
 */
import type { components } from '../../../src/generated/zoom.js'
import { occurrenceStarts, toOccurrences } from '../../../src/zoom/recurrence.js'
import { joinUrl, startUrl } from '../../../src/zoom/urls.js'
import type { ZoomMeeting } from './state.js'

export type MeetingView = components['schemas']['Meeting']
export type MeetingListItem = components['schemas']['MeetingListItem']
type Status = MeetingView['status']

const MINUTE = 60_000

interface CachedStarts {
  start_time: string
  timezone: string
  recurrence: ZoomMeeting['recurrence']
  deleted_occurrences: ZoomMeeting['deleted_occurrences']
  starts: readonly number[]
}

/** Occurrences of recurring meetings, by meeting object; reused while the fields they derive from are the same. */
const recurringStarts = new WeakMap<ZoomMeeting, CachedStarts>()

function recurringStartsOf(m: ZoomMeeting & { start_time: string; recurrence: object }): readonly number[] {
  const cached = recurringStarts.get(m)
  if (
    cached?.start_time === m.start_time &&
    cached.timezone === m.timezone &&
    cached.recurrence === m.recurrence &&
    cached.deleted_occurrences === m.deleted_occurrences
  )
    return cached.starts
  const deleted = new Set(m.deleted_occurrences ?? [])
  const starts = occurrenceStarts(Date.parse(m.start_time), m.timezone, m.recurrence).filter(
    (at) => !deleted.has(String(at)),
  )
  const { start_time, timezone, recurrence, deleted_occurrences } = m
  recurringStarts.set(m, { start_time, timezone, recurrence, deleted_occurrences, starts })
  return starts
}

/** Start instants of every occurrence still on the calendar: one for types 1 and 2, none for type 3. */
export function occurrenceStartsOf(m: ZoomMeeting): readonly number[] {
  if (m.start_time === undefined || m.type === 3) return []
  if (m.type !== 8 || !m.recurrence) return [Date.parse(m.start_time)]
  return recurringStartsOf(m as ZoomMeeting & { start_time: string; recurrence: object })
}

export function meetingStatus(m: ZoomMeeting, now: number): Status {
  const starts = occurrenceStartsOf(m)
  if (starts.length === 0) return m.type === 3 ? 'waiting' : 'finished'
  if (starts.some((at) => at <= now && now < at + m.duration * MINUTE)) return 'started'
  const lastEnd = Math.max(...starts) + m.duration * MINUTE
  return now >= lastEnd ? 'finished' : 'waiting'
}

/** The full meeting object of GET and POST; occurrences already over are left out unless asked for. */
export function meetingView(m: ZoomMeeting, now: number, showPreviousOccurrences = false): MeetingView {
  const { deleted_occurrences, recurrence, start_time, ...stored } = m
  const view: MeetingView = {
    ...stored,
    status: meetingStatus(m, now),
    ...(start_time === undefined ? {} : { start_time }),
    start_url: startUrl(m),
    join_url: joinUrl(m),
    settings: { ...m.settings, continuous_meeting_chat: { ...m.settings.continuous_meeting_chat } },
  }
  if (recurrence) view.recurrence = { ...recurrence }
  if (m.type === 8 && m.start_time !== undefined && recurrence) {
    const deleted = new Set(deleted_occurrences ?? [])
    const all = toOccurrences(
      occurrenceStarts(Date.parse(m.start_time), m.timezone, recurrence),
      m.duration,
    ).map((o) => (deleted.has(o.occurrence_id) ? { ...o, status: 'deleted' as const } : o))
    view.occurrences = showPreviousOccurrences
      ? all
      : all.filter((o) => Date.parse(o.start_time) + m.duration * MINUTE > now)
  }
  return view
}

/** Whether plain data (objects, arrays, primitives) still equals a copy of it taken earlier. */
function sameData(now: unknown, then: unknown): boolean {
  if (now === then) return true
  if (typeof now !== 'object' || typeof then !== 'object' || now === null || then === null) return false
  const keys = Object.keys(now)
  if (keys.length !== Object.keys(then).length) return false
  const a = now as Record<string, unknown>
  const b = then as Record<string, unknown>
  return keys.every((key) => sameData(a[key], b[key]))
}

interface CachedView {
  status: Status
  /** The meeting as it was when the JSON was made: an edit made in place, not through the store, shows against it. */
  copy: ZoomMeeting
  json: string
}

/** Meetings without occurrences, whose view changes with their fields and status alone. */
const cachedViews = new WeakMap<ZoomMeeting, CachedView>()

/** `meetingView` as JSON; reused while the meeting and its status stay the same, unless it lists occurrences. */
export function meetingViewJson(m: ZoomMeeting, now: number, showPreviousOccurrences = false): string {
  if (m.type === 8 && m.start_time !== undefined && m.recurrence)
    return JSON.stringify(meetingView(m, now, showPreviousOccurrences))
  const status = meetingStatus(m, now)
  const cached = cachedViews.get(m)
  if (cached?.status === status && sameData(m, cached.copy)) return cached.json
  const json = JSON.stringify(meetingView(m, now))
  cachedViews.set(m, { status, copy: structuredClone(m), json })
  return json
}

export const meetingListItem = (m: ZoomMeeting): MeetingListItem => ({
  uuid: m.uuid,
  id: m.id,
  host_id: m.host_id,
  topic: m.topic,
  type: m.type,
  ...(m.start_time === undefined ? {} : { start_time: m.start_time }),
  duration: m.duration,
  timezone: m.timezone,
  agenda: m.agenda,
  created_at: m.created_at,
  join_url: joinUrl(m),
})
