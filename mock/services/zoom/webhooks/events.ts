/**
 * @module Zoom's events: `emitZoomEvent` queues one for every subscription to it, at its emulator
 * time; the state changes of users and meetings call it with their payloads, shaped as
 * `@zoom/rivet`'s MeetingCreatedEvent, MeetingUpdatedEvent, MeetingDeletedEvent, UserCreatedEvent,
 * UserUpdatedEvent and UserDeletedEvent type them.
 */
import { toOccurrences } from '../../../../src/zoom/recurrence.js'
import { formatGmt } from '../../../../src/zoom/time.js'
import { joinUrl } from '../../../../src/zoom/urls.js'
import type { World } from '../../../core/world.js'
import { occurrenceStartsOf, shownType } from '../meeting-view.js'
import type { ZoomMeeting, ZoomUser } from '../state.js'
import { dispatcherOf, eventNow } from './dispatcher.js'

export interface EventExtra {
  /** The previous values of what changed (`*.updated`). */
  old_object?: unknown
  /** Emulator ms the event happened at; the clock's now (to the second) by default. */
  time?: number
  /** Payload fields besides account_id, operator and object (`operation`, `creation_type`). */
  fields?: Record<string, unknown>
  /** The account it happened in; found from the object's host or user id otherwise. */
  accountId?: string
  /** Leaves out `operator` and `operator_id` (an event nobody of the account did: a registration). */
  noOperator?: boolean
  /** Fields of the delivery beside `event`, `payload` and `event_ts` (recording events' `download_token`). */
  envelope?: Record<string, unknown>
}

type Obj = Record<string, unknown>

/** Who did it: the account's owner (else its first admin), as a token of the account acts for it. */
function operatorOf(world: World, accountId: string): { operator: string; operator_id: string } {
  const users = [...world.store.zoom.users.values()].filter((u) => u.account_id === accountId)
  const who = users.find((u) => u.role_name === 'Owner') ?? users.find((u) => u.role_name === 'Admin')
  return { operator: who?.email ?? '', operator_id: who?.id ?? '' }
}

function accountOf(world: World, object: Obj): string {
  const { users, accounts } = world.store.zoom
  const owner = users.get(String(object.host_id ?? object.id ?? ''))
  return owner?.account_id ?? [...accounts.keys()][0] ?? ''
}

/** The subscriptions that get `event` of emulator time `time`: those to it that existed then and have not failed validation. */
function targetsOf(world: World, event: string, time: number) {
  const { webhooks } = world.store.zoom
  if (webhooks.size === 0) return []
  return [...webhooks.values()].filter(
    (s) => s.status !== 'failed' && s.events.includes(event) && Date.parse(s.createdAt) <= time,
  )
}

/** Whether any subscription gets `event` of time `time` (the clock's now by default): to make what only its payload needs. */
export const isSubscribed = (world: World, event: string, time = eventNow(world)): boolean =>
  targetsOf(world, event, time).length > 0

/**
 * Queues `event` for every subscription to it that existed at its time (`extra.time`, the clock's
 * now by default) and has not failed validation; deliveries go out in event-time order, off the
 * caller's path: this never waits on, or fails because of, a receiver.
 */
export function emitZoomEvent(world: World, event: string, object: unknown, extra: EventExtra = {}): void {
  const time = extra.time ?? eventNow(world)
  const targets = targetsOf(world, event, time)
  if (targets.length === 0) return
  const accountId = extra.accountId ?? accountOf(world, object as Obj)
  const payload = {
    account_id: accountId,
    ...(extra.noOperator ? {} : operatorOf(world, accountId)),
    ...extra.fields,
    object,
    ...(extra.old_object === undefined ? {} : { old_object: extra.old_object, time_stamp: time }),
  }
  const body = JSON.stringify({ event, ...extra.envelope, payload, event_ts: time })
  const dispatcher = dispatcherOf(world)
  for (const s of targets) dispatcher.enqueue({ dueAt: time, subscriptionId: s.id, event, attempt: 1, body })
  dispatcher.kick()
}

const occurrencesOf = (m: ZoomMeeting) =>
  m.type === 8 && m.start_time !== undefined && m.recurrence
    ? { occurrences: toOccurrences([...occurrenceStartsOf(m)], m.duration) }
    : {}

/** What every meeting event's object says of the meeting. */
export const meetingSummary = (m: ZoomMeeting): Obj => ({
  uuid: m.uuid,
  id: m.id,
  host_id: m.host_id,
  topic: m.topic,
  type: shownType(m),
  ...(m.start_time === undefined ? {} : { start_time: m.start_time }),
  duration: m.duration,
  timezone: m.timezone,
})

/** meeting.created's object. */
export const meetingObject = (m: ZoomMeeting): Obj => ({
  ...meetingSummary(m),
  join_url: joinUrl(m),
  password: m.password,
  ...(m.pmi === undefined ? {} : { pmi: m.pmi }),
  ...occurrencesOf(m),
  settings: {
    use_pmi: m.settings.use_pmi,
    alternative_hosts: m.settings.alternative_hosts,
    join_before_host: m.settings.join_before_host,
    jbh_time: m.settings.jbh_time,
  },
  ...(m.recurrence ? { recurrence: { ...m.recurrence } } : {}),
  ...(m.tracking_fields ? { tracking_fields: m.tracking_fields.map((t) => ({ ...t })) } : {}),
})

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields of `after` that differ from `before` (settings key by key), and their previous values; `id` in both. */
export function changes(
  before: Obj,
  after: Obj,
  keys: readonly string[],
  id: unknown,
): [Obj, Obj] | undefined {
  const object: Obj = { id }
  const old: Obj = { id }
  for (const key of keys) {
    const [was, is] = [before[key], after[key]]
    if (same(was, is)) continue
    if (key === 'settings' && was && is) {
      const nested = changes(was as Obj, is as Obj, Object.keys({ ...(was as Obj), ...(is as Obj) }), id)
      if (!nested) continue
      const { id: _a, ...now } = nested[0]
      const { id: _b, ...then } = nested[1]
      object.settings = now
      old.settings = then
      continue
    }
    if (is !== undefined) object[key] = is
    if (was !== undefined) old[key] = was
  }
  return Object.keys(object).length > 1 || Object.keys(old).length > 1 ? [object, old] : undefined
}

const MEETING_FIELDS = [
  'host_id',
  'topic',
  'type',
  'start_time',
  'duration',
  'timezone',
  'agenda',
  'password',
  'settings',
  'recurrence',
  'tracking_fields',
] as const

export function meetingCreated(world: World, m: ZoomMeeting): void {
  emitZoomEvent(world, 'meeting.created', meetingObject(m), { fields: { operation: 'single' } })
}

/** Nothing is sent when the update changed nothing. */
export function meetingUpdated(world: World, before: ZoomMeeting, after: ZoomMeeting): void {
  const diff = changes(
    { ...before, type: shownType(before) },
    { ...after, type: shownType(after) },
    MEETING_FIELDS,
    after.id,
  )
  if (diff)
    emitZoomEvent(world, 'meeting.updated', diff[0], { old_object: diff[1], fields: { scope: 'all' } })
}

/** The whole meeting, or (`occurrenceId`) the one occurrence deleted of it. */
export function meetingDeleted(world: World, m: ZoomMeeting, occurrenceId?: string): void {
  const object = {
    ...meetingSummary(m),
    ...(occurrenceId === undefined
      ? {}
      : {
          occurrences: [
            {
              occurrence_id: occurrenceId,
              start_time: formatGmt(Number(occurrenceId)),
            },
          ],
        }),
  }
  emitZoomEvent(world, 'meeting.deleted', object, {
    fields: { operation: occurrenceId === undefined ? 'all' : 'single' },
  })
}

const userName = (u: ZoomUser) => ({ first_name: u.first_name, last_name: u.last_name })
const displayNameOf = (u: ZoomUser) => u.display_name ?? `${u.first_name} ${u.last_name}`.trim()

export function userCreated(world: World, u: ZoomUser): void {
  const object = { id: u.id, ...userName(u), display_name: displayNameOf(u), email: u.email, type: u.type }
  emitZoomEvent(world, 'user.created', object, {
    accountId: u.account_id,
    fields: { creation_type: u.created_by_action },
  })
}

const USER_FIELDS = [
  'first_name',
  'last_name',
  'display_name',
  'email',
  'type',
  'pmi',
  'use_pmi',
  'timezone',
  'dept',
  'language',
] as const

/** Nothing is sent when the update changed nothing. */
export function userUpdated(world: World, before: ZoomUser, after: ZoomUser): void {
  const named = (u: ZoomUser) => ({ ...u, display_name: displayNameOf(u) })
  const diff = changes(named(before), named(after), USER_FIELDS, after.id)
  if (diff)
    emitZoomEvent(world, 'user.updated', diff[0], { old_object: diff[1], accountId: after.account_id })
}

export function userDeleted(world: World, u: ZoomUser): void {
  emitZoomEvent(
    world,
    'user.deleted',
    { id: u.id, ...userName(u), email: u.email, type: u.type },
    { accountId: u.account_id },
  )
}
