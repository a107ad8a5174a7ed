/** @module Seeding a Zoom account's groups, tracking fields and scheduling privileges, referring to users by id or email. */
import type { components } from '../../../src/generated/emulator.js'
import { token } from '../../../src/ids.js'
import { invalidSeed, type SeedContext } from '../../seed/transaction.js'
import type { ZoomAssistant, ZoomGroup, ZoomTrackingField } from './state.js'
import { ZoomUsers } from './users-model.js'

export type ZoomGroupSeed = components['schemas']['ZoomGroupSeed']
export type ZoomTrackingFieldSeed = components['schemas']['ZoomTrackingFieldSeed']
export type ZoomAssistantSeed = components['schemas']['ZoomAssistantSeed']

const accountOf = (ctx: SeedContext, accountId: string | undefined): string => {
  const id = accountId ?? ctx.world.credentials.zoom.accountId
  if (!ctx.world.store.zoom.accounts.has(id)) invalidSeed('account_id', `no Zoom account ${id} in this world`)
  return id
}

/** The user `idOrEmail` names, of `accountId` when given. */
function userId(ctx: SeedContext, field: string, idOrEmail: string, accountId?: string): string {
  const user = new ZoomUsers(ctx.world, accountId).find(idOrEmail)
  return (
    user?.id ?? invalidSeed(field, `no Zoom user ${idOrEmail}${accountId ? ` in account ${accountId}` : ''}`)
  )
}

/** A group of the world's account (or `account_id`) with members of that account. */
export function seedZoomGroup(ctx: SeedContext, input: ZoomGroupSeed): ZoomGroup {
  const { groups } = ctx.world.store.zoom
  const id = input.id ?? token(16)
  if (groups.has(id)) invalidSeed('id', `a Zoom group ${id} already exists`)
  const account_id = accountOf(ctx, input.account_id)
  const members = (input.members ?? []).map((member, i) => userId(ctx, `members[${i}]`, member, account_id))
  return ctx.tx.set(groups, id, { id, account_id, name: input.name, member_ids: [...new Set(members)] })
}

/** A tracking field of the world's account (or `account_id`); names are unique in an account. */
export function seedZoomTrackingField(ctx: SeedContext, input: ZoomTrackingFieldSeed): ZoomTrackingField {
  const { trackingFields } = ctx.world.store.zoom
  const id = input.id ?? token(16)
  if (trackingFields.has(id)) invalidSeed('id', `a Zoom tracking field ${id} already exists`)
  const account_id = accountOf(ctx, input.account_id)
  if ([...trackingFields.values()].some((f) => f.account_id === account_id && f.field === input.field))
    invalidSeed('field', `the account already has a tracking field ${input.field}`)
  const field: ZoomTrackingField = {
    id,
    account_id,
    field: input.field,
    required: input.required ?? false,
    visible: input.visible ?? true,
    recommended_values: input.recommended_values ?? [],
  }
  return ctx.tx.set(trackingFields, id, field)
}

/** `assistant_id` may schedule for `user_id`: two users of one account, by id or email. */
export function seedZoomAssistant(ctx: SeedContext, input: ZoomAssistantSeed): ZoomAssistant {
  const { users, assistants } = ctx.world.store.zoom
  const user_id = userId(ctx, 'user_id', input.user_id)
  const account = users.get(user_id)?.account_id
  const assistant_id = userId(ctx, 'assistant_id', input.assistant_id, account)
  if (assistant_id === user_id) invalidSeed('assistant_id', 'a user cannot be their own assistant')
  const key = `${user_id}|${assistant_id}`
  if (assistants.has(key))
    invalidSeed('assistant_id', `${input.assistant_id} is already an assistant of ${input.user_id}`)
  return ctx.tx.set(assistants, key, { user_id, assistant_id })
}
