/**
 * @module What the clock has made happen: settleHappenings materialises instances and participants
 * of meetings. Each meeting's next due instant is kept with its row (and its instances' group
 * version); the world's earliest is kept per table versions, so a request in between costs one
 * comparison, and only the meetings that are due are settled.
 */
import { formatGmt } from '../../../src/zoom/time.js'
import type { World } from '../../core/world.js'
import { advanceInstance, endInstance, type Happening, nextChangeOf, startInstance } from './instance-life.js'
import { occurrenceStartsOf } from './meeting-view.js'
import type { ZoomInstance, ZoomMeeting, ZoomState } from './state.js'

const MINUTE = 60_000

/** When the world began to watch its clock: set to `now` on the first settle. */
function watchedSince(zoom: ZoomState, now: number): number {
  zoom.happeningsSince ??= formatGmt(now)
  return Date.parse(zoom.happeningsSince)
}

/** The occurrences a meeting's clock makes happen: type 2's start, type 8's occurrences left; types 1, 3 and 10 only start by the control API. */
export function meetingHappening(zoom: ZoomState, meeting: ZoomMeeting, since: number): Happening {
  const scheduled = meeting.type === 2 || meeting.type === 8
  return {
    id: meeting.id,
    kind: 'meeting',
    host_id: meeting.host_id,
    topic: meeting.topic,
    type: meeting.type,
    duration: meeting.duration,
    starts: scheduled ? occurrenceStartsOf(meeting, zoom.meetings) : [],
    since: Math.max(since, Date.parse(meeting.created_at)),
    settings: meeting.settings,
  }
}

/** The instances of meeting (or webinar) number `id`, in the order they started. */
export function instancesOf(zoom: ZoomState, id: number | string): ZoomInstance[] {
  const uuids = zoom.instances.members('meeting', String(id))
  return [...uuids].flatMap((uuid) => zoom.instances.get(uuid) ?? [])
}

/** The live instance of meeting number `id`, if any (settled: call settleHappenings first). */
export const liveInstanceOf = (zoom: ZoomState, id: number | string): ZoomInstance | undefined =>
  instancesOf(zoom, id).find((instance) => instance.end_time === undefined)

/** Whether occurrence `start` can still happen: it ends after `since` and has no instance yet. */
export const pendingOccurrence = (happening: Happening, instances: ZoomInstance[]) => {
  const bound = new Set(instances.flatMap((i) => (i.occurrence_id === undefined ? [] : [i.occurrence_id])))
  return (start: number) => start + happening.duration * MINUTE > happening.since && !bound.has(String(start))
}

/** The next instant at which the clock changes what happened of `happening`; Infinity when never. */
function dueOf(zoom: ZoomState, happening: Happening): number {
  const instances = instancesOf(zoom, happening.id)
  let due = Math.min(Number.POSITIVE_INFINITY, ...instances.map((i) => nextChangeOf(zoom, i)))
  const next = happening.starts.find(pendingOccurrence(happening, instances))
  if (next !== undefined && next < due) due = next
  return due
}

/** Starts every pending occurrence that began by `now` and moves the live instances on to it. */
export function settleHappening(zoom: ZoomState, happening: Happening, now: number): void {
  const advanceAll = (to: number) => {
    for (const instance of instancesOf(zoom, happening.id)) advanceInstance(zoom, instance, to)
  }
  const canHappen = pendingOccurrence(happening, instancesOf(zoom, happening.id))
  for (const start of happening.starts) {
    if (start > now) break
    if (!canHappen(start)) continue
    advanceAll(start)
    const end = start + happening.duration * MINUTE
    const unbound = instancesOf(zoom, happening.id).find(
      (i) => i.end_time === undefined && i.occurrence_id === undefined,
    )
    // A meeting started early by the control API takes the occurrence it was started for.
    if (unbound) {
      const planned = Math.max(end, Date.parse(unbound.planned_end_time ?? formatGmt(end)))
      zoom.instances.set(unbound.uuid, {
        ...unbound,
        occurrence_id: String(start),
        planned_end_time: formatGmt(planned),
      })
    } else startInstance(zoom, happening, start, end, start)
  }
  advanceAll(now)
}

const meetingDue = (zoom: ZoomState, meeting: ZoomMeeting, since: number) =>
  zoom.meetings.derive(
    meeting,
    'happening-due',
    [zoom.instances.groupVersion('meeting', String(meeting.id)), since],
    () => dueOf(zoom, meetingHappening(zoom, meeting, since)),
  )

/** The earliest instant at which any meeting of the world is due, kept while no meeting, instance or participant changes. */
function worldDue(zoom: ZoomState, since: number): number {
  const { meetings, instances } = zoom
  return meetings.memo('happenings-due', [meetings.version, instances.version, since], () => {
    let due = Number.POSITIVE_INFINITY
    for (const meeting of meetings.values()) due = Math.min(due, meetingDue(zoom, meeting, since))
    return due
  })
}

/**
 * Makes `zoom.instances` and `zoom.participants` say what the clock has made happen, for the
 * meetings numbered `meetingIds` (each as a string) or for all. What happened stays: a clock moved
 * back, a meeting updated or deleted, never changes an instance that started.
 */
export function settleHappenings(world: World, meetingIds?: Iterable<string>): void {
  const zoom = world.store.zoom
  const now = world.clock.now()
  const since = watchedSince(zoom, now)
  if (meetingIds) {
    for (const id of meetingIds) {
      const meeting = zoom.meetings.get(id)
      if (meeting && meetingDue(zoom, meeting, since) <= now)
        settleHappening(zoom, meetingHappening(zoom, meeting, since), now)
    }
    return
  }
  if (worldDue(zoom, since) > now) return
  for (const meeting of [...zoom.meetings.values()])
    if (meetingDue(zoom, meeting, since) <= now)
      settleHappening(zoom, meetingHappening(zoom, meeting, since), now)
}

/** Ends the live instances of meeting number `id` at `now` (the meeting is going away, or its host). */
export function endLiveInstances(world: World, id: string): void {
  settleHappenings(world, [id])
  const { zoom } = world.store
  for (const instance of instancesOf(zoom, id))
    if (instance.end_time === undefined) endInstance(zoom, instance, world.clock.now())
}
