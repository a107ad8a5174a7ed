/** @module What registration reads of a meeting or a webinar: the one shape the registrant rules take. */
import { occurrenceStartsOf, timeZonesOf } from './meeting-view.js'
import { MEETING_REGISTRANT_LIMIT, type RegistrationTarget } from './registrants-model.js'
import type { MeetingTable, ZoomMeeting, ZoomWebinar } from './state.js'
import { webinarStarts } from './webinar-schedule.js'

const optionalStart = (start_time: string | undefined) => (start_time === undefined ? {} : { start_time })

export const meetingTarget = (m: ZoomMeeting, meetings: MeetingTable): RegistrationTarget => ({
  kind: 'meeting',
  ref: m,
  topic: m.topic,
  ...optionalStart(m.start_time),
  duration: m.duration,
  recurring: m.type === 8,
  occurrenceStarts: occurrenceStartsOf(m, meetings),
  approval_type: m.settings.approval_type,
  registration_type: m.settings.registration_type ?? 1,
  close_registration: m.settings.close_registration,
  capacity: MEETING_REGISTRANT_LIMIT,
})

/** A webinar takes `registrants_restrict_number` registrants when set (not 0), else any number. */
export const webinarTarget = (w: ZoomWebinar, meetings: MeetingTable): RegistrationTarget => ({
  kind: 'webinar',
  ref: { id: w.id, encrypted_password: w.encrypted_passcode },
  topic: w.topic,
  ...optionalStart(w.start_time),
  duration: w.duration,
  recurring: w.type === 9,
  occurrenceStarts: webinarStarts(w, timeZonesOf(meetings)),
  approval_type: w.settings.approval_type,
  registration_type: w.settings.registration_type,
  close_registration: w.settings.close_registration,
  capacity: w.settings.registrants_restrict_number || Number.POSITIVE_INFINITY,
})
