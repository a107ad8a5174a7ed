/** @module What a state snapshot's schema cannot say: each entity under its own key, and each reference the emulator never leaves dangling pointing at an entity that exists. */
import { courseKey } from '../lti-pro/model.js'
import { staffKey } from '../luminus/records.js'
import type { Store } from '../store.js'
import { badInput } from './errors.js'
import { entryName, SECRET_KEYED } from './state-schema.js'

type Entity = Record<string, unknown>
type Entries = Iterable<[string, Entity]>

/** Where a Map is, the Map, and the key each of its entities belongs under. */
type OwnKey = [where: string, entries: Entries, keyOf: (entity: Entity) => string]

/** Where entities are, them, the field that refers, what it refers to, its name, and (for a composite key) the key it names. */
type Reference = [
  where: string,
  entries: Entries,
  field: string,
  target: ReadonlyMap<string, unknown>,
  targetName: string,
  refOf?: (entity: Entity) => string,
]

const text = (entity: Entity, field: string) => String(entity[field])

function ownKeys({ zoom, lti, luminus }: Store): OwnKey[] {
  const id = (entity: Entity) => text(entity, 'id')
  return [
    ['zoom.accounts', zoom.accounts as Entries, id],
    ['zoom.users', zoom.users as Entries, id],
    ['zoom.meetings', zoom.meetings as Entries, id],
    ['lti.credentials', lti.credentials as Entries, (c) => text(c, 'key')],
    [
      'lti.courses',
      lti.courses as Entries,
      (c) => courseKey(text(c, 'credentialKey'), text(c, 'domain'), text(c, 'contextId')),
    ],
    [
      'lti.associations',
      lti.associations as Entries,
      (a) => ['credentialKey', 'meetingId', 'domain', 'contextId'].map((f) => text(a, f)).join('|'),
    ],
    ['luminus.users', luminus.users as Entries, id],
    ['luminus.modules', luminus.modules as Entries, id],
    ['luminus.staff', luminus.staff as Entries, (s) => staffKey(text(s, 'moduleId'), text(s, 'userId'))],
    ['luminus.subscriptions', luminus.subscriptions as Entries, (s) => text(s, 'key')],
    ['luminus.meetings', luminus.meetings as Entries, id],
  ]
}

/** References to what a running emulator never deletes: accounts, users (with their meetings), credentials, courses, LumiNUS modules and users. */
function references({ zoom, lti, luminus }: Store): Reference[] {
  const jobs = lti.bulkJobs.map((job, index): [string, Entity] => [String(index), job as unknown as Entity])
  return [
    ['zoom.users', zoom.users as Entries, 'account_id', zoom.accounts, 'Zoom account'],
    ['zoom.meetings', zoom.meetings as Entries, 'host_id', zoom.users, 'Zoom user'],
    ['zoom.tokens', zoom.tokens as Entries, 'accountId', zoom.accounts, 'Zoom account'],
    ['lti.credentials', lti.credentials as Entries, 'accountId', zoom.accounts, 'Zoom account'],
    ['lti.courses', lti.courses as Entries, 'credentialKey', lti.credentials, 'LTI credential'],
    ['lti.associations', lti.associations as Entries, 'credentialKey', lti.credentials, 'LTI credential'],
    [
      'lti.associations',
      lti.associations as Entries,
      'contextId',
      lti.courses,
      'LTI course',
      (a) => courseKey(text(a, 'credentialKey'), text(a, 'domain'), text(a, 'contextId')),
    ],
    ['lti.bulkJobs', jobs, 'credentialKey', lti.credentials, 'LTI credential'],
    ['luminus.staff', luminus.staff as Entries, 'moduleId', luminus.modules, 'LumiNUS module'],
    ['luminus.staff', luminus.staff as Entries, 'userId', luminus.users, 'LumiNUS user'],
    ['luminus.subscriptions', luminus.subscriptions as Entries, 'userId', luminus.users, 'LumiNUS user'],
    ['luminus.meetings', luminus.meetings as Entries, 'moduleId', luminus.modules, 'LumiNUS module'],
    ['luminus.meetings', luminus.meetings as Entries, 'creatorID', luminus.users, 'LumiNUS user'],
  ]
}

function misplaced([where, entries, keyOf]: OwnKey): string | undefined {
  let position = 0
  for (const [key, entity] of entries) {
    const own = keyOf(entity)
    if (key !== own)
      return SECRET_KEYED.has(where)
        ? `${where}: entry ${position + 1} must be keyed by its own key`
        : `${where}: the entry "${key}" must be keyed "${own}", by its own id`
    position++
  }
  return undefined
}

function dangling([where, entries, field, target, targetName, refOf]: Reference): string | undefined {
  let position = 0
  for (const [key, entity] of entries) {
    const ref = refOf ? refOf(entity) : text(entity, field)
    if (!target.has(ref))
      return `${where}[${entryName(where, key, position)}].${field}: no ${targetName} "${ref}" in the state`
    position++
  }
  return undefined
}

/**
 * Refuses, with a 400 naming the entry, a store with an entry under another key than its own or a
 * reference to what the emulator never deletes. References that can dangle in a running emulator (an
 * association, a bulk job item or a LumiNUS meeting whose Zoom meeting was deleted) are left to reads,
 * which tolerate them.
 */
export function assertConsistent(store: Store): void {
  const problem = ownKeys(store).map(misplaced).find(Boolean) ?? references(store).map(dangling).find(Boolean)
  if (problem) throw badInput(`${problem}.`)
}
