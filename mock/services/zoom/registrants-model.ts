/**
 * @module Registrants of meetings and webinars under one set of rules: approval and registration
 * types, closed registration, capacity, duplicate emails and the approve/deny/cancel actions.
 */
import type { components } from '../../../src/generated/zoom.js'
import { token, zoomUserId } from '../../../src/ids.js'
import { formatGmt } from '../../../src/zoom/time.js'
import type { MeetingRef } from '../../../src/zoom/urls.js'
import type { World } from '../../core/world.js'
import {
  registrantLimitReached,
  registrationClosed,
  registrationNotEnabled,
  validationFailed,
} from './errors.js'
import { type ListQuery, paginate } from './pagination.js'
import type { ZoomRegistrant, ZoomState } from './state.js'
import { registrationCreated, registrationStatusChanged } from './webhooks/registrant-events.js'

export type RegistrantBody = components['schemas']['RegistrantCreate']
export type StatusAction = components['schemas']['RegistrantStatusUpdate']['action']
export type RegistrantRef = NonNullable<
  components['schemas']['RegistrantStatusUpdate']['registrants']
>[number]
export type RegistrantStatus = ZoomRegistrant['status']

/** What registration needs of a meeting or a webinar. */
export interface RegistrationTarget {
  kind: 'meeting' | 'webinar'
  /** Its number and encrypted passcode, for join URLs. */
  ref: MeetingRef
  topic: string
  start_time?: string
  duration: number
  /** Recurring with a fixed time (type 8 or 9): its occurrences, which registration types 2 and 3 register for one by one. */
  recurring: boolean
  occurrenceStarts: readonly number[]
  approval_type: 0 | 1 | 2
  registration_type: 1 | 2 | 3
  close_registration: boolean
  /** The most registrants it takes. */
  capacity: number
}

/** Zoom's limit of registrants per meeting, from the Add a meeting registrant reference. */
export const MEETING_REGISTRANT_LIMIT = 4999
const MINUTE = 60_000
const STATUSES: RegistrantStatus[] = ['approved', 'pending', 'denied']

/** What each action does to a registrant of each status; a status left out is not changed, `null` removes the registrant. */
const STATUS_TRANSITIONS: Record<StatusAction, Partial<Record<RegistrantStatus, RegistrantStatus | null>>> = {
  approve: { pending: 'approved', denied: 'approved' },
  deny: { pending: 'denied', approved: 'denied' },
  cancel: { pending: null, approved: null },
}

/** Removes every registrant of a meeting or webinar (once it is deleted). */
export function deleteRegistrantsOf(state: ZoomState, eventId: number): void {
  for (const id of [...state.registrants.members('event', String(eventId))]) state.registrants.delete(id)
}

const endsAt = (target: RegistrationTarget, start: number) => start + target.duration * MINUTE

/** Whether a registrant is registered for the occurrence (one who chose none is registered for all). */
const registeredFor = (r: ZoomRegistrant, occurrenceId: string | undefined) =>
  occurrenceId === undefined || r.occurrence_ids === undefined || r.occurrence_ids.includes(occurrenceId)

export class ZoomRegistrants {
  constructor(private readonly world: World) {}

  private get table() {
    return this.world.store.zoom.registrants
  }

  private registrantsOf(target: RegistrationTarget): ZoomRegistrant[] {
    const ids = this.table.members('event', String(target.ref.id))
    return [...ids].flatMap((id) => this.table.get(id) ?? [])
  }

  private assertEnabled(target: RegistrationTarget): void {
    if (target.approval_type === 2) throw registrationNotEnabled(target.kind, target.ref.id)
  }

  /** The occurrences a new registration covers: undefined for all; else those named (or every one not yet over). */
  private chosenOccurrences(target: RegistrationTarget, occurrenceIds: string | undefined, now: number) {
    if (!target.recurring || target.registration_type === 1) return undefined
    const open = target.occurrenceStarts.filter((at) => endsAt(target, at) > now).map(String)
    if (occurrenceIds === undefined) return open
    const named = [...new Set(occurrenceIds.split(','))]
    if (named.some((id) => !open.includes(id)))
      throw validationFailed([{ field: 'occurrence_ids', message: 'Invalid occurrence_ids.' }])
    return named
  }

  /**
   * Registers `body` (404/404 when the event takes no registration; 400/3038 when registration is
   * closed and it is over). An email already registered answers that registration, with any newly
   * chosen occurrences added to it.
   */
  add(target: RegistrationTarget, body: RegistrantBody, occurrenceIds?: string): ZoomRegistrant {
    this.assertEnabled(target)
    const now = this.world.clock.now()
    const { occurrenceStarts } = target
    const over = occurrenceStarts.length > 0 && occurrenceStarts.every((at) => endsAt(target, at) <= now)
    if (target.close_registration && over) throw registrationClosed(target.kind)
    const chosen = this.chosenOccurrences(target, occurrenceIds, now)
    const registrants = this.registrantsOf(target)
    const email = body.email.toLowerCase()
    const existing = registrants.find((r) => r.email.toLowerCase() === email)
    if (existing) {
      if (!chosen || !existing.occurrence_ids) return existing
      const widened = { ...existing, occurrence_ids: [...new Set([...existing.occurrence_ids, ...chosen])] }
      this.table.set(existing.id, widened)
      return widened
    }
    if (registrants.length >= target.capacity) throw registrantLimitReached(target.kind)
    const { auto_approve, custom_questions, ...fields } = body
    const registrant: ZoomRegistrant = {
      ...fields,
      ...(custom_questions ? { custom_questions: custom_questions.map((q) => ({ ...q })) } : {}),
      id: zoomUserId(),
      event: target.ref.id,
      kind: target.kind,
      status: target.approval_type === 0 || auto_approve === true ? 'approved' : 'pending',
      create_time: formatGmt(now),
      seq: Math.max(0, ...registrants.map((r) => r.seq)) + 1,
      join_token: token(32),
      ...(chosen ? { occurrence_ids: chosen } : {}),
    }
    this.table.set(registrant.id, registrant)
    registrationCreated(this.world, target, registrant)
    return registrant
  }

  /** One page of the registrants of `status` (of the occurrence, when named), in the order they registered. */
  list(target: RegistrationTarget, query: ListQuery<{ status: RegistrantStatus }>, occurrenceId?: string) {
    this.assertEnabled(target)
    return paginate(
      `registrants|${target.ref.id}|${occurrenceId ?? ''}`,
      query,
      { status: STATUSES },
      this.world.clock.now(),
      (r: ZoomRegistrant) => [r.seq],
      ({ status }) =>
        this.registrantsOf(target).filter((r) => r.status === status && registeredFor(r, occurrenceId)),
    )
  }

  /** Applies `action` to each registrant named by id or email (of the occurrence, when named); one the event has not is passed over. */
  updateStatus(
    target: RegistrationTarget,
    action: StatusAction,
    refs: RegistrantRef[],
    occurrenceId?: string,
  ) {
    this.assertEnabled(target)
    const registrants = this.registrantsOf(target).filter((r) => registeredFor(r, occurrenceId))
    const named = (r: ZoomRegistrant) =>
      refs.some((ref) => ref.id === r.id || ref.email?.toLowerCase() === r.email.toLowerCase())
    for (const r of registrants.filter(named)) {
      const next = STATUS_TRANSITIONS[action][r.status]
      if (next === undefined) continue
      if (next === null) this.table.delete(r.id)
      else this.table.set(r.id, { ...r, status: next })
      registrationStatusChanged(this.world, target, action, r, occurrenceId)
    }
  }
}
