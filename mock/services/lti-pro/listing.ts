/** @module How LTI Pro shows a Zoom meeting in its list: effective start, status and local start time. */
import { type LocalDateTime, toLocal } from '../../../src/zoom/time.js'
import type { Timed } from '../../core/lib/timeline.js'
import { occurrenceStartsOf } from '../zoom/meeting-view.js'
import type { ZoomMeeting, ZoomUser } from '../zoom/state.js'

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

/** Type 3 has no fixed time: it shows its creation time, is never ended and never started. */
export function schedule(meeting: ZoomMeeting, now: number): Scheduled {
  if (meeting.type === 3 || !meeting.start_time)
    return { meeting, start: Date.parse(meeting.created_at), ended: false, status: 0 }
  const length = meeting.duration * MINUTE
  const first = Date.parse(meeting.start_time)
  const starts = occurrenceStartsOf(meeting)
  const start = starts.find((s) => now < s + length) ?? starts[starts.length - 1] ?? first
  const ended = now >= start + length
  return { meeting, start, ended, status: ended ? 2 : start <= now ? 1 : 0 }
}

/** What `schedule` says of a meeting with one fixed occurrence, from its timeline entry. */
export const scheduleFixed = ({ meeting, start, end }: Timed, now: number): Scheduled => ({
  meeting,
  start,
  ended: now >= end,
  status: now >= end ? 2 : start <= now ? 1 : 0,
})

/** Upcoming: ascending by start; historical: descending. Ties by meeting number, the same way round. */
export function compareForList(upcoming: boolean) {
  return (a: Scheduled, b: Scheduled): number => {
    const order = a.start - b.start || a.meeting.id - b.meeting.id
    return upcoming ? order : -order
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `yyyy-MM-dd HH:mm:ss` in the given IANA zone (UTC when the zone is unknown). */
export function localDateTime(ms: number, timeZone: string): string {
  let t: LocalDateTime
  try {
    t = toLocal(ms, timeZone)
  } catch {
    t = toLocal(ms, 'UTC')
  }
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`
}

const pmiOf = (meeting: ZoomMeeting, host: ZoomUser | undefined): string | null =>
  meeting.settings.use_pmi && host ? String(host.pmi) : null

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
  pmi: pmiOf(meeting, host),
  type: meeting.type,
  status,
})

export interface MeetingPage {
  pageNum: number
  pageSize: number
  total: number
  list: readonly LtiMeetingItem[]
}

interface CachedItem {
  start: number
  /** The meeting number the item shows, as a number: cheaper to compare than converting it each time. */
  id: number
  item: LtiMeetingItem
}

const cachedItems = new WeakMap<ZoomMeeting, CachedItem>()
const itemJson = new WeakMap<LtiMeetingItem, string>()

/** Whether a list item made earlier still says what the meeting, its schedule and its host say now. */
function stillShows(
  { start, id, item }: CachedItem,
  { meeting, start: startNow, status }: Scheduled,
  host: ZoomUser | undefined,
): boolean {
  return (
    start === startNow &&
    item.status === status &&
    item.pmi === pmiOf(meeting, host) &&
    item.meetingId === meeting.uuid &&
    id === meeting.id &&
    item.hostId === meeting.host_id &&
    item.topic === meeting.topic &&
    item.duration === meeting.duration &&
    item.timezone === meeting.timezone &&
    item.type === meeting.type
  )
}

/** `toListItem`, frozen and reused while it still shows the meeting as it is: most pages list the same items again. */
export function listItem(scheduled: Scheduled, host: ZoomUser | undefined): LtiMeetingItem {
  const cached = cachedItems.get(scheduled.meeting)
  if (cached && stillShows(cached, scheduled, host)) return cached.item
  const item = Object.freeze(toListItem(scheduled, host))
  cachedItems.set(scheduled.meeting, { start: scheduled.start, id: scheduled.meeting.id, item })
  return item
}

/** LTI Pro's answer `{"status":true,"result":page}`; each item is serialised once, when first listed. */
export function listAnswerJson({ pageNum, pageSize, total, list }: MeetingPage): string {
  const items = list.map((item) => {
    let json = itemJson.get(item)
    if (json === undefined) {
      json = JSON.stringify(item)
      itemJson.set(item, json)
    }
    return json
  })
  return `{"status":true,"result":{"pageNum":${pageNum},"pageSize":${pageSize},"total":${total},"list":[${items.join(',')}]}}`
}
