/**
 * @module Registration events of meetings and webinars: `{meeting,webinar}.registration_created`,
 * `_approved`, `_denied` and `_cancelled`, objects shaped as `@zoom/rivet`'s
 * MeetingRegistrationCreatedEvent (and its siblings, webinars' likewise) type them.
 */
import type { components } from '../../../../src/generated/zoom.js'
import { formatGmt } from '../../../../src/zoom/time.js'
import { type MeetingRef, registrantJoinUrl } from '../../../../src/zoom/urls.js'
import type { World } from '../../../core/world.js'
import type { ZoomRegistrant } from '../state.js'
import { webinarSummary } from '../webinar-view.js'
import { emitZoomEvent, meetingSummary } from './events.js'

type StatusAction = components['schemas']['RegistrantStatusUpdate']['action']

/** What the events read of a registration target (registrants-model's RegistrationTarget, which calls them). */
interface RegistrationTarget {
  kind: 'meeting' | 'webinar'
  ref: MeetingRef
  recurring: boolean
  occurrenceStarts: readonly number[]
}

/** The meeting or webinar registered for, as its events' objects say it; the occurrences are those the registration covers. */
function eventObject(world: World, target: RegistrationTarget, occurrenceIds: readonly string[] | undefined) {
  const { meetings, webinars } = world.store.zoom
  const id = String(target.ref.id)
  const meeting = target.kind === 'meeting' ? meetings.get(id) : undefined
  const webinar = target.kind === 'webinar' ? webinars.get(id) : undefined
  const summary = meeting ? meetingSummary(meeting) : webinar ? webinarSummary(webinar) : {}
  if (!target.recurring) return summary
  const covered = occurrenceIds ?? target.occurrenceStarts.map(String)
  return {
    ...summary,
    occurrences: covered.map((at) => ({ occurrence_id: at, start_time: formatGmt(Number(at)) })),
  }
}

const who = (r: ZoomRegistrant) => ({
  id: r.id,
  first_name: r.first_name,
  ...(r.last_name === undefined ? {} : { last_name: r.last_name }),
  email: r.email,
})

/** A new registration (not one an email already registered answers again); nobody of the account did it, so no operator. */
export function registrationCreated(world: World, target: RegistrationTarget, r: ZoomRegistrant): void {
  const {
    event: _e,
    kind: _k,
    seq: _s,
    join_token,
    occurrence_ids,
    language: _l,
    create_time: _c,
    custom_questions,
    ...fields
  } = r
  const registrant = {
    ...fields,
    ...(custom_questions ? { custom_questions: custom_questions.map((q) => ({ ...q })) } : {}),
    join_url: registrantJoinUrl(target.ref, join_token),
  }
  emitZoomEvent(
    world,
    `${target.kind}.registration_created`,
    { ...eventObject(world, target, occurrence_ids), registrant },
    { noOperator: true },
  )
}

const STATUS_EVENT: Record<StatusAction, string> = {
  approve: 'registration_approved',
  deny: 'registration_denied',
  cancel: 'registration_cancelled',
}

/** A registrant whose status `action` changed (of the occurrence, when one was named). */
export function registrationStatusChanged(
  world: World,
  target: RegistrationTarget,
  action: StatusAction,
  r: ZoomRegistrant,
  occurrenceId: string | undefined,
): void {
  const covered = occurrenceId === undefined ? r.occurrence_ids : [occurrenceId]
  const registrant =
    action === 'approve' ? { ...who(r), join_url: registrantJoinUrl(target.ref, r.join_token) } : who(r)
  emitZoomEvent(world, `${target.kind}.${STATUS_EVENT[action]}`, {
    ...eventObject(world, target, covered),
    registrant,
  })
}
