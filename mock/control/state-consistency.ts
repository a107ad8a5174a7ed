/** @module What a state snapshot's schema cannot say: each entity under its own key, and each reference the emulator never leaves dangling pointing at an entity that exists. */
import { courseKey } from '../lti-pro/model.js'
import { staffKey } from '../luminus/records.js'
import type { Store } from '../store.js'
import { badInput } from './errors.js'

/** The first entry of `map` that is not under its entity's own key. */
function misplaced<V>(where: string, map: Map<string, V>, keyOf: (entity: V) => string): string | undefined {
  for (const [key, entity] of map) {
    const own = keyOf(entity)
    if (key !== own) return `${where}: the entry "${key}" must be keyed "${own}", by its own id`
  }
  return undefined
}

/** The first entity of `entities` whose reference `refOf` names nothing in `target`. */
function dangling<V>(
  where: string,
  entities: Iterable<[string, V]>,
  field: string,
  refOf: (entity: V) => string,
  target: ReadonlyMap<string, unknown>,
  targetName: string,
): string | undefined {
  for (const [key, entity] of entities) {
    const ref = refOf(entity)
    if (!target.has(ref)) return `${where}["${key}"].${field}: no ${targetName} "${ref}" in the state`
  }
  return undefined
}

/**
 * Refuses, with a 400 naming the entry, a store whose entries are under another key than their own, or
 * that refers to what the emulator never deletes (accounts, users with their meetings, credentials,
 * courses, LumiNUS modules and users). References that can dangle in a running emulator (an
 * association or a LumiNUS meeting whose Zoom meeting was deleted) are left for reads to tolerate.
 */
export function assertConsistent(store: Store): void {
  const { zoom, lti, luminus } = store
  const jobs = lti.bulkJobs.map((job, index): [string, (typeof lti.bulkJobs)[number]] => [String(index), job])
  const problem =
    misplaced('zoom.accounts', zoom.accounts, (a) => a.id) ??
    misplaced('zoom.users', zoom.users, (u) => u.id) ??
    misplaced('zoom.meetings', zoom.meetings, (m) => String(m.id)) ??
    misplaced('lti.credentials', lti.credentials, (c) => c.key) ??
    misplaced('lti.courses', lti.courses, (c) => courseKey(c.credentialKey, c.domain, c.contextId)) ??
    misplaced(
      'lti.associations',
      lti.associations,
      (a) => `${a.credentialKey}|${a.meetingId}|${a.domain}|${a.contextId}`,
    ) ??
    misplaced('luminus.users', luminus.users, (u) => u.id) ??
    misplaced('luminus.modules', luminus.modules, (m) => m.id) ??
    misplaced('luminus.staff', luminus.staff, (s) => staffKey(s.moduleId, s.userId)) ??
    misplaced('luminus.subscriptions', luminus.subscriptions, (s) => s.key) ??
    misplaced('luminus.meetings', luminus.meetings, (m) => m.id) ??
    dangling('zoom.users', zoom.users, 'account_id', (u) => u.account_id, zoom.accounts, 'Zoom account') ??
    dangling('zoom.meetings', zoom.meetings, 'host_id', (m) => m.host_id, zoom.users, 'Zoom user') ??
    dangling('zoom.tokens', zoom.tokens, 'accountId', (t) => t.accountId, zoom.accounts, 'Zoom account') ??
    dangling(
      'lti.credentials',
      lti.credentials,
      'accountId',
      (c) => c.accountId,
      zoom.accounts,
      'Zoom account',
    ) ??
    dangling(
      'lti.courses',
      lti.courses,
      'credentialKey',
      (c) => c.credentialKey,
      lti.credentials,
      'LTI credential',
    ) ??
    dangling(
      'lti.associations',
      lti.associations,
      'credentialKey',
      (a) => a.credentialKey,
      lti.credentials,
      'LTI credential',
    ) ??
    dangling(
      'lti.associations',
      lti.associations,
      'contextId',
      (a) => courseKey(a.credentialKey, a.domain, a.contextId),
      lti.courses,
      'LTI course',
    ) ??
    dangling(
      'lti.bulkJobs',
      jobs,
      'credentialKey',
      (j) => j.credentialKey,
      lti.credentials,
      'LTI credential',
    ) ??
    dangling(
      'luminus.staff',
      luminus.staff,
      'moduleId',
      (s) => s.moduleId,
      luminus.modules,
      'LumiNUS module',
    ) ??
    dangling('luminus.staff', luminus.staff, 'userId', (s) => s.userId, luminus.users, 'LumiNUS user') ??
    dangling(
      'luminus.subscriptions',
      luminus.subscriptions,
      'userId',
      (s) => s.userId,
      luminus.users,
      'LumiNUS user',
    ) ??
    dangling(
      'luminus.meetings',
      luminus.meetings,
      'moduleId',
      (m) => m.moduleId,
      luminus.modules,
      'LumiNUS module',
    ) ??
    dangling(
      'luminus.meetings',
      luminus.meetings,
      'creatorID',
      (m) => m.creatorID,
      luminus.users,
      'LumiNUS user',
    )
  if (problem) throw badInput(`${problem}.`)
}
