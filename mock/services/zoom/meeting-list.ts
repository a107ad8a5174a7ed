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
import { compareKeys, type ListQuery, type Page, pageOf, position, type SortKey } from './pagination.js'
import type { MeetingTable, ZoomMeeting } from './state.js'

export type ListType = 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings'

const MINUTE = 60_000
const DAY = 86_400_000
/** How long after its end Zoom keeps a non-recurring meeting among "scheduled" ones. */
export const EXPIRY_MS = 30 * DAY

type HostTimeline = Timeline<ZoomMeeting>

/** What a list type holds: its scheduled (type 2) meetings found on the host's timeline, and the same rule for the others. */
export interface ListRule {
  /** The type 2 meetings of the list, in list order; `live`: the host's meetings with a live instance. */
  fixed: (timeline: HostTimeline, now: number, live: readonly ZoomMeeting[]) => Run<ZoomMeeting>
  /** Whether a meeting the timeline cannot place by its start alone (instant, recurring) is in the list. */
  admits: (meeting: ZoomMeeting, now: number, meetings: MeetingTable, live: readonly ZoomMeeting[]) => boolean
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
  /** What is happening: a live instance (happenings.ts), whether its schedule or the control API started it. */
  live: {
    fixed: (_timeline, _now, live) =>
      fromArray(
        live
          .filter((m) => m.type === 2)
          .sort((a, b) =>
            compareKeys([Date.parse(a.start_time ?? ''), a.id], [Date.parse(b.start_time ?? ''), b.id]),
          ),
      ),
    admits: (m, _now, _meetings, live) => live.includes(m),
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

const LIST_TYPES = { type: Object.keys(LIST_RULES) as ListType[] }

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
  now: number
  /** The host's meetings with a live instance (a handful). */
  live: readonly ZoomMeeting[]
  query: ListQuery<{ type: ListType }>
}

/** One page of the host's meetings of the request's `type` (or its token's), merged from the timeline's runs. */
export function listHostMeetings(meetings: MeetingTable, request: ListRequest): Page<ZoomMeeting> {
  const { hostId, now } = request
  const listId = `meetings|${hostId}`
  const at = position(listId, request.query, LIST_TYPES, now)
  const rule = listRule(at.filters.type)
  const keyOf = (m: ZoomMeeting): SortKey => {
    const start = Date.parse(m.start_time ?? m.created_at)
    return rule.newestFirst ? [-start, -m.id] : [start, m.id]
  }
  const byKey = (a: ZoomMeeting, b: ZoomMeeting) => compareKeys(keyOf(a), keyOf(b))
  const timeline = hostTimeline(meetings, hostId)
  const fixed = rule.fixed(timeline, now, request.live)
  const floating = fromArray(
    timeline.floating.filter((m) => rule.admits(m, now, meetings, request.live)).sort(byKey),
  )
  const { after, offset, pageSize } = at
  const skip = (run: Run<ZoomMeeting>) =>
    after ? partitionPoint(run, (m) => compareKeys(keyOf(m), after) <= 0) : 0
  const rest = mergeFrom(fixed, floating, byKey, skip(fixed), skip(floating), offset + pageSize + 1)
  return pageOf(listId, at, rest.slice(offset), keyOf, fixed.length + floating.length, now)
}
