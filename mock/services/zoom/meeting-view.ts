/**
 * @module How a stored meeting reads: its derived status, its computed occurrences and URLs, its list item.
 * The schedule's status comes from the world clock: `started` from start to start + duration (of any
 * occurrence), `finished` after the (last) end, `waiting` before and always for type 3; the lists
 * use it (but `live`, which lists the meetings with a live instance). A meeting object's `status` is `started` while an instance of it is live (happenings.ts),
 * else `waiting`, the only other status Zoom's spec gives it.
 */
import type { components } from '../../../src/generated/zoom.js'
import { occurrenceStarts, toOccurrences } from '../../../src/zoom/recurrence.js'
import { TimeZones } from '../../../src/zoom/time.js'
import { joinUrl, registrationUrl, startUrl } from '../../../src/zoom/urls.js'
import { type MeetingTable, TIME_ZONES_MEMO, type ZoomMeeting } from './state.js'

export type MeetingView = components['schemas']['Meeting']
export type MeetingListItem = components['schemas']['MeetingListItem']
/** The clock's verdict on a meeting; `finished` sorts the lists and never reaches a meeting object. */
export type MeetingStatus = MeetingView['status'] | 'finished'

const MINUTE = 60_000

/** What occurrences are worked out from: a meeting, or a webinar with its type read as a meeting's (5→2, 6→3, 9→8). */
export type ScheduledEvent = Pick<
  ZoomMeeting,
  'start_time' | 'timezone' | 'recurrence' | 'deleted_occurrences' | 'duration'
> & {
  type: number
}

/** The world's time zones (what Intl said of each zone, read once): kept with its meetings table, which starts with the emulator's (state.ts). */
export const timeZonesOf = (meetings: MeetingTable): TimeZones =>
  meetings.memo(TIME_ZONES_MEMO, [], () => new TimeZones())

/** Start instants of every occurrence still on the calendar (deleted ones left out). */
export function scheduledStarts(m: ScheduledEvent, zones?: TimeZones): readonly number[] {
  if (m.start_time === undefined || m.type === 3) return []
  if (m.type !== 8 || !m.recurrence) return [Date.parse(m.start_time)]
  const deleted = new Set(m.deleted_occurrences ?? [])
  return occurrenceStarts(Date.parse(m.start_time), m.timezone, m.recurrence, zones).filter(
    (at) => !deleted.has(String(at)),
  )
}

/**
 * Start instants of every occurrence still on the calendar: one for types 1 and 2, none for type 3.
 * Given the table `m` is stored in, a recurring meeting's are worked out once per write of it.
 */
export function occurrenceStartsOf(m: ZoomMeeting, meetings?: MeetingTable): readonly number[] {
  if (!meetings || m.type !== 8) return scheduledStarts(m)
  return meetings.derive(m, 'occurrence-starts', [], () => scheduledStarts(m, timeZonesOf(meetings)))
}

export function meetingStatus(m: ZoomMeeting, now: number, meetings?: MeetingTable): MeetingStatus {
  const starts = occurrenceStartsOf(m, meetings)
  if (starts.length === 0) return m.type === 3 ? 'waiting' : 'finished'
  if (starts.some((at) => at <= now && now < at + m.duration * MINUTE)) return 'started'
  const lastEnd = Math.max(...starts) + m.duration * MINUTE
  return now >= lastEnd ? 'finished' : 'waiting'
}

/** The type a meeting reads as: 4 while it uses its host's PMI. */
export const shownType = (m: ZoomMeeting) => (m.pmi === undefined ? m.type : 4)

/**
 * The full meeting object of GET and POST; occurrences already over are left out unless asked for.
 * `live`: whether an instance of it is live (what happened, see happenings.ts); else the schedule's verdict.
 */
export function meetingView(
  m: ZoomMeeting,
  now: number,
  showPreviousOccurrences = false,
  live = meetingStatus(m, now) === 'started',
  zones?: TimeZones,
): MeetingView {
  const { deleted_occurrences: _, recurrence, start_time, tracking_fields, ...stored } = m
  const view: MeetingView = {
    ...stored,
    type: shownType(m),
    status: live ? 'started' : 'waiting',
    ...(start_time === undefined ? {} : { start_time }),
    start_url: startUrl(m),
    join_url: joinUrl(m),
    ...(m.settings.approval_type === 2 ? {} : { registration_url: registrationUrl(m) }),
    settings: { ...m.settings, continuous_meeting_chat: { ...m.settings.continuous_meeting_chat } },
  }
  if (tracking_fields) view.tracking_fields = tracking_fields.map((t) => ({ ...t }))
  if (recurrence) view.recurrence = { ...recurrence }
  if (m.type === 8) {
    const occurrences = occurrenceList(m, now, showPreviousOccurrences, zones)
    if (occurrences) view.occurrences = occurrences
  }
  return view
}

/** A recurring event's occurrences as its object lists them (deleted ones marked); those over are left out unless asked for. */
export function occurrenceList(m: ScheduledEvent, now: number, showPrevious: boolean, zones?: TimeZones) {
  if (m.start_time === undefined || !m.recurrence) return undefined
  const deleted = new Set(m.deleted_occurrences ?? [])
  const all = toOccurrences(
    occurrenceStarts(Date.parse(m.start_time), m.timezone, m.recurrence, zones),
    m.duration,
  ).map((o) => (deleted.has(o.occurrence_id) ? { ...o, status: 'deleted' as const } : o))
  return showPrevious ? all : all.filter((o) => Date.parse(o.start_time) + m.duration * MINUTE > now)
}

/** `meetingView` of a meeting stored in `meetings`, as JSON; kept with the meeting while its status stays the same, unless it lists occurrences. */
export function meetingViewJson(
  meetings: MeetingTable,
  m: ZoomMeeting,
  now: number,
  showPreviousOccurrences: boolean,
  live: boolean,
): string {
  if (m.type === 8 && m.start_time !== undefined && m.recurrence)
    return JSON.stringify(meetingView(m, now, showPreviousOccurrences, live, timeZonesOf(meetings)))
  return meetings.derive(m, 'view-json', [live], () => JSON.stringify(meetingView(m, now, false, live)))
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
