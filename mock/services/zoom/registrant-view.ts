/** @module How a registrant reads: in a registrant list, and as the answer to its registration. */
import type { components } from '../../../src/generated/zoom.js'
import { toOccurrences } from '../../../src/zoom/recurrence.js'
import { registrantJoinUrl } from '../../../src/zoom/urls.js'
import type { RegistrationTarget } from './registrants-model.js'
import type { ZoomRegistrant } from './state.js'

export type RegistrantView = components['schemas']['Registrant']
export type RegistrantCreatedView = components['schemas']['RegistrantCreated']

export function registrantView(r: ZoomRegistrant, target: RegistrationTarget): RegistrantView {
  const {
    event: _e,
    kind: _k,
    seq: _s,
    join_token,
    occurrence_ids: _o,
    language: _l,
    custom_questions,
    ...fields
  } = r
  return {
    ...fields,
    ...(custom_questions ? { custom_questions: custom_questions.map((q) => ({ ...q })) } : {}),
    join_url: registrantJoinUrl(target.ref, join_token),
  }
}

/** The registration's answer; a recurring event's lists the occurrences registered for. */
export function registrantCreated(r: ZoomRegistrant, target: RegistrationTarget): RegistrantCreatedView {
  const starts = target.occurrenceStarts.filter(
    (at) => r.occurrence_ids === undefined || r.occurrence_ids.includes(String(at)),
  )
  return {
    id: target.ref.id,
    registrant_id: r.id,
    join_url: registrantJoinUrl(target.ref, r.join_token),
    topic: target.topic,
    ...(target.start_time === undefined ? {} : { start_time: target.start_time }),
    ...(target.recurring ? { occurrences: toOccurrences(starts, target.duration) } : {}),
  }
}
