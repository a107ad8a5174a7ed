/** @module A world (the default one or a sandbox): its store, its clock, its credentials; and the registry of worlds. */
import { type Clock, type ClockOptions, createClock } from './clock.js'
import { type Credentials, DEMO_CREDENTIALS, seedDemo } from './seed/demo.js'
import { createStore, type Store } from './store.js'

/** Fills a fresh store; runs at construction and again on every reset. */
export type Seed = (store: Store, now: number, credentials: Credentials) => void

export const emptySeed: Seed = () => {}

export interface World {
  /** `default`, or the sandbox's id. */
  readonly id: string
  readonly credentials: Credentials
  readonly clock: Clock
  /** Replaced, never mutated in place, by `reset()`: read it through the world each time. */
  store: Store
  /** Back to the state of construction: the seed re-run and the clock as it started. */
  reset(): void
}

export interface WorldOptions {
  id: string
  credentials?: Credentials
  clock?: ClockOptions
  seed?: Seed
}

export function createWorld({
  id,
  credentials = DEMO_CREDENTIALS,
  clock: clockOptions,
  seed = seedDemo,
}: WorldOptions): World {
  const clock = createClock(clockOptions)
  const seeded = (): Store => {
    const store = createStore()
    seed(store, clock.now(), credentials)
    return store
  }
  const world: World = {
    id,
    credentials,
    clock,
    store: seeded(),
    reset() {
      clock.reset()
      world.store = seeded()
    },
  }
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
}
