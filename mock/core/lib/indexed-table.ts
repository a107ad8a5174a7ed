/** @module IndexedTable: a Map by id that keeps its rows in groups (meetings by host, users by email) and what is derived from them, each stamped with the version of the write that changed it. */

/** How a table groups its rows: by `key`; each row counts in its group as `member` (its id by default). */
export interface Grouping<V> {
  key: (row: V) => string
  member?: (row: V, id: string) => string
}

interface Group {
  /** Member → how many rows count as it. */
  readonly members: Map<string, number>
  version: number
}

interface Remembered {
  deps: readonly unknown[]
  value: unknown
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((dep, i) => Object.is(dep, b[i]))

function remembered<T>(
  store: Map<string, Remembered>,
  key: string,
  deps: readonly unknown[],
  compute: () => T,
): T {
  const kept = store.get(key)
  if (kept && sameDeps(kept.deps, deps)) return kept.value as T
  const value = compute()
  store.set(key, { deps, value })
  return value
}

/**
 * Rows are replaced, never edited in place: `set`, `delete` and `clear` are the only writes, and
 * each one takes the next number of this table's version. A group records the version of the last
 * write that changed it; what `derive` keeps for a row is forgotten when the row is written.
 * It is a Map, so the state snapshot reads and fills it like any other.
 */
export class IndexedTable<V, G extends string = never> extends Map<string, V> {
  #version = 0
  readonly #groupings: readonly (readonly [G, Grouping<V>])[]
  readonly #groups = new Map<G, Map<string, Group>>()
  readonly #derived = new Map<string, Map<string, Remembered>>()
  readonly #memos = new Map<string, Remembered>()

  constructor(groupings: Record<G, Grouping<V>>) {
    super()
    this.#groupings = Object.entries(groupings) as [G, Grouping<V>][]
    for (const [name] of this.#groupings) this.#groups.set(name, new Map())
  }

  /** The number of writes so far: it changes with every set, delete and clear. */
  get version(): number {
    return this.#version
  }

  #move(id: string, row: V, delta: 1 | -1): void {
    for (const [name, grouping] of this.#groupings) {
      const groups = this.#groups.get(name) as Map<string, Group>
      const key = grouping.key(row)
      const member = grouping.member?.(row, id) ?? id
      let group = groups.get(key)
      if (!group) {
        group = { members: new Map(), version: 0 }
        groups.set(key, group)
      }
      group.version = this.#version
      const count = (group.members.get(member) ?? 0) + delta
      if (count > 0) group.members.set(member, count)
      else group.members.delete(member)
      if (group.members.size === 0) groups.delete(key)
    }
  }

  override set(id: string, row: V): this {
    this.#version++
    const old = super.get(id)
    if (old !== undefined) this.#move(id, old, -1)
    super.set(id, row)
    this.#move(id, row, 1)
    this.#derived.delete(id)
    return this
  }

  override delete(id: string): boolean {
    const old = super.get(id)
    if (old === undefined) return false
    this.#version++
    super.delete(id)
    this.#move(id, old, -1)
    this.#derived.delete(id)
    return true
  }

  override clear(): void {
    this.#version++
    for (const groups of this.#groups.values()) groups.clear()
    this.#derived.clear()
    this.#memos.clear()
    super.clear()
  }

  /** The members of group `key` of `grouping`, each with how many rows count as it, in the order they joined. */
  members(grouping: G, key: string): ReadonlyMap<string, number> {
    return this.#groups.get(grouping)?.get(key)?.members ?? new Map()
  }

  /** The version of the last write that changed the group; 0 for a group with no rows (nothing derived from it can differ). */
  groupVersion(grouping: G, key: string): number {
    return this.#groups.get(grouping)?.get(key)?.version ?? 0
  }

  /** `compute()` for row `id`, kept while `deps` stay the same (each by Object.is) until the row is written or deleted. */
  derive<T>(id: string, name: string, deps: readonly unknown[], compute: () => T): T {
    if (!super.has(id)) return compute()
    let kept = this.#derived.get(id)
    if (!kept) {
      kept = new Map()
      this.#derived.set(id, kept)
    }
    return remembered(kept, name, deps, compute)
  }

  /** `compute()` kept under `key` while `deps` stay the same: for what many rows make, with their group versions in `deps`. */
  memo<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    return remembered(this.#memos, key, deps, compute)
  }
}
