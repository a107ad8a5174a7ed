/** @module Seeding LTI Pro: credentials, LMS courses and meeting associations added to a world directly, with defaults. */
import type { components } from '../../../src/generated/emulator.js'
import { token } from '../../../src/ids.js'
import { DEMO } from '../../seed/demo.js'
import { firstFree, invalidSeed, ownedElsewhere, type SeedContext } from '../../seed/transaction.js'
import { associationKey, courseKey } from './model.js'
import type { LtiAssociation, LtiCourse, LtiCredential } from './state.js'

export type LtiCredentialSeed = components['schemas']['LtiCredentialSeed']
export type LtiCourseSeed = components['schemas']['LtiCourseSeed']
export type LtiAssociationSeed = components['schemas']['LtiAssociationSeed']

function credentialOf(ctx: SeedContext, key: string | undefined): LtiCredential {
  const credentialKey = key ?? ctx.world.credentials.lti.key
  return (
    ctx.world.store.lti.credentials.get(credentialKey) ??
    invalidSeed('credentialKey', `no LTI Pro credential ${credentialKey} in this world`)
  )
}

/** A key (random unless given) no world answers to, and its secret, for a Zoom account of the world. */
export function seedLtiCredential(ctx: SeedContext, input: LtiCredentialSeed): LtiCredential {
  const { lti, zoom } = ctx.world.store
  const key = input.key ?? token(16)
  const owner = ownedElsewhere(ctx, (world) => world.store.lti.credentials.has(key))
  if (lti.credentials.has(key) || owner)
    invalidSeed('key', `the LTI Pro key ${key} is taken${owner ? ` by world "${owner.id}"` : ''}`)
  const accountId = input.accountId ?? ctx.world.credentials.zoom.accountId
  if (!zoom.accounts.has(accountId)) invalidSeed('accountId', `no Zoom account ${accountId} in this world`)
  return ctx.tx.set(lti.credentials, key, { key, secret: input.secret ?? token(24), accountId })
}

/** A course of the credential (the world's own by default) on the demo LMS domain unless told otherwise. */
export function seedLtiCourse(ctx: SeedContext, input: LtiCourseSeed): LtiCourse {
  const { courses } = ctx.world.store.lti
  const credential = credentialOf(ctx, input.credentialKey)
  const domain = input.domain ?? DEMO.domain
  const keyOf = (contextId: string) => courseKey(credential.key, domain, contextId)
  const contextId =
    input.contextId ??
    firstFree(
      (n) => `context-${n}`,
      (id) => courses.has(keyOf(id)),
    )
  if (courses.has(keyOf(contextId)))
    invalidSeed('contextId', `credential ${credential.key} already has the course ${contextId} on ${domain}`)
  const { courseId } = input
  const course: LtiCourse = {
    credentialKey: credential.key,
    contextId,
    domain,
    ...(courseId === undefined ? {} : { courseId }),
    title: input.title ?? `Course ${contextId}`,
  }
  return ctx.tx.set(courses, keyOf(contextId), course)
}

/** Links a meeting of the credential's Zoom account to one of the credential's courses, as a bulk import would. */
export function seedLtiAssociation(ctx: SeedContext, input: LtiAssociationSeed): LtiAssociation {
  const { lti, zoom } = ctx.world.store
  const credential = credentialOf(ctx, input.credentialKey)
  const meetingId = String(input.meetingId)
  const meeting = zoom.meetings.get(meetingId) ?? invalidSeed('meetingId', `no Zoom meeting ${meetingId}`)
  const account = zoom.users.get(meeting.host_id)?.account_id
  if (account !== credential.accountId)
    invalidSeed(
      'meetingId',
      `Zoom meeting ${meetingId} is not of the credential's account ${credential.accountId}`,
    )
  const { contextId } = input
  const candidates = [...lti.courses.values()].filter(
    (c) =>
      c.credentialKey === credential.key &&
      c.contextId === contextId &&
      (input.domain ?? c.domain) === c.domain,
  )
  if (candidates.length > 1)
    invalidSeed('domain', `course ${contextId} is on several domains: give the domain`)
  const course =
    candidates[0] ??
    invalidSeed(
      'contextId',
      `no course ${contextId}${input.domain ? ` on ${input.domain}` : ''} of credential ${credential.key}`,
    )
  const key = associationKey(credential.key, { meetingId, contextId, domain: course.domain })
  if (lti.associations.has(key))
    invalidSeed('meetingId', `meeting ${meetingId} is already associated with ${contextId}`)
  const courseId = input.courseId ?? course.courseId
  return ctx.tx.set(lti.associations, key, {
    credentialKey: credential.key,
    meetingId,
    contextId,
    domain: course.domain,
    ...(courseId === undefined ? {} : { courseId }),
    createdAt: ctx.world.clock.now(),
  })
}
