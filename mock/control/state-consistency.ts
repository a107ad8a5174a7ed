/** @module What a state snapshot's schema cannot say, checked from each service's StateRules: each entity under its own key, and each reference the emulator never leaves dangling pointing at an entity that exists. */
import type { OwnKey, Reference, ServiceModule } from '../core/service.js'
import type { Store } from '../core/store.js'
import { badInput } from './errors.js'

/** `"demo-host"`, or `entry 2` where the Map's keys are secrets (`secretKeyed`). */
export const entryName = (secret: boolean, key: string, position: number): string =>
  secret ? `entry ${position + 1}` : `"${key}"`

/** `zoom.tokens`-style names of every Map whose keys are secrets. */
export const secretKeyedMaps = (services: readonly ServiceModule[]): ReadonlySet<string> =>
  new Set(
    services.flatMap((service) => (service.secretKeyed ?? []).map((field) => `${service.key}.${field}`)),
  )

function misplaced([where, entries, keyOf]: OwnKey, secret: ReadonlySet<string>): string | undefined {
  let position = 0
  for (const [key, entity] of entries) {
    const own = keyOf(entity)
    if (key !== own)
      return secret.has(where)
        ? `${where}: entry ${position + 1} must be keyed by its own key`
        : `${where}: the entry "${key}" must be keyed "${own}", by its own id`
    position++
  }
  return undefined
}

function dangling(
  [where, entries, field, target, targetName, refOf]: Reference,
  secret: ReadonlySet<string>,
): string | undefined {
  let position = 0
  for (const [key, entity] of entries) {
    const ref = refOf ? refOf(entity) : String(entity[field])
    if (!target.has(ref))
      return `${where}[${entryName(secret.has(where), key, position)}].${field}: no ${targetName} "${ref}" in the state`
    position++
  }
  return undefined
}

/**
 * Refuses, with a 400 naming the entry, a store with an entry under another key than its own or a
 * reference to what the emulator never deletes. References that can dangle in a running emulator
 * (e.g. to a deleted meeting) are left out of the rules, and reads tolerate them.
 */
export function assertConsistent(store: Store, services: readonly ServiceModule[]): void {
  const secret = secretKeyedMaps(services)
  const rules = services.map((service) => service.stateRules?.(store) ?? { ownKeys: [], references: [] })
  const problem =
    rules
      .flatMap((r) => r.ownKeys)
      .map((rule) => misplaced(rule, secret))
      .find(Boolean) ??
    rules
      .flatMap((r) => r.references)
      .map((rule) => dangling(rule, secret))
      .find(Boolean)
  if (problem) throw badInput(`${problem}.`)
}
