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

export interface WorldModel {
  now: number
  /** demo-host's meetings by number. */
  meetings: Map<string, MeetingModel>
  /** Numbers deleted in Zoom. */
  gone: Set<string>
  /** LumiNUS meeting id by the Zoom meeting number it is linked to. */
  links: Map<string, string>
}

/** The demo seed as the model sees it: starts on the hour, weekly recurrences on the start's weekday. */
export function demoWorld(): WorldModel {
  const hour = Math.floor(T0 / HOUR) * HOUR
  const meetings = new Map<string, MeetingModel>()
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
  }
  return { now: T0, meetings, gone: new Set(), links: new Map([['81000000001', DEMO.luminus.meetingId]]) }
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
