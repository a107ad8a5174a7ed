/** @module When a webinar happens: its type read as the meeting type with the same schedule rules, and its occurrences. */
import type { MeetingType } from '../../../src/zoom/meeting-rules.js'
import type { TimeZones } from '../../../src/zoom/time.js'
import { type ScheduledEvent, scheduledStarts } from './meeting-view.js'
import type { ZoomWebinar } from './state.js'

/** A webinar's type read as the meeting type with the same schedule rules: once, no fixed time, recurring fixed. */
export const AS_MEETING_TYPE: Record<ZoomWebinar['type'], MeetingType> = { 5: 2, 6: 3, 9: 8 }

/** A webinar as the schedule rules see it: a meeting of the matching type. */
export const asScheduledEvent = (w: ZoomWebinar): ScheduledEvent => ({ ...w, type: AS_MEETING_TYPE[w.type] })

/** Start instants of the webinar's occurrences still on the calendar (none for type 6). */
export const webinarStarts = (w: ZoomWebinar, zones?: TimeZones): readonly number[] =>
  scheduledStarts(asScheduledEvent(w), zones)
