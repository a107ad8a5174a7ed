/**
 * @module What the clock has made happen: settleHappenings materialises instances and participants
 * of meetings. A lower bound of the world's next due instant is kept with the table versions it
 * holds for: a request that finds nothing due costs one comparison; a pass over the meetings comes
 * only when the bound is reached or something outside this module wrote the tables.
 */
import { formatGmt } from '../../../src/zoom/time.js'
import type { World } from '../../core/world.js'
import {
  advanceInstance,
  endInstance,
  type Happening,
  type HappeningObserver,
  nextChangeOf,
  startInstance,
} from './instance-life.js'
import { occurrenceStartsOf, timeZonesOf } from './meeting-view.js'
import type { ZoomInstance, ZoomMeeting, ZoomState, ZoomWebinar } from './state.js'
import { clockEvents } from './webhooks/clock-events.js'
import { webinarStarts } from './webinar-schedule.js'

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

/** The occurrences a webinar's clock makes happen: type 5's start, type 9's occurrences left; type 6 only by the control API. */
export function webinarHappening(zoom: ZoomState, webinar: ZoomWebinar, since: number): Happening {
  return {
    id: webinar.id,
    kind: 'webinar',
    host_id: webinar.host_id,
    topic: webinar.topic,
    type: webinar.type,
    duration: webinar.duration,
    starts: webinar.type === 6 ? [] : webinarStarts(webinar, timeZonesOf(zoom.meetings)),
    since: Math.max(since, Date.parse(webinar.created_at)),
    settings: webinar.settings,
  }
}

/** What number `id` names that can happen: a meeting's or a webinar's happening, if either exists. */
function happeningOf(zoom: ZoomState, id: string, since: number): Happening | undefined {
  const meeting = zoom.meetings.get(id)
  if (meeting) return meetingHappening(zoom, meeting, since)
  const webinar = zoom.webinars.get(id)
  return webinar ? webinarHappening(zoom, webinar, since) : undefined
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
export function settleHappening(
  zoom: ZoomState,
  happening: Happening,
  now: number,
  observer: HappeningObserver,
): void {
  const advanceAll = (to: number) => {
    for (const instance of instancesOf(zoom, happening.id)) advanceInstance(zoom, instance, to, observer)
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
    } else startInstance(zoom, happening, start, end, start, observer)
  }
  advanceAll(now)
}

/**
 * A lower bound of the instant at which any meeting of the world is next due, valid while the
 * meetings and instances tables are at the versions it records: writes through this module (and
 * writeMeeting) keep it, any other write makes the next settle find it again in one pass.
 */
interface DueBound {
  due: number
  meetings: number
  webinars: number
  instances: number
}

const boundOf = (zoom: ZoomState): DueBound =>
  zoom.meetings.memo('happenings-due-bound', [], () => ({
    due: Number.NEGATIVE_INFINITY,
    meetings: -1,
    webinars: -1,
    instances: -1,
  }))

const versions = (zoom: ZoomState) => ({
  meetings: zoom.meetings.version,
  webinars: zoom.webinars.version,
  instances: zoom.instances.version,
})

const inStep = (zoom: ZoomState, bound: DueBound) =>
  bound.meetings === zoom.meetings.version &&
  bound.webinars === zoom.webinars.version &&
  bound.instances === zoom.instances.version

/** Runs `change` (which answers the next due instant of what it changed) and keeps the bound if it was in step. */
function keepingBound(zoom: ZoomState, change: () => number): void {
  const bound = boundOf(zoom)
  const wasInStep = inStep(zoom, bound)
  const due = change()
  if (!wasInStep) return
  Object.assign(bound, { due: Math.min(bound.due, due), ...versions(zoom) })
}

/** Settles one meeting or webinar (when due) and answers its next due instant. */
function settleOne(zoom: ZoomState, happening: Happening, now: number, observer: HappeningObserver): number {
  if (dueOf(zoom, happening) <= now) settleHappening(zoom, happening, now, observer)
  return dueOf(zoom, happening)
}

/**
 * Makes `zoom.instances` and `zoom.participants` say what the clock has made happen, for the
 * meetings and webinars numbered `ids` (each as a string) or for all. What happened stays: a clock
 * moved back, a meeting updated or deleted, never changes an instance that started.
 */
export function settleHappenings(world: World, ids?: Iterable<string>): void {
  const zoom = world.store.zoom
  const now = world.clock.now()
  // Every request settles the world: when nothing is due, that costs no parse and no allocation.
  if (!ids && zoom.happeningsSince !== undefined && nothingDue(zoom, now)) return
  const since = watchedSince(zoom, now)
  const observer = clockEvents(world)
  if (ids) {
    for (const id of ids) {
      const happening = happeningOf(zoom, id, since)
      if (happening) keepingBound(zoom, () => settleOne(zoom, happening, now, observer))
    }
    return
  }
  if (nothingDue(zoom, now)) return
  let due = Number.POSITIVE_INFINITY
  for (const meeting of [...zoom.meetings.values()])
    due = Math.min(due, settleOne(zoom, meetingHappening(zoom, meeting, since), now, observer))
  for (const webinar of [...zoom.webinars.values()])
    due = Math.min(due, settleOne(zoom, webinarHappening(zoom, webinar, since), now, observer))
  Object.assign(boundOf(zoom), { due, ...versions(zoom) })
}

/** Whether the world's due bound holds (its tables are at the versions it records) and lies after `now`. */
function nothingDue(zoom: ZoomState, now: number): boolean {
  const bound = boundOf(zoom)
  return inStep(zoom, bound) && bound.due > now
}

/** A write of meeting or webinar number `id` (create, update, delete): what happened of it is settled before and after, and the world's due bound kept. */
export function writeMeeting(world: World, id: string, write: () => void): void {
  settleHappenings(world, [id])
  const { zoom } = world.store
  keepingBound(zoom, () => {
    write()
    const now = world.clock.now()
    const happening = happeningOf(zoom, id, watchedSince(zoom, now))
    return happening ? settleOne(zoom, happening, now, clockEvents(world)) : Number.POSITIVE_INFINITY
  })
}

/** Ends the live instances of meeting or webinar number `id` at `now` (it is going away, or its host). */
export function endLiveInstances(world: World, id: string): void {
  settleHappenings(world, [id])
  const { zoom } = world.store
  keepingBound(zoom, () => {
    for (const instance of instancesOf(zoom, id))
      if (instance.end_time === undefined) endInstance(zoom, instance, world.clock.now(), clockEvents(world))
    return Number.POSITIVE_INFINITY
  })
}
