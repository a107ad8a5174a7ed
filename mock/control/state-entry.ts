/** @module One entry of a world's state changed or deleted in place (`PATCH`/`DELETE /__emulator/state/{slice}/{table}/{key}`), checked as a state import is: the entry against its schema, then every reference. */
import type { Contracts } from '../core/contracts/contracts.js'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { badInput, ControlError, isRecord } from './errors.js'
import { STATE_VERSION } from './state.js'
import { assertConsistent, secretKeyedMaps } from './state-consistency.js'
import { assertSnapshotSchema } from './state-schema.js'

/** `lti` / `courses` / `demo-lti-key|https://lms.example.edu|cs1010`: a slice, one of its Maps, and the entry's key there. */
export interface EntryRef {
  slice: string
  table: string
  key: string
}

interface EntryContext {
  services: readonly ServiceModule[]
  contracts: Contracts
}

const entryName = ({ slice, table, key }: EntryRef) => `${slice}.${table}["${key}"]`

function tableOf(world: World, { slice, table }: EntryRef, services: EntryContext['services']) {
  const state = (world.store as unknown as Record<string, Record<string, unknown> | undefined>)[slice]
  const map = state?.[table]
  if (!(map instanceof Map))
    throw new ControlError(404, `No table ${slice}.${table} in the state: GET /__emulator/state shows them.`)
  if (secretKeyedMaps(services).has(`${slice}.${table}`))
    throw badInput(`${slice}.${table} is keyed by secrets; replace it with PUT /__emulator/state.`)
  return map as Map<string, unknown>
}

function currentEntry(map: Map<string, unknown>, ref: EntryRef): Record<string, unknown> {
  const entry = map.get(ref.key)
  if (entry === undefined) throw new ControlError(404, `No entry ${entryName(ref)} in this world.`)
  if (!isRecord(entry))
    throw badInput(`${entryName(ref)} is not an object; replace it with PUT /__emulator/state.`)
  return entry
}

/** Makes `change` to `map`, then checks every reference of the store; on a refusal the Map is put back as it was, in its order. */
function changeChecked(
  world: World,
  map: Map<string, unknown>,
  change: () => void,
  refusal: (message: string) => string,
  services: EntryContext['services'],
): void {
  const before = [...map]
  change()
  try {
    assertConsistent(world.store, services)
  } catch (error) {
    map.clear()
    for (const [k, v] of before) map.set(k, v)
    if (error instanceof ControlError) throw badInput(refusal(error.message))
    throw error
  }
}

/**
 * Sets the fields `change` gives (`null` removes an optional one, as a JSON merge patch does) and
 * answers the entry as stored. A field its schema refuses, or a key field changed (an entry stays
 * under its own key), is a 400 and nothing changes.
 */
export function patchEntry(world: World, ref: EntryRef, change: unknown, ctx: EntryContext): unknown {
  const map = tableOf(world, ref, ctx.services)
  const current = currentEntry(map, ref)
  if (!isRecord(change) || Object.keys(change).length === 0)
    throw badInput(
      'The change must be an object of the fields to set, like {"name":"…"} (null removes a field).',
    )
  const next: Record<string, unknown> = structuredClone(current)
  for (const [field, value] of Object.entries(change))
    if (value === null) delete next[field]
    else next[field] = value
  const entry = JSON.parse(JSON.stringify(next)) as Record<string, unknown>
  assertSnapshotSchema(
    { version: STATE_VERSION, [ref.slice]: { [ref.table]: { [ref.key]: entry } } },
    ctx.contracts,
    secretKeyedMaps(ctx.services),
  )
  changeChecked(
    world,
    map,
    () => map.set(ref.key, entry),
    (message) => `That change to ${entryName(ref)} is refused: ${message}.`,
    ctx.services,
  )
  world.settle()
  return structuredClone(entry)
}

/** Removes the entry; one that another entry refers to (a module with staff, say) is a 400 naming that entry, and stays. */
export function deleteEntry(world: World, ref: EntryRef, ctx: EntryContext): void {
  const map = tableOf(world, ref, ctx.services)
  currentEntry(map, ref)
  changeChecked(
    world,
    map,
    () => map.delete(ref.key),
    (message) => `${entryName(ref)} is still referred to (${message}): delete or change that first.`,
    ctx.services,
  )
  world.settle()
}
