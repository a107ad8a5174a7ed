/** @module The reference model for the model-based test: what the world should hold, kept apart from the emulator's code. */
import { DEMO, DEMO_MEETINGS } from '../../mock/seed/demo.js'
import { T0 } from '../helpers.js'

export const HOUR = 3_600_000
const MINUTE = 60_000
const WEEK = 7 * 24 * HOUR

export interface MeetingModel {
  topic: string
  /** Absent for type 3, which has no fixed time. */
  start?: number
  /** When its last occurrence ends; never for type 3. */
  lastEnd: number
  /** A one-off scheduled meeting (type 2): the only kind whose list order the model predicts. */
  once: boolean
  /** Context ids of the demo credential's courses it is associated with. */
  courses: Set<string>
}

/** What the clock makes happen of a meeting, kept after it is deleted (its past instances stay). */
export interface HappeningModel {
  /** Occurrence starts; none for type 3, which happens only when started by the control API. */
  starts: number[]
  duration: number
  /** Occurrences that ended by then never happen: when the meeting was created, or the world began. */
  since: number
  /** When it was deleted: a live instance ended then, later occurrences never came. */
  deletedAt?: number
  /** Scripted attendance: how many attend the instances that start after `setAt`. */
  scripts: { setAt: number; count: number }[]
  /** Whether its instances record to the cloud. */
  cloud: boolean
}

export interface WorldModel {
  now: number
  /** demo-host's meetings by number. */
  meetings: Map<string, MeetingModel>
  /** Numbers deleted in Zoom. */
  gone: Set<string>
  /** LumiNUS meeting id by the Zoom meeting number it is linked to. */
  links: Map<string, string>
  /** By meeting number, deleted ones too. */
  happenings: Map<string, HappeningModel>
}

/** The demo seed as the model sees it: starts on the hour, weekly recurrences on the start's weekday. */
export function demoWorld(): WorldModel {
  const hour = Math.floor(T0 / HOUR) * HOUR
  const meetings = new Map<string, MeetingModel>()
  const happenings = new Map<string, HappeningModel>()
  for (const m of DEMO_MEETINGS) {
    const start = m.startsInHours === undefined ? undefined : hour + m.startsInHours * HOUR
    const repeats = m.recurrence ? (m.recurrence.end_times ?? 1) - 1 : 0
    if (m.recurrence && m.recurrence.type !== 2) throw new Error('the model knows weekly recurrences only')
    meetings.set(String(m.id), {
      topic: m.topic,
      ...(start === undefined ? {} : { start }),
      lastEnd: start === undefined ? Number.POSITIVE_INFINITY : start + repeats * WEEK + m.duration * MINUTE,
      once: m.type === 2,
      courses: new Set(m.context ? [m.context] : []),
    })
    const starts = start === undefined ? [] : Array.from({ length: repeats + 1 }, (_, k) => start + k * WEEK)
    happenings.set(String(m.id), {
      starts,
      duration: m.duration,
      since: T0,
      scripts: [],
      cloud: !!m.cloudRecording,
    })
  }
  const links = new Map([['81000000001', DEMO.luminus.meetingId]])
  return { now: T0, meetings, gone: new Set(), links, happenings }
}

/** A new one-off meeting's happening, created now. */
export const happeningOf = (now: number, start: number, duration: number, cloud = false): HappeningModel => ({
  starts: [start],
  duration,
  since: now,
  scripts: [],
  cloud,
})

/** The ended instances the model expects of a meeting (their starts, oldest first), and how many attended each. */
export function expectedPast(model: WorldModel, number: string): { start: number; attendees: number }[] {
  const h = model.happenings.get(number)
  if (!h) return []
  const until = Math.min(model.now, h.deletedAt ?? Number.POSITIVE_INFINITY)
  return h.starts
    .filter((s) => s <= until && s + h.duration * MINUTE > h.since)
    .filter((s) => h.deletedAt !== undefined || s + h.duration * MINUTE <= model.now)
    .map((start) => ({ start, attendees: h.scripts.filter((x) => x.setAt < start).at(-1)?.count ?? 1 }))
}

export const scheduled = (
  topic: string,
  start: number,
  duration: number,
  courses: string[],
): MeetingModel => ({
  topic,
  start,
  lastEnd: start + duration * MINUTE,
  once: true,
  courses: new Set(courses),
})

/** What LTI Pro's list should hold for demo-host: associated meetings, split by whether they have ended. */
export function expectedList(model: WorldModel, upcoming: boolean) {
  const listed = [...model.meetings].filter(
    ([, m]) => m.courses.size > 0 && m.lastEnd > model.now === upcoming,
  )
  return {
    topics: new Map(listed.map(([n, m]) => [n, m.topic])),
    /** The order of the one-off meetings among themselves: by start, then number (descending for the past). */
    onceOrder: listed
      .filter(([, m]) => m.once)
      .sort(
        ([a, x], [b, y]) => ((x.start ?? 0) - (y.start ?? 0) || Number(a) - Number(b)) * (upcoming ? 1 : -1),
      )
      .map(([n]) => n),
  }
}

/** Minutes from an instance's end until its cloud recording is available: the emulator's default. */
export const RECORDING_DELAY_MINUTES = 5

/** The starts of demo-host's instances whose cloud recording is available now and started on or after `from`, by meeting number. */
export function expectedRecordings(model: WorldModel, from: number): Map<string, number[]> {
  const recordings = new Map<string, number[]>()
  for (const [number, h] of model.happenings) {
    if (!h.cloud) continue
    const starts = expectedPast(model, number)
      .map(({ start }) => ({
        start,
        end: Math.min(start + h.duration * MINUTE, h.deletedAt ?? Number.POSITIVE_INFINITY),
      }))
      .filter(({ start, end }) => start >= from && end + RECORDING_DELAY_MINUTES * MINUTE <= model.now)
      .map(({ start }) => start)
    if (starts.length > 0) recordings.set(number, starts)
  }
  return recordings
}
