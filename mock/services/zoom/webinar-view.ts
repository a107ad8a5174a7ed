/** @module How a stored webinar reads: its object (URLs, occurrences) and its list item. */
import type { components } from '../../../src/generated/zoom.js'
import { formatGmt, type TimeZones } from '../../../src/zoom/time.js'
import { joinUrl, startUrl, webinarRegistrationUrl } from '../../../src/zoom/urls.js'
import { occurrenceList } from './meeting-view.js'
import type { ZoomWebinar } from './state.js'
import { asScheduledEvent } from './webinar-schedule.js'

export type WebinarView = components['schemas']['Webinar']
export type WebinarListItem = components['schemas']['WebinarListItem']

const refOf = (w: ZoomWebinar) => ({ id: w.id, encrypted_password: w.encrypted_passcode })

/** The full webinar of GET and POST; `occurrenceStart` (GET with an occurrence_id) is that occurrence's start. */
export function webinarView(
  w: ZoomWebinar,
  now: number,
  {
    showPrevious = false,
    occurrenceStart,
    zones,
  }: { showPrevious?: boolean; occurrenceStart?: number; zones?: TimeZones } = {},
): WebinarView {
  const { deleted_occurrences: _, recurrence, start_time, tracking_fields, settings, ...stored } = w
  const startTime = occurrenceStart === undefined ? start_time : formatGmt(occurrenceStart)
  const view: WebinarView = {
    ...stored,
    ...(startTime === undefined ? {} : { start_time: startTime }),
    start_url: startUrl(refOf(w)),
    join_url: joinUrl(refOf(w)),
    ...(settings.approval_type === 2 ? {} : { registration_url: webinarRegistrationUrl(refOf(w)) }),
    settings: { ...settings, question_and_answer: { ...settings.question_and_answer } },
    is_simulive: false,
    creation_source: 'open_api',
  }
  if (tracking_fields) view.tracking_fields = tracking_fields.map((t) => ({ ...t }))
  if (recurrence) view.recurrence = { ...recurrence }
  if (w.type === 9) {
    const occurrences = occurrenceList(asScheduledEvent(w), now, showPrevious, zones)
    if (occurrences) view.occurrences = occurrences
  }
  return view
}

/** What a list item and every webinar event's object say of the webinar first. */
export const webinarSummary = (w: ZoomWebinar) => ({
  uuid: w.uuid,
  id: w.id,
  host_id: w.host_id,
  topic: w.topic,
  type: w.type,
  ...(w.start_time === undefined ? {} : { start_time: w.start_time }),
  duration: w.duration,
  timezone: w.timezone,
})

export const webinarListItem = (w: ZoomWebinar): WebinarListItem => ({
  ...webinarSummary(w),
  agenda: w.agenda,
  created_at: w.created_at,
  join_url: joinUrl(refOf(w)),
  is_simulive: false,
})
