/** @module Seeding helpers for the LumiNUS state: modules, users, staff access, subscription keys and meetings, validated. */
import { token, uuid } from '../../../src/ids.js'
import { InvalidLuminusInput } from './errors.js'
import type {
  LuminusMeeting,
  LuminusModule,
  LuminusStaff,
  LuminusState,
  LuminusSubscription,
  LuminusUser,
} from './state.js'

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A NUSNET id: a letter and seven digits, like `e0000001`. */
export const NUSNET_ID_PATTERN = /^[a-z]\d{7}$/i

const fail = (field: string, message: string): never => {
  throw new InvalidLuminusInput(message, field)
}

const requireUuid = (field: string, what: string, id: string): string =>
  UUID_PATTERN.test(id) ? id.toLowerCase() : fail(field, `${what} must be a UUID: ${JSON.stringify(id)}`)

const requireText = (field: string, what: string, value: string): string =>
  value.trim() === '' ? fail(field, `${what} must not be empty`) : value

const requireInstant = (field: string, value: string): string =>
  Number.isFinite(Date.parse(value))
    ? new Date(value).toISOString()
    : fail(field, `${field} must be an ISO date-time: ${value}`)

const requireModule = (state: LuminusState, field: string, moduleId: string): LuminusModule =>
  state.modules.get(moduleId.toLowerCase()) ?? fail(field, `No LumiNUS module ${moduleId}`)

const requireUser = (state: LuminusState, field: string, userId: string): LuminusUser =>
  state.users.get(userId) ?? fail(field, `No LumiNUS user ${userId}`)

export const staffKey = (moduleId: string, userId: string): string => `${moduleId.toLowerCase()}|${userId}`

export function addModule(
  state: LuminusState,
  input: { id?: string; code: string; name: string },
): LuminusModule {
  const id = requireUuid('id', 'A module id', input.id ?? uuid())
  if (state.modules.has(id)) fail('id', `Module ${id} already exists`)
  const module = { id, code: requireText('code', 'A module code', input.code), name: input.name }
  state.modules.set(id, module)
  return module
}

export function addUser(state: LuminusState, input: LuminusUser): LuminusUser {
  if (!NUSNET_ID_PATTERN.test(input.id))
    fail('id', `A user id must be a NUSNET id like e0000001: ${input.id}`)
  if (state.users.has(input.id)) fail('id', `User ${input.id} already exists`)
  const user = { id: input.id, name: requireText('name', 'A user name', input.name), email: input.email }
  state.users.set(user.id, user)
  return user
}

/** Makes the user staff of the module with full or read-only access, replacing any earlier access. */
export function grantStaffAccess(state: LuminusState, input: LuminusStaff): LuminusStaff {
  const module = requireModule(state, 'moduleId', input.moduleId)
  requireUser(state, 'userId', input.userId)
  if (input.access !== 'full' && input.access !== 'read')
    fail('access', `Access must be full or read: ${input.access}`)
  const staff = { moduleId: module.id, userId: input.userId, access: input.access }
  state.staff.set(staffKey(module.id, input.userId), staff)
  return staff
}

export function revokeStaffAccess(state: LuminusState, moduleId: string, userId: string): boolean {
  return state.staff.delete(staffKey(moduleId, userId))
}

/** A subscription key for the user; a random one unless given. */
export function addSubscription(
  state: LuminusState,
  input: { userId: string; key?: string },
): LuminusSubscription {
  requireUser(state, 'userId', input.userId)
  const key = requireText('key', 'A subscription key', input.key ?? token(16))
  if (state.subscriptions.has(key)) fail('key', 'That subscription key is already in use')
  const subscription = { key, userId: input.userId }
  state.subscriptions.set(key, subscription)
  return subscription
}

export type NewLuminusMeeting = Pick<
  LuminusMeeting,
  'moduleId' | 'meetingID' | 'name' | 'startDate' | 'endDate' | 'creatorID'
> &
  Partial<Omit<LuminusMeeting, 'lastKnown'>>

const MEETING_DEFAULTS = {
  meetingType: 2,
  isSendEmail: false,
  isPublishRecordURL: false,
  exportMultimediaWeb: false,
  channelID: null,
  channelName: null,
  publishMutimediaChannel: false,
  hostKey: '',
} as const satisfies Partial<LuminusMeeting>

/**
 * A LumiNUS meeting linked to a Zoom meeting number, in a module that exists, created by a user that
 * exists. The Zoom meeting need not exist: a sync then answers `notFoundInZoom`.
 */
export function addMeeting(state: LuminusState, input: NewLuminusMeeting, now: number): LuminusMeeting {
  const id = requireUuid('id', 'A meeting id', input.id ?? uuid())
  if (state.meetings.has(id)) fail('id', `Meeting ${id} already exists`)
  const module = requireModule(state, 'moduleId', input.moduleId)
  requireUser(state, 'creatorID', input.creatorID)
  if (!/^\d{9,11}$/.test(input.meetingID))
    fail('meetingID', `meetingID must be a Zoom meeting number: ${input.meetingID}`)
  if (input.meetingType !== undefined && ![1, 2, 3].includes(input.meetingType))
    fail('meetingType', `meetingType must be 1 (exam), 2 (custom) or 3 (timetable): ${input.meetingType}`)
  if (input.channelID != null) requireUuid('channelID', 'A channelID', input.channelID)
  const startDate = requireInstant('startDate', input.startDate)
  const endDate = requireInstant('endDate', input.endDate)
  if (Date.parse(endDate) < Date.parse(startDate)) fail('endDate', 'endDate must not be before startDate')
  const meeting: LuminusMeeting = {
    ...MEETING_DEFAULTS,
    ...input,
    id,
    moduleId: module.id,
    name: requireText('name', 'A meeting name', input.name),
    startDate,
    endDate,
    createdDate: requireInstant('createdDate', input.createdDate ?? new Date(now).toISOString()),
  }
  state.meetings.set(id, meeting)
  return meeting
}
