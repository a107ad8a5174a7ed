/** @module Seeding LumiNUS: modules, users, staff access, subscription keys and meetings with defaults, under records.ts's rules. */
import type { components } from '../../../src/generated/emulator.js'
import { token, uuid } from '../../../src/ids.js'
import {
  firstFree,
  InvalidSeed,
  invalidSeed,
  ownedElsewhere,
  type SeedContext,
} from '../../seed/transaction.js'
import { InvalidLuminusInput } from './errors.js'
import { addMeeting, addModule, addSubscription, addUser, grantStaffAccess, staffKey } from './records.js'
import type {
  LuminusMeeting,
  LuminusModule,
  LuminusStaff,
  LuminusSubscription,
  LuminusUser,
} from './state.js'

export type LuminusModuleSeed = components['schemas']['LuminusModuleSeed']
export type LuminusUserSeed = components['schemas']['LuminusUserSeed']
export type LuminusStaffSeed = components['schemas']['LuminusStaffSeed']
export type LuminusSubscriptionSeed = components['schemas']['LuminusSubscriptionSeed']
export type LuminusMeetingSeed = components['schemas']['LuminusMeetingSeed']

const HOUR = 3_600_000

/** records.ts's refusals, as seeding errors naming the field. */
function underRecordRules<T>(add: () => T): T {
  try {
    return add()
  } catch (error) {
    if (error instanceof InvalidLuminusInput) throw new InvalidSeed(error.field, error.message)
    throw error
  }
}

export function seedLuminusModule(ctx: SeedContext, input: LuminusModuleSeed): LuminusModule {
  const { modules } = ctx.world.store.luminus
  const id = (input.id ?? uuid()).toLowerCase()
  const codes = new Set([...modules.values()].map((m) => m.code))
  const code =
    input.code ??
    firstFree(
      (n) => `MOD${n}`,
      (c) => codes.has(c),
      1001 + modules.size,
    )
  ctx.tx.track(modules, id)
  return underRecordRules(() =>
    addModule(ctx.world.store.luminus, { id, code, name: input.name ?? `Module ${code}` }),
  )
}

export function seedLuminusUser(ctx: SeedContext, input: LuminusUserSeed): LuminusUser {
  const { users } = ctx.world.store.luminus
  const id =
    input.id ??
    firstFree(
      (n) => `e${String(n).padStart(7, '0')}`,
      (candidate) => users.has(candidate),
      1000 + users.size,
    )
  ctx.tx.track(users, id)
  return underRecordRules(() =>
    addUser(ctx.world.store.luminus, {
      id,
      name: input.name ?? `User ${id}`,
      email: input.email ?? `${id.toLowerCase()}@u.nus.edu`,
    }),
  )
}

/** Staff access (full by default) once per module and user. */
export function seedLuminusStaff(ctx: SeedContext, input: LuminusStaffSeed): LuminusStaff {
  const { staff } = ctx.world.store.luminus
  const key = staffKey(input.moduleId, input.userId)
  if (staff.has(key)) invalidSeed('userId', `${input.userId} is already staff of module ${input.moduleId}`)
  ctx.tx.track(staff, key)
  return underRecordRules(() =>
    grantStaffAccess(ctx.world.store.luminus, { ...input, access: input.access ?? 'full' }),
  )
}

/** A key (random unless given) that no world answers to. */
export function seedLuminusSubscription(
  ctx: SeedContext,
  input: LuminusSubscriptionSeed,
): LuminusSubscription {
  const { subscriptions } = ctx.world.store.luminus
  const key = input.key ?? token(16)
  const owner = ownedElsewhere(ctx, (world) => world.store.luminus.subscriptions.has(key))
  if (owner) invalidSeed('key', `that subscription key belongs to world "${owner.id}"`)
  ctx.tx.track(subscriptions, key)
  return underRecordRules(() => addSubscription(ctx.world.store.luminus, { userId: input.userId, key }))
}

/** Name and dates default to the Zoom meeting's topic and times when it exists (else now and an hour later). */
export function seedLuminusMeeting(ctx: SeedContext, input: LuminusMeetingSeed): LuminusMeeting {
  const { luminus, zoom } = ctx.world.store
  const now = ctx.world.clock.now()
  const meetingID = String(input.meetingID)
  const linked = zoom.meetings.get(meetingID)
  const start = linked?.start_time === undefined ? now : Date.parse(linked.start_time)
  const id = (input.id ?? uuid()).toLowerCase()
  ctx.tx.track(luminus.meetings, id)
  return underRecordRules(() =>
    addMeeting(
      luminus,
      {
        ...input,
        id,
        meetingID,
        name: input.name ?? linked?.topic ?? 'LumiNUS meeting',
        startDate: input.startDate ?? new Date(start).toISOString(),
        endDate: input.endDate ?? new Date(start + (linked ? linked.duration * 60_000 : HOUR)).toISOString(),
      },
      now,
    ),
  )
}
