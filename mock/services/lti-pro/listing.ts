/** @module How LTI Pro shows a Zoom meeting in its list: effective start, status and local start time. */
import { type LocalDateTime, type TimeZones, toLocal } from '../../../src/zoom/time.js'
import type { Timed } from '../../core/lib/timeline.js'
import { occurrenceStartsOf, timeZonesOf } from '../zoom/meeting-view.js'
import type { MeetingTable, ZoomMeeting, ZoomUser } from '../zoom/state.js'

const MINUTE = 60_000

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
  status: LtiStatus
}

/** A meeting as the list sees it: where it stands in time relative to now. */
export interface Scheduled {
  meeting: ZoomMeeting
  /** The start the list shows and sorts by. */
  start: number
  ended: boolean
  status: LtiStatus
}

/** 0 not started, 1 started, 2 ended. */
export type LtiStatus = 0 | 1 | 2

/** LTI Pro's status of an occurrence from `start` to `end` at `now`. */
export const ltiStatus = (start: number, end: number, now: number): LtiStatus =>
  now >= end ? 2 : start <= now ? 1 : 0

/** Type 3 has no fixed time: it shows its creation time, is never ended and never started. */
export function schedule(meeting: ZoomMeeting, now: number, meetings?: MeetingTable): Scheduled {
  if (meeting.type === 3 || !meeting.start_time)
    return { meeting, start: Date.parse(meeting.created_at), ended: false, status: 0 }
  const length = meeting.duration * MINUTE
  const first = Date.parse(meeting.start_time)
  const starts = occurrenceStartsOf(meeting, meetings)
  const start = starts.find((s) => now < s + length) ?? starts[starts.length - 1] ?? first
  return scheduleFixed({ meeting, start, end: start + length }, now)
}

/** What `schedule` says of a meeting with one fixed occurrence, from its timeline entry. */
export const scheduleFixed = ({ meeting, start, end }: Timed<ZoomMeeting>, now: number): Scheduled => {
  const status = ltiStatus(start, end, now)
  return { meeting, start, ended: status === 2, status }
}

/** Upcoming: ascending by start; historical: descending. Ties by meeting number, the same way round. */
export function compareForList(upcoming: boolean) {
  return (a: Scheduled, b: Scheduled): number => {
    const order = a.start - b.start || a.meeting.id - b.meeting.id
    return upcoming ? order : -order
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `yyyy-MM-dd HH:mm:ss` in the given IANA zone (UTC when the zone is unknown). */
export function localDateTime(ms: number, timeZone: string, zones?: TimeZones): string {
  let t: LocalDateTime
  try {
    t = toLocal(ms, timeZone, zones)
  } catch {
    t = toLocal(ms, 'UTC', zones)
  }
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`
}

const pmiOf = (meeting: ZoomMeeting, host: ZoomUser | undefined): string | null =>
  meeting.settings.use_pmi && host ? String(host.pmi) : null

export const toListItem = (
  { meeting, start, status }: Scheduled,
  host: ZoomUser | undefined,
  zones?: TimeZones,
): LtiMeetingItem => ({
  meetingId: meeting.uuid,
  meetingNumber: String(meeting.id),
  hostId: meeting.host_id,
  topic: meeting.topic,
  startTime: localDateTime(start, meeting.timezone, zones),
  duration: meeting.duration,
  timezone: meeting.timezone,
  pmi: pmiOf(meeting, host),
  type: meeting.type,
  status,
})

export interface MeetingPage {
  pageNum: number
  pageSize: number
  total: number
  /** Each item of the page as JSON. */
  listJson: readonly string[]
}

/** `toListItem` as JSON, kept with the meeting in `meetings` while its start, status and PMI stay the same: most pages list the same items again. */
export function listItemJson(
  meetings: MeetingTable,
  scheduled: Scheduled,
  host: ZoomUser | undefined,
): string {
  const { meeting, start, status } = scheduled
  const deps = [start, status, pmiOf(meeting, host)]
  return meetings.derive(meeting, 'lti-list-item', deps, () =>
    JSON.stringify(toListItem(scheduled, host, timeZonesOf(meetings))),
  )
}

/** LTI Pro's answer `{"status":true,"result":page}`. */
export const listAnswerJson = ({ pageNum, pageSize, total, listJson }: MeetingPage): string =>
  `{"status":true,"result":{"pageNum":${pageNum},"pageSize":${pageSize},"total":${total},"list":[${listJson.join(',')}]}}`
