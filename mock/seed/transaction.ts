/** @module What every service's seeding shares: the world it adds to, an undo log that makes a batch all or nothing, and the error naming a field. */
import type { World } from '../core/world.js'

/** A seed input refused: `field` is the input's own field (`host_id`, `recurrence.end_times`). */
export class InvalidSeed extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'InvalidSeed'
  }
}

export const invalidSeed = (field: string, message: string): never => {
  throw new InvalidSeed(field, message)
}

/** Records each map entry a batch writes, so that a failure puts every map back as it was. */
export class SeedTransaction {
  readonly #undo: (() => void)[] = []

  /** Call before writing `key` of `map` (directly or through a helper that writes it). */
  track<V>(map: Map<string, V>, key: string): void {
    const had = map.has(key)
    const previous = map.get(key)
    this.#undo.push(() => (had ? map.set(key, previous as V) : map.delete(key)))
  }

  set<V>(map: Map<string, V>, key: string, value: V): V {
    this.track(map, key)
    map.set(key, value)
    return value
  }

  rollback(): void {
    for (const undo of this.#undo.reverse()) undo()
    this.#undo.length = 0
  }
}

/** What a service's seeding function gets: the world, the other worlds (for credentials), the undo log. */
export interface SeedContext {
  readonly world: World
  /** Every other world: credentials must stay unique across them, as requests find their world by them. */
  readonly otherWorlds: readonly World[]
  readonly tx: SeedTransaction
}

/** Whether a world other than the seeded one answers to `owns`. */
export const ownedElsewhere = (ctx: SeedContext, owns: (world: World) => boolean): World | undefined =>
  ctx.otherWorlds.find(owns)

/** `base`, or `base` followed by 2, 3, … until `taken` says no. */
export function firstFree(
  base: (n: number) => string,
  taken: (candidate: string) => boolean,
  from = 1,
): string {
  let n = from
  while (taken(base(n))) n++
  return base(n)
}
