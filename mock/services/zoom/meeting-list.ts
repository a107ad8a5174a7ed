/** @module GET /users/{userId}/meetings from the host's timeline: binary searches and one page merged, never a scan of the account. */
import {
  fromArray,
  mapRun,
  mergeFrom,
  partitionPoint,
  type Run,
  reversed,
} from '../../core/lib/sorted-runs.js'
import { type Timed, Timeline } from '../../core/lib/timeline.js'
import { compareKeys, decodePageToken, encodePageToken, type SortKey } from './pagination.js'
import type { ZoomMeeting } from './state.js'
import type { MeetingTable } from './tables.js'

export type ListType = 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings'

const DAY = 86_400_000
/** How long after its end Zoom keeps a non-recurring meeting among "scheduled" ones. */
export const EXPIRY_MS = 30 * DAY

const timelines = new WeakMap<MeetingTable, Map<string, { version: number; timeline: Timeline }>>()

/** The host's meetings as a timeline (type 2 fixed; instant and recurring ones judged one by one), rebuilt only after they changed. */
function hostTimeline(meetings: MeetingTable, hostId: string): Timeline {
  let byHost = timelines.get(meetings)
  if (!byHost) {
    byHost = new Map()
    timelines.set(meetings, byHost)
  }
  const version = meetings.hostVersion(hostId)
  const cached = byHost.get(hostId)
  if (cached?.version === version) return cached.timeline
  const hosted = [...meetings.idsOfHost(hostId)].flatMap((id) => meetings.get(id) ?? [])
  const timeline = new Timeline(hosted, (m) => m.type === 2)
  byHost.set(hostId, { version, timeline })
  return timeline
}

export interface ListRequest {
  hostId: string
  type: ListType
  now: number
  pageSize: number
  token: string | undefined
  /** The rule for meetings the timeline cannot place by their start alone. */
  matches: (meeting: ZoomMeeting) => boolean
}

/** Fixed meetings of the list type, in list order. */
function fixedOf(timeline: Timeline, type: ListType, now: number): Run<ZoomMeeting> {
  const meeting = (run: Run<Timed>) => mapRun(run, (t) => t.meeting)
  switch (type) {
    case 'live':
      return meeting(fromArray(timeline.liveAt(now)))
    case 'previous_meetings':
      return meeting(reversed(timeline.endedBy(now)))
    case 'upcoming':
    case 'upcoming_meetings':
      return meeting(timeline.endingAfter(now))
    default:
      return meeting(timeline.endingAfter(now - EXPIRY_MS))
  }
}

export function listHostMeetings(meetings: MeetingTable, request: ListRequest) {
  const { hostId, type, now, pageSize, token } = request
  const listId = `meetings|${hostId}|${type}`
  const keyOf = (m: ZoomMeeting): SortKey => {
    const at = Date.parse(m.start_time ?? m.created_at)
    return type === 'previous_meetings' ? [-at, -m.id] : [at, m.id]
  }
  const byKey = (a: ZoomMeeting, b: ZoomMeeting) => compareKeys(keyOf(a), keyOf(b))
  const timeline = hostTimeline(meetings, hostId)
  const fixed = fixedOf(timeline, type, now)
  const floating = fromArray(timeline.floating.filter(request.matches).sort(byKey))
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
