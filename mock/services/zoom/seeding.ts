/** @module Seeding Zoom: users and meetings added to a world directly, with defaults, under the API's own rules. */
import type { components } from '../../../src/generated/emulator.js'
import { zoomUserId } from '../../../src/ids.js'
import { meetingBodyErrors } from '../../../src/zoom/meeting-rules.js'
import { formatGmt, isIanaTimeZone } from '../../../src/zoom/time.js'
import { firstFree, invalidSeed, type SeedContext } from '../../seed/transaction.js'
import { timeZonesOf } from './meeting-view.js'
import { freeMeetingNumber, newMeeting, newMeetingSchedule } from './meetings-model.js'
import type { ZoomMeeting, ZoomUser, ZoomWebinar } from './state.js'
import { meetingDefaults, userSettingsOf } from './user-settings.js'
import { randomPmi, usersWithEmail, ZoomUsers } from './users-model.js'
import { newWebinar, newWebinarSchedule, webinarsEnabled } from './webinars-model.js'

export type ZoomUserSeed = components['schemas']['ZoomUserSeed']
export type ZoomMeetingSeed = components['schemas']['ZoomMeetingSeed']
export type ZoomWebinarSeed = components['schemas']['ZoomWebinarSeed']

/** A user of the world's Zoom account (or `account_id`); ids and emails (any case) stay unique. */
export function seedZoomUser(ctx: SeedContext, input: ZoomUserSeed): ZoomUser {
  const { zoom } = ctx.world.store
  const emailTaken = (email: string) => usersWithEmail(zoom.users, email).length > 0
  const id = input.id ?? zoomUserId()
  if (zoom.users.has(id)) invalidSeed('id', `a Zoom user ${id} already exists`)
  const email = input.email ?? firstFree((n) => `user${n}@example.edu`, emailTaken, zoom.users.size + 1)
  if (emailTaken(email)) invalidSeed('email', `a Zoom user already has the email ${email}`)
  const accountId = input.account_id ?? ctx.world.credentials.zoom.accountId
  if (!zoom.accounts.has(accountId)) invalidSeed('account_id', `no Zoom account ${accountId} in this world`)
  if (input.timezone !== undefined && !isIanaTimeZone(input.timezone))
    invalidSeed('timezone', `not an IANA time zone: ${input.timezone}`)
  const { display_name, use_pmi } = input
  const user: ZoomUser = {
    id,
    account_id: accountId,
    email,
    first_name: input.first_name ?? 'Test',
    last_name: input.last_name ?? 'User',
    ...(display_name === undefined ? {} : { display_name }),
    type: input.type ?? 2,
    role_name: input.role_name ?? 'Member',
    status: input.status ?? 'active',
    pmi: input.pmi ?? randomPmi(),
    ...(use_pmi === undefined ? {} : { use_pmi }),
    timezone: input.timezone ?? 'UTC',
    language: input.language ?? 'en-US',
    dept: input.dept ?? '',
    created_at: formatGmt(ctx.world.clock.now()),
    created_by_action: input.created_by_action ?? 'custCreate',
  }
  return ctx.tx.set(zoom.users, id, user)
}

/**
 * A meeting as `POST /v2/users/{host}/meetings` would create it (Zoom's rules and defaults, from
 * meeting-rules.ts and the meetings model), except that a start time in the past is kept.
 */
export function seedZoomMeeting(ctx: SeedContext, input: ZoomMeetingSeed): ZoomMeeting {
  const { zoom } = ctx.world.store
  const { host_id: hostId, id, uuid, ...body } = input
  const host = new ZoomUsers(ctx.world).find(hostId) ?? invalidSeed('host_id', `no Zoom user ${hostId}`)
  const zones = timeZonesOf(zoom.meetings)
  const [error] = meetingBodyErrors(body, zones)
  if (error) invalidSeed(error.field, error.message)
  const now = ctx.world.clock.now()
  const schedule = newMeetingSchedule(body, host, now, true, zones)
  if (!schedule.ok) return invalidSeed(schedule.errors[0]?.field ?? 'type', schedule.errors[0]?.message ?? '')
  assertFreeNumber(ctx, id, uuid)
  const meeting = newMeeting({
    host,
    input: body,
    schedule: schedule.value,
    now,
    id: id ?? freeMeetingNumber(zoom),
    defaults: meetingDefaults(userSettingsOf(zoom, host)),
    ...(uuid === undefined ? {} : { uuid }),
  })
  return ctx.tx.set(zoom.meetings, String(meeting.id), meeting)
}

/** Refuses a number or UUID a meeting or webinar of the world already has. */
function assertFreeNumber(ctx: SeedContext, id: number | undefined, uuid: string | undefined): void {
  const { meetings, webinars } = ctx.world.store.zoom
  if (id !== undefined && (meetings.has(String(id)) || webinars.has(String(id))))
    invalidSeed('id', `a Zoom meeting or webinar ${id} already exists`)
  if (uuid !== undefined && [...meetings.values(), ...webinars.values()].some((m) => m.uuid === uuid))
    invalidSeed('uuid', `a Zoom meeting or webinar already has the UUID ${uuid}`)
}

/**
 * A webinar as `POST /v2/users/{host}/webinars` would create it (the meetings' schedule rules, the
 * webinar defaults), of a host whose settings enable webinars; a start time in the past is kept.
 */
export function seedZoomWebinar(ctx: SeedContext, input: ZoomWebinarSeed): ZoomWebinar {
  const { zoom } = ctx.world.store
  const { host_id: hostId, id, uuid, ...body } = input
  const host = new ZoomUsers(ctx.world).find(hostId) ?? invalidSeed('host_id', `no Zoom user ${hostId}`)
  if (!webinarsEnabled(zoom, host)) invalidSeed('host_id', `the settings of ${hostId} do not enable webinars`)
  const zones = timeZonesOf(zoom.meetings)
  const [error] = meetingBodyErrors(body, zones)
  if (error) invalidSeed(error.field, error.message)
  const now = ctx.world.clock.now()
  const schedule = newWebinarSchedule(body, host, now, true, zones)
  if (!schedule.ok) return invalidSeed(schedule.errors[0]?.field ?? 'type', schedule.errors[0]?.message ?? '')
  assertFreeNumber(ctx, id, uuid)
  const webinar = newWebinar({
    host,
    body,
    schedule: schedule.value,
    now,
    id: id ?? freeMeetingNumber(zoom),
    ...(uuid === undefined ? {} : { uuid }),
  })
  return ctx.tx.set(zoom.webinars, String(webinar.id), webinar)
}
