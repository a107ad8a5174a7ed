/** @module One instance's life: how it starts (who will attend, whether it records), how the clock moves it (joins, leaves, its end), and ending it now. */
import { meetingUuid } from '../../../src/ids.js'
import { formatGmt } from '../../../src/zoom/time.js'
import type {
  AttendanceScript,
  PlannedJoin,
  ZoomInstance,
  ZoomMeeting,
  ZoomParticipant,
  ZoomState,
} from './state.js'
import { displayName, usersWithEmail } from './user-lookup.js'

const MINUTE = 60_000

/** Told of what the clock makes happen, as it happens (Zoom's clock-driven webhook events). */
export interface HappeningObserver {
  started(instance: ZoomInstance): void
  joined(instance: ZoomInstance, participant: ZoomParticipant): void
  left(instance: ZoomInstance, participant: ZoomParticipant): void
  ended(instance: ZoomInstance & { end_time: string }): void
}

export const UNOBSERVED: HappeningObserver = { started() {}, joined() {}, left() {}, ended() {} }

/** What a meeting or a webinar gives the happening logic. */
export interface Happening {
  id: number
  kind: ZoomInstance['kind']
  host_id: string
  topic: string
  type: number
  /** Minutes each occurrence lasts. */
  duration: number
  /** Occurrence starts (ms) the clock makes happen, in order. */
  starts: readonly number[]
  /** Occurrences that ended by this instant (ms) never happen: when it was created, or the world began to watch. */
  since: number
  settings: { auto_recording: ZoomMeeting['settings']['auto_recording'] }
}

/** Whether an instance records: the meeting's `settings.auto_recording`, which a new meeting takes from its host's `recording.auto_recording` (user-settings.ts). */
export const autoRecordingOf = (happening: Happening, _zoom: ZoomState): ZoomInstance['auto_recording'] =>
  happening.settings.auto_recording

const ms = (time: string | undefined) => (time === undefined ? Number.POSITIVE_INFINITY : Date.parse(time))

/** Who joins an instance from `start` to `end`: the meeting's scripted attendance, else the host for the whole of it. */
function attendanceOf(zoom: ZoomState, happening: Happening, start: number, end: number): PlannedJoin[] {
  const host = zoom.users.get(happening.host_id)
  const script: AttendanceScript[] | undefined = zoom.attendance.get(String(happening.id))
  if (!script)
    return host
      ? [
          {
            name: displayName(host),
            user_email: host.email,
            user_id: host.id,
            join_time: formatGmt(start),
            leave_time: formatGmt(end),
          },
        ]
      : []
  const accountId = host?.account_id
  return script.flatMap((entry) => {
    const join = start + entry.joinOffsetMinutes * MINUTE
    const leave = Math.min(end, start + (entry.leaveOffsetMinutes ?? Number.POSITIVE_INFINITY) * MINUTE)
    if (join >= leave) return []
    const user = usersWithEmail(zoom.users, entry.email).find((u) => u.account_id === accountId)
    return [
      {
        name: entry.name,
        user_email: entry.email,
        ...(user ? { user_id: user.id } : {}),
        join_time: formatGmt(join),
        leave_time: formatGmt(leave),
      },
    ]
  })
}

/** A fresh instance of `happening` from `start` until `end`, for occurrence `occurrence` (its start) when bound to one. */
export function startInstance(
  zoom: ZoomState,
  happening: Happening,
  start: number,
  end: number,
  occurrence: number | undefined,
  observer: HappeningObserver,
): ZoomInstance {
  let uuid = meetingUuid()
  while (zoom.instances.has(uuid)) uuid = meetingUuid()
  const instance: ZoomInstance = {
    uuid,
    id: happening.id,
    kind: happening.kind,
    host_id: happening.host_id,
    topic: happening.topic,
    type: happening.type,
    ...(occurrence === undefined ? {} : { occurrence_id: String(occurrence) }),
    start_time: formatGmt(start),
    planned_end_time: formatGmt(end),
    attendance: attendanceOf(zoom, happening, start, end),
    auto_recording: autoRecordingOf(happening, zoom),
  }
  zoom.instances.set(uuid, instance)
  observer.started(instance)
  return instance
}

/** The participant row of the instance's `index`th planned join. */
export const joinId = (instance: Pick<ZoomInstance, 'uuid'>, index: number) => `${instance.uuid}#${index}`

/** The next instant at which the clock changes a live instance (a join, a leave, its end); Infinity when none. */
export function nextChangeOf(zoom: ZoomState, instance: ZoomInstance): number {
  if (instance.end_time !== undefined) return Number.POSITIVE_INFINITY
  const end = ms(instance.planned_end_time)
  let next = end
  for (const [index, join] of (instance.attendance ?? []).entries()) {
    const row = zoom.participants.get(joinId(instance, index))
    const at = row ? (row.leave_time === undefined ? ms(join.leave_time) : end) : ms(join.join_time)
    if (at < next) next = at
  }
  return next
}

/** Applies what the clock has made happen to a live instance by `now`: planned joins and leaves, then its end. */
export function advanceInstance(
  zoom: ZoomState,
  instance: ZoomInstance,
  now: number,
  observer: HappeningObserver,
): void {
  if (instance.end_time !== undefined) return
  const end = ms(instance.planned_end_time)
  const upTo = Math.min(now, end)
  let changed = false
  for (const [index, join] of (instance.attendance ?? []).entries()) {
    const id = joinId(instance, index)
    const joinAt = ms(join.join_time)
    const row = zoom.participants.get(id)
    // One who joined leaves at the end at the latest, even an end at the instant they joined.
    if (!row && (joinAt >= end || joinAt > upTo)) continue
    const leaveAt = Math.min(ms(join.leave_time), end)
    if (row && (row.leave_time !== undefined || leaveAt > upTo)) continue
    const participant: ZoomParticipant = {
      id,
      instance: instance.uuid,
      ...(join.user_id === undefined ? {} : { user_id: join.user_id }),
      name: join.name,
      user_email: join.user_email,
      join_time: join.join_time,
      ...(leaveAt <= upTo ? { leave_time: formatGmt(leaveAt) } : {}),
    }
    zoom.participants.set(id, participant)
    if (!row) observer.joined(instance, participant)
    if (participant.leave_time !== undefined) observer.left(instance, participant)
    changed = true
  }
  if (end <= now) {
    const ended = { ...instance, end_time: formatGmt(end) }
    zoom.instances.set(instance.uuid, ended)
    observer.ended(ended)
  }
  // A new row version for each change of its participants, so what is derived from it follows them.
  else if (changed) zoom.instances.set(instance.uuid, { ...instance })
}

/** Ends a live instance at `now`: those still in leave then, planned joins after it never come. */
export function endInstance(
  zoom: ZoomState,
  instance: ZoomInstance,
  now: number,
  observer: HappeningObserver,
): ZoomInstance {
  const ended = { ...instance, planned_end_time: formatGmt(Math.max(now, ms(instance.start_time))) }
  advanceInstance(zoom, ended, now, observer)
  return zoom.instances.get(instance.uuid) ?? ended
}
