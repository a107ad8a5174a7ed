/** @module The state snapshot: a versioned JSON of a world's clock and store, generic over the store's Maps and arrays. */
import { clockInstant } from '../core/clock.js'
import type { Contracts } from '../core/contracts/contracts.js'
import type { ServiceModule } from '../core/service.js'
import { SharedMemos } from '../core/shared-memos.js'
import { createStore, type Store } from '../core/store.js'
import type { World } from '../core/world.js'
import { badInput, isRecord } from './errors.js'
import { assertConsistent, secretKeyedMaps } from './state-consistency.js'
import { assertSnapshotSchema } from './state-schema.js'

export const STATE_VERSION = 1

/** A slice with each `Map<string, V>` as an object `{key: V}`; arrays and other values as they are. */
export type SliceSnapshot<S> = {
  [K in keyof S]?: S[K] extends Map<string, infer V> ? Record<string, V> : S[K]
}

export interface StateSnapshot extends Partial<{ [K in keyof Store]: SliceSnapshot<Store[K]> }> {
  version: typeof STATE_VERSION
  /** Import sets the world's clock to `now` (`offsetMs`, as GET /__emulator/clock gives it, is accepted and ignored). */
  clock?: { now: string; offsetMs?: number }
}

/** A deep copy that keeps only what JSON keeps, or a 400. */
function jsonCopy(value: unknown, what: string): unknown {
  try {
    return JSON.parse(JSON.stringify(value))
  } catch (error) {
    throw badInput(`${what} is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function exportState(world: World): Required<StateSnapshot> {
  const slices = Object.fromEntries(
    Object.entries(world.store).map(([name, slice]) => [
      name,
      Object.fromEntries(
        Object.entries(slice as object).map(([field, value]) => [
          field,
          value instanceof Map ? Object.fromEntries(value) : value,
        ]),
      ),
    ]),
  )
  const snapshot = {
    version: STATE_VERSION,
    clock: { now: new Date(world.clock.now()).toISOString() },
    ...slices,
  }
  return jsonCopy(snapshot, 'The state') as Required<StateSnapshot>
}

/** Fills the store's Maps and lists from a slice the schema has checked. */
function fillSlice(slice: Record<string, unknown>, input: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(input)) {
    const template = slice[field]
    if (template instanceof Map)
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) template.set(key, entry)
    else slice[field] = value
  }
}

export interface ParsedState {
  store: Store
  /** The snapshot's clock instant, when it has one. */
  now?: number
}

/** A whole new store from a snapshot, or a 400 naming the first problem; a slice left out stays empty. */
export function parseState(
  input: unknown,
  services: readonly ServiceModule[],
  contracts: Contracts,
  shared = new SharedMemos(),
): ParsedState {
  const snapshot = jsonCopy(input, 'The state')
  if (!isRecord(snapshot))
    throw badInput('The state must be an object like {"version":1,"clock":{...},"zoom":{...}}.')
  if (snapshot.version !== STATE_VERSION)
    throw badInput(`state.version must be ${STATE_VERSION}, not ${JSON.stringify(snapshot.version)}.`)
  // The clock's range first: every way of setting the clock refuses an instant outside it with the same text.
  const clock = isRecord(snapshot.clock) ? snapshot.clock : {}
  const instant = typeof clock.now === 'string' ? Date.parse(clock.now) : Number.NaN
  const now = Number.isNaN(instant) ? undefined : clockInstant(instant)
  assertSnapshotSchema(snapshot, contracts, secretKeyedMaps(services))
  const store = createStore(services, shared)
  fillStore(store, snapshot)
  assertConsistent(store, services)
  return { store, ...(now === undefined ? {} : { now }) }
}

/** Fills a fresh store from a checked snapshot (a JSON copy: its entities become the store's). */
function fillStore(store: Store, snapshot: Record<string, unknown>): void {
  for (const name of Object.keys(store) as (keyof Store)[])
    if (snapshot[name] !== undefined)
      fillSlice(store[name] as unknown as Record<string, unknown>, snapshot[name] as Record<string, unknown>)
}

/** Every credential a store answers to, labelled by its service. */
export const credentialsOf = (store: Store, services: readonly ServiceModule[]): string[] =>
  services.flatMap((service) => service.credentialsIn(store[service.key]))

/** Refuses a store whose credentials another world answers to: requests could not tell the worlds apart. */
export function assertCredentialsFree(
  store: Store,
  world: World,
  others: readonly World[],
  services: readonly ServiceModule[],
): void {
  const wanted = new Set(credentialsOf(store, services))
  for (const other of others) {
    if (other === world) continue
    const taken = credentialsOf(other.store, services).find((credential) => wanted.has(credential))
    if (taken) throw badInput(`The state's ${taken} already belongs to world "${other.id}".`)
  }
}

/** Replaces the world's store (and sets its clock) all at once, after every check has passed. */
export interface ImportContext {
  /** Every world of the emulator: none may answer to a credential of the imported state. */
  others: readonly World[]
  services: readonly ServiceModule[]
  contracts: Contracts
}

export function importState(
  world: World,
  input: unknown,
  { others, services, contracts }: ImportContext,
): void {
  const { store, now } = parseState(input, services, contracts, world.shared)
  assertCredentialsFree(store, world, others, services)
  world.store = store
  if (now !== undefined) world.clock.set(now)
  world.settle()
}

/** A seed that fills each new store from a snapshot (`--seed <file>`); the snapshot is checked once, here. */
export function snapshotSeed(
  input: unknown,
  services: readonly ServiceModule[],
  contracts: Contracts,
): (store: Store) => void {
  parseState(input, services, contracts)
  const snapshot = jsonCopy(input, 'The state') as Record<string, unknown>
  return (store) => fillStore(store, jsonCopy(snapshot, 'The state') as Record<string, unknown>)
}
