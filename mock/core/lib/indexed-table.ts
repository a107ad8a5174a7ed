/** @module IndexedTable: a Map by id that keeps its rows in groups (meetings by host, users by email), each stamped with the version of the write that changed it, and what is derived from its rows. */

/** How a table groups its rows: by `key`; each row counts in its group as `member` (its id by default). */
export interface Grouping<V> {
  key: (row: V) => string
  member?: (row: V, id: string) => string
}

interface Group {
  /** In the order they joined. */
  readonly members: Set<string>
  /** Members more than one row counts as, with how many (a Set holds the usual single ones for less memory). */
  shared?: Map<string, number>
  version: number
}

interface Index<V, G> extends Grouping<V> {
  readonly name: G
  /** By group key. */
  readonly groups: Map<string, Group>
}

interface Remembered {
  deps: readonly unknown[]
  value: unknown
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false
  return true
}

function remembered<K, T>(
  store: { get(key: K): Remembered | undefined; set(key: K, value: Remembered): unknown },
  key: K,
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
 * write that changed it. What `derive` keeps for a row object goes with any write of that row.
 * It is a Map, so the state snapshot reads and fills it like any other.
 */
export class IndexedTable<V extends object, G extends string = never> extends Map<string, V> {
  #version = 0
  readonly #indexes: readonly Index<V, G>[]
  /** By name, what was derived from each row object; made on first use, as most tables derive nothing. */
  #derived: Map<string, WeakMap<V, Remembered>> | undefined
  #memos: Map<string, Remembered> | undefined

  constructor(groupings: Record<G, Grouping<V>>) {
    super()
    this.#indexes = (Object.entries(groupings) as [G, Grouping<V>][]).map(([name, grouping]) => ({
      name,
      ...grouping,
      groups: new Map(),
    }))
  }

  /** The number of writes so far: it changes with every set, delete and clear. */
  get version(): number {
    return this.#version
  }

  #move(id: string, row: V, delta: 1 | -1): void {
    for (const { key: keyOf, member: memberOf, groups } of this.#indexes) {
      const key = keyOf(row)
      const member = memberOf?.(row, id) ?? id
      let group = groups.get(key)
      if (!group) {
        group = { members: new Set(), version: 0 }
        groups.set(key, group)
      }
      group.version = this.#version
      const count = (group.members.has(member) ? (group.shared?.get(member) ?? 1) : 0) + delta
      if (count > 0) group.members.add(member)
      else group.members.delete(member)
      if (count > 1) {
        group.shared ??= new Map()
        group.shared.set(member, count)
      } else group.shared?.delete(member)
      if (group.members.size === 0) groups.delete(key)
    }
  }

  /** The row leaves its groups, and what was derived from it goes (even when the same object, edited, is set again). */
  #forget(id: string, old: V): void {
    this.#move(id, old, -1)
    for (const kept of this.#derived?.values() ?? []) kept.delete(old)
  }

  override set(id: string, row: V): this {
    this.#version++
    const old = super.get(id)
    if (old !== undefined) this.#forget(id, old)
    super.set(id, row)
    this.#move(id, row, 1)
    return this
  }

  override delete(id: string): boolean {
    const old = super.get(id)
    if (old === undefined) return false
    this.#version++
    super.delete(id)
    this.#forget(id, old)
    return true
  }

  override clear(): void {
    this.#version++
    for (const { groups } of this.#indexes) groups.clear()
    this.#derived = undefined
    this.#memos = undefined
    super.clear()
  }

  #group(grouping: G, key: string): Group | undefined {
    return this.#indexes.find((index) => index.name === grouping)?.groups.get(key)
  }

  /** The members of group `key` of `grouping` (each counted by one row or more), in the order they joined. */
  members(grouping: G, key: string): ReadonlySet<string> {
    return this.#group(grouping, key)?.members ?? new Set()
  }

  /** The version of the last write that changed the group; 0 for a group with no rows (nothing derived from it can differ). */
  groupVersion(grouping: G, key: string): number {
    return this.#group(grouping, key)?.version ?? 0
  }

  /** `compute()` of a stored row, kept under `name` with that row object while `deps` stay the same (each by Object.is). */
  derive<T>(row: V, name: string, deps: readonly unknown[], compute: () => T): T {
    this.#derived ??= new Map()
    let kept = this.#derived.get(name)
    if (!kept) {
      kept = new WeakMap()
      this.#derived.set(name, kept)
    }
    return remembered(kept, row, deps, compute)
  }

  /** `compute()` kept under `key` while `deps` stay the same: for what many rows make, with their group versions in `deps`. */
  memo<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    this.#memos ??= new Map()
    return remembered(this.#memos, key, deps, compute)
  }
}
