/** @module What an emulator's worlds share: memos of pure facts (they hold no world state), kept across resets, state imports and sandboxes. */

export class SharedMemos {
  readonly #kept = new Map<string, unknown>()

  /** `compute()` once for the emulator, under `key`. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.#kept.has(key)) this.#kept.set(key, compute())
    return this.#kept.get(key) as T
  }
}
