/** @module GET /users/{userId}/meetings from the host's timeline: each list type's rule, binary searches and one page merged, never a scan of the account. */
import {
  fromArray,
  mapRun,
  mergeFrom,
  partitionPoint,
  type Run,
  reversed,
} from '../../core/lib/sorted-runs.js'
import { type Timed, Timeline } from '../../core/lib/timeline.js'
import { meetingStatus, occurrenceStartsOf } from './meeting-view.js'
import { compareKeys, decodePageToken, encodePageToken, type SortKey } from './pagination.js'
import type { MeetingTable, ZoomMeeting } from './state.js'

export type ListType = 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings'

const MINUTE = 60_000
const DAY = 86_400_000
/** How long after its end Zoom keeps a non-recurring meeting among "scheduled" ones. */
export const EXPIRY_MS = 30 * DAY

type HostTimeline = Timeline<ZoomMeeting>

/** What a list type holds: its scheduled (type 2) meetings found on the host's timeline, and the same rule for the others. */
export interface ListRule {
  /** The type 2 meetings of the list, in list order. */
  fixed: (timeline: HostTimeline, now: number) => Run<ZoomMeeting>
  /** Whether a meeting the timeline cannot place by its start alone (instant, recurring) is in the list. */
  admits: (meeting: ZoomMeeting, now: number, meetings: MeetingTable) => boolean
  /** Newest first (previous meetings); else oldest first. */
  newestFirst: boolean
}

const meetingsOf = (run: Run<Timed<ZoomMeeting>>) => mapRun(run, (t) => t.meeting)

const upcoming: ListRule = {
  fixed: (timeline, now) => meetingsOf(timeline.endingAfter(now)),
  admits: (m, now, meetings) => m.type !== 1 && meetingStatus(m, now, meetings) !== 'finished',
  newestFirst: false,
}

const LIST_RULES: Record<ListType, ListRule> = {
  /** Not instant, and not ended more than EXPIRY_MS ago (recurring: its last occurrence). */
  scheduled: {
    fixed: (timeline, now) => meetingsOf(timeline.endingAfter(now - EXPIRY_MS)),
    admits: (m, now, meetings) => {
      if (m.type === 1) return false
      const starts = occurrenceStartsOf(m, meetings)
      return starts.length === 0 || Math.max(...starts) + m.duration * MINUTE + EXPIRY_MS > now
    },
    newestFirst: false,
  },
  live: {
    fixed: (timeline, now) => meetingsOf(fromArray(timeline.liveAt(now))),
    admits: (m, now, meetings) => meetingStatus(m, now, meetings) === 'started',
    newestFirst: false,
  },
  upcoming,
  upcoming_meetings: upcoming,
  previous_meetings: {
    fixed: (timeline, now) => meetingsOf(reversed(timeline.endedBy(now))),
    admits: (m, now, meetings) => meetingStatus(m, now, meetings) === 'finished',
    newestFirst: true,
  },
}

export const listRule = (type: ListType): ListRule => LIST_RULES[type]

/** The host's meetings as a timeline (type 2 fixed; instant and recurring ones judged one by one), kept until one of them is written. */
function hostTimeline(meetings: MeetingTable, hostId: string): HostTimeline {
  return meetings.memo(`host-timeline|${hostId}`, [meetings.groupVersion('host', hostId)], () => {
    const hosted = [...meetings.members('host', hostId)].flatMap((id) => meetings.get(id) ?? [])
    return new Timeline(hosted, (m) => m.type === 2)
  })
}

export interface ListRequest {
  hostId: string
  type: ListType
  now: number
  pageSize: number
  token: string | undefined
}

export function listHostMeetings(meetings: MeetingTable, request: ListRequest) {
  const { hostId, type, now, pageSize, token } = request
  const rule = listRule(type)
  const listId = `meetings|${hostId}|${type}`
  const keyOf = (m: ZoomMeeting): SortKey => {
    const at = Date.parse(m.start_time ?? m.created_at)
    return rule.newestFirst ? [-at, -m.id] : [at, m.id]
  }
  const byKey = (a: ZoomMeeting, b: ZoomMeeting) => compareKeys(keyOf(a), keyOf(b))
  const timeline = hostTimeline(meetings, hostId)
  const fixed = rule.fixed(timeline, now)
  const floating = fromArray(timeline.floating.filter((m) => rule.admits(m, now, meetings)).sort(byKey))
  const after = token ? decodePageToken(token, listId) : undefined
  const skip = (run: Run<ZoomMeeting>) =>
    after ? partitionPoint(run, (m) => compareKeys(keyOf(m), after) <= 0) : 0
  const rest = mergeFrom(fixed, floating, byKey, skip(fixed), skip(floating), pageSize + 1)
  const page = rest.slice(0, pageSize)
  const last = page.at(-1)
  return {
    page,
    nextPageToken: rest.length > pageSize && last ? encodePageToken(listId, keyOf(last)) : '',
    total: fixed.length + floating.length,
  }
}
