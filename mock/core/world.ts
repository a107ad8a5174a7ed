/** @module A world (the default one or a sandbox): its store, its clock, its credentials; and the registry of worlds. */

import { type Clock, type ClockOptions, createClock } from './clock.js'
import { FaultSet } from './faults.js'
import { DEFAULT_JOURNAL_BYTES, Journal } from './journal.js'
import type { ServiceNames } from './request-tags.js'
import { SharedMemos } from './shared-memos.js'
import { type Credentials, createStore, type Store } from './store.js'

/** What a world needs of each of its services (a ServiceModule gives it): its slice, its name for fault rules, and what the clock makes due. */
export interface WorldService {
  readonly name: keyof ServiceNames & string
  readonly key: keyof Store
  createState(shared: SharedMemos): Store[keyof Store]
  settle?(world: World): void
  /** Names of what the service sends out (e.g. webhook deliveries) that fault rules may match, besides its own name. */
  readonly outboundNames?: readonly (keyof ServiceNames & string)[]
  /** Stops what runs on the world's behalf outside requests (timers, deliveries): the world is reset or deleted. */
  dispose?(world: World): void
}

/** Fills a fresh store; runs at construction and again on every reset. */
export type Seed = (store: Store, now: number, credentials: Credentials) => void

export const emptySeed: Seed = () => {}

export interface World {
  /** `default`, or the sandbox's id. */
  readonly id: string
  readonly credentials: Credentials
  /** The services the emulator emulates, in the order it tries them. */
  readonly services: readonly WorldService[]
  readonly clock: Clock
  /** The emulator's ServiceOptions (mock/core/context.ts), for what runs on the world's clock outside requests. */
  readonly options: object
  /** The emulator's memos of pure facts, which every world's store starts from (a reset keeps them). */
  readonly shared: SharedMemos
  /** Replaced, never mutated in place, by `reset()` and state imports: read it through the world each time. */
  store: Store
  /** The requests this world's credentials made (control: GET /__emulator/requests). */
  readonly journal: Journal
  /** The fault rules that apply to this world's requests. */
  readonly faults: FaultSet
  /** Applies whatever the clock has made due in every service (e.g. bulk jobs): the core calls it before anything reads the world. */
  settle(): void
  /** Back to the state of construction: the seed re-run, the clock as it started, journal and fault rules emptied. */
  reset(): void
  /** Stops whatever its services run outside requests; reset does it too, a deleted sandbox has it done. */
  dispose(): void
}

export const DEFAULT_JOURNAL_SIZE = 1000
export const DEFAULT_FAULT_SEED = 1

export interface WorldOptions {
  id: string
  services: readonly WorldService[]
  credentials: Credentials
  clock?: ClockOptions
  seed: Seed
  /** The emulator's ServiceOptions (none by default: each service then reads its defaults). */
  options?: object
  /** How many requests the journal keeps before it forgets the oldest. */
  journalSize?: number
  /** How many bytes of bodies the journal keeps (each entry counts its bodies and 1 KiB) before it forgets the oldest. */
  journalBytes?: number
  /** Seeds the generator that decides fault rules with a `probability`. */
  faultSeed?: number
  /** The emulator's memos, shared by its worlds (a world of its own by default). */
  shared?: SharedMemos
}

export function createWorld({
  id,
  services,
  credentials,
  clock: clockOptions,
  seed,
  options = {},
  journalSize = DEFAULT_JOURNAL_SIZE,
  journalBytes = DEFAULT_JOURNAL_BYTES,
  faultSeed = DEFAULT_FAULT_SEED,
  shared = new SharedMemos(),
}: WorldOptions): World {
  const clock = createClock(clockOptions)
  const seeded = (): Store => {
    const store = createStore(services, shared)
    seed(store, clock.now(), credentials)
    return store
  }
  const world: World = {
    id,
    credentials,
    services,
    clock,
    options,
    shared,
    store: seeded(),
    journal: new Journal(journalSize, journalBytes),
    faults: new FaultSet(
      faultSeed,
      services.flatMap((service) => [service.name, ...(service.outboundNames ?? [])]),
    ),
    settle() {
      for (const service of services) service.settle?.(world)
    },
    dispose() {
      for (const service of services) service.dispose?.(world)
    },
    reset() {
      world.dispose()
      clock.reset()
      world.store = seeded()
      world.journal.clear()
      world.faults.clear()
      world.settle()
    },
  }
  // What the clock makes due is settled from the start, so a service can tell what happened before the world watched.
  world.settle()
  return world
}

/** Every world the emulator holds; requests find theirs by the credentials they carry. */
export class WorldRegistry {
  readonly sandboxes = new Map<string, World>()

  constructor(readonly defaultWorld: World) {}

  all(): World[] {
    return [this.defaultWorld, ...this.sandboxes.values()]
  }

  get(id: string): World | undefined {
    return id === this.defaultWorld.id ? this.defaultWorld : this.sandboxes.get(id)
  }

  /** The first world for which `owns` is true. */
  find(owns: (world: World) => boolean): World | undefined {
    if (owns(this.defaultWorld)) return this.defaultWorld
    for (const sandbox of this.sandboxes.values()) if (owns(sandbox)) return sandbox
    return undefined
  }

  /** Credential → the world last found to own it; a hit counts only while that world is registered and still owns it. */
  readonly #owners = new Map<string, World>()

  /**
   * `find(owns)` remembered under `credential`, so a request finds its sandbox among thousands in
   * one lookup. Worlds never share a credential (imports refuse it, sandboxes get random ones), so
   * the world remembered is the first that owns it.
   */
  findOwner(credential: string, owns: (world: World) => boolean): World | undefined {
    const remembered = this.#owners.get(credential)
    if (remembered && this.get(remembered.id) === remembered && owns(remembered)) return remembered
    const found = this.find(owns)
    if (this.#owners.size >= MAX_REMEMBERED_OWNERS) this.#owners.clear()
    if (found) this.#owners.set(credential, found)
    else this.#owners.delete(credential)
    return found
  }
}

const MAX_REMEMBERED_OWNERS = 100_000
