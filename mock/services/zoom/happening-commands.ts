/** @module The control API's commands on what happens of a Zoom meeting or webinar: scripted attendance, start now, end now (in-process and under /__emulator/zoom). */
import { badInput, ControlError, isRecord, onlyKeys } from '../../control/errors.js'
import type { World } from '../../core/world.js'
import {
  instancesOf,
  liveInstanceOf,
  meetingHappening,
  pendingOccurrence,
  settleHappenings,
  webinarHappening,
} from './happenings.js'
import { endInstance, type Happening, startInstance } from './instance-life.js'
import type { AttendanceScript, ZoomInstance } from './state.js'
import { clockEvents } from './webhooks/clock-events.js'

const MINUTE = 60_000
const MAX_OFFSET_MINUTES = 1440
const MAX_PARTICIPANTS = 1000
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `zoom` of the world control: what `POST /__emulator/zoom/meetings/{meetingId}/…` and `…/webinars/{webinarId}/…` do. */
export interface ZoomControl {
  /** Who attends the meeting's instances that start from now on (instead of the host alone); answers the script. */
  attendance(meetingId: string, participants: unknown): AttendanceScript[]
  /** Back to the default: the host attends each instance that starts from now on. */
  clearAttendance(meetingId: string): void
  /** Starts an instance now (409 when one is live); answers it. */
  start(meetingId: string): ZoomInstance
  /** Ends the live instance now (409 when none is); answers it. */
  end(meetingId: string): ZoomInstance
  /** `attendance` of a webinar: who attends (as attendees) its instances that start from now on. */
  webinarAttendance(webinarId: string, participants: unknown): AttendanceScript[]
  clearWebinarAttendance(webinarId: string): void
  /** Starts a webinar instance now; the only way a type 6 (recurring, no fixed time) webinar happens. */
  startWebinar(webinarId: string): ZoomInstance
  endWebinar(webinarId: string): ZoomInstance
}

export type Kind = ZoomInstance['kind']

/** The meeting's or webinar's happening, settled to now; 404 when the world has no such `kind`. */
function happeningOf(world: World, kind: Kind, id: string): Happening {
  settleHappenings(world, [id])
  const { zoom } = world.store
  const since = Date.parse(zoom.happeningsSince ?? '')
  const meeting = kind === 'meeting' ? zoom.meetings.get(id) : undefined
  const webinar = kind === 'webinar' ? zoom.webinars.get(id) : undefined
  if (meeting) return meetingHappening(zoom, meeting, since)
  if (webinar) return webinarHappening(zoom, webinar, since)
  throw new ControlError(404, `No Zoom ${kind} ${id} in this world.`)
}

function offset(entry: Record<string, unknown>, field: string, where: string): number | undefined {
  const value = entry[field]
  if (value === undefined && field === 'leaveOffsetMinutes') return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_OFFSET_MINUTES)
    throw badInput(`${where}.${field} must be a whole number of minutes from 0 to ${MAX_OFFSET_MINUTES}.`)
  return value
}

/** The script from the request body (an array of `{name, email, joinOffsetMinutes, leaveOffsetMinutes?}`), or a 400 saying what to fix. */
export function attendanceScript(input: unknown): AttendanceScript[] {
  if (!Array.isArray(input))
    throw badInput(
      'The body must be an array of {"name","email","joinOffsetMinutes","leaveOffsetMinutes"?} (an empty array: nobody attends).',
    )
  if (input.length > MAX_PARTICIPANTS) throw badInput(`At most ${MAX_PARTICIPANTS} participants.`)
  return input.map((entry, index): AttendanceScript => {
    const where = `participants[${index}]`
    if (!isRecord(entry)) throw badInput(`${where} must be an object.`)
    onlyKeys(entry, ['name', 'email', 'joinOffsetMinutes', 'leaveOffsetMinutes'], where)
    const { name, email } = entry
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
      throw badInput(`${where}.name must be a non-empty string of at most 200 characters.`)
    if (typeof email !== 'string' || !EMAIL.test(email) || email.length > 128)
      throw badInput(`${where}.email must be an email address.`)
    const join = offset(entry, 'joinOffsetMinutes', where) as number
    const leave = offset(entry, 'leaveOffsetMinutes', where)
    if (leave !== undefined && leave <= join)
      throw badInput(`${where}.leaveOffsetMinutes must be greater than joinOffsetMinutes.`)
    return {
      name,
      email,
      joinOffsetMinutes: join,
      ...(leave === undefined ? {} : { leaveOffsetMinutes: leave }),
    }
  })
}

/**
 * Starts an instance at now. It takes the meeting's next occurrence when that starts within one
 * duration from now (it then lasts to that occurrence's end); else it lasts one duration.
 */
function startNow(world: World, kind: Kind, id: string): ZoomInstance {
  const happening = happeningOf(world, kind, id)
  const { zoom } = world.store
  const live = liveInstanceOf(zoom, id)
  if (live) throw new ControlError(409, `Zoom ${kind} ${id} is already live (instance ${live.uuid}).`)
  const now = world.clock.now()
  const span = happening.duration * MINUTE
  const canHappen = pendingOccurrence(happening, instancesOf(zoom, id))
  const next = happening.starts.find((start) => start > now && start - now < span && canHappen(start))
  const instance =
    next === undefined
      ? startInstance(zoom, happening, now, now + span, undefined, clockEvents(world))
      : startInstance(zoom, happening, now, next + span, next, clockEvents(world))
  settleHappenings(world, [id])
  return zoom.instances.get(instance.uuid) ?? instance
}

function endNow(world: World, kind: Kind, id: string): ZoomInstance {
  happeningOf(world, kind, id)
  const { zoom } = world.store
  const live = liveInstanceOf(zoom, id)
  if (!live) throw new ControlError(409, `Zoom ${kind} ${id} has no live instance to end.`)
  return endInstance(zoom, live, world.clock.now(), clockEvents(world))
}

function scriptAttendance(world: World, kind: Kind, id: string, participants: unknown): AttendanceScript[] {
  const script = attendanceScript(participants)
  happeningOf(world, kind, id)
  world.store.zoom.attendance.set(id, script)
  return script
}

function clearAttendance(world: World, kind: Kind, id: string): void {
  happeningOf(world, kind, id)
  world.store.zoom.attendance.delete(id)
}

/** The commands on one kind: what `/__emulator/zoom/meetings/{id}/…` (or `…/webinars/{id}/…`) does. */
export interface HappeningCommands {
  attendance(id: string, participants: unknown): AttendanceScript[]
  clearAttendance(id: string): void
  start(id: string): ZoomInstance
  end(id: string): ZoomInstance
}

export const happeningCommands = (world: World, kind: Kind): HappeningCommands => ({
  attendance: (id, participants) => scriptAttendance(world, kind, id, participants),
  clearAttendance: (id) => clearAttendance(world, kind, id),
  start: (id) => startNow(world, kind, id),
  end: (id) => endNow(world, kind, id),
})

export function zoomControl(world: World): ZoomControl {
  const webinar = happeningCommands(world, 'webinar')
  return {
    ...happeningCommands(world, 'meeting'),
    webinarAttendance: webinar.attendance,
    clearWebinarAttendance: webinar.clearAttendance,
    startWebinar: webinar.start,
    endWebinar: webinar.end,
  }
}
