/** @module LTI Pro associations, indexed by credential: which meetings each credential links to any course, kept as the map changes. */
import type { LtiAssociation } from './state.js'

let changes = 0

/** Associations by `credentialKey|meetingId|domain|contextId`, with each credential's associated meetings and a version. */
export class AssociationTable extends Map<string, LtiAssociation> {
  /** Credential → meeting number → how many courses link it. */
  readonly #byCredential = new Map<string, Map<string, number>>()
  readonly #versions = new Map<string, number>()

  #count(association: LtiAssociation, delta: 1 | -1): void {
    const { credentialKey, meetingId } = association
    this.#versions.set(credentialKey, ++changes)
    let meetings = this.#byCredential.get(credentialKey)
    if (!meetings) {
      meetings = new Map()
      this.#byCredential.set(credentialKey, meetings)
    }
    const count = (meetings.get(meetingId) ?? 0) + delta
    if (count > 0) meetings.set(meetingId, count)
    else meetings.delete(meetingId)
  }

  override set(key: string, association: LtiAssociation): this {
    const old = super.get(key)
    if (old) this.#count(old, -1)
    super.set(key, association)
    this.#count(association, 1)
    return this
  }

  override delete(key: string): boolean {
    const old = super.get(key)
    if (!old) return false
    super.delete(key)
    this.#count(old, -1)
    return true
  }

  override clear(): void {
    for (const credentialKey of this.#byCredential.keys()) this.#versions.set(credentialKey, ++changes)
    this.#byCredential.clear()
    super.clear()
  }

  /** Meeting numbers the credential associates with at least one course. */
  meetingsOf(credentialKey: string): ReadonlyMap<string, number> {
    return this.#byCredential.get(credentialKey) ?? new Map()
  }

  /** Changes whenever an association of the credential is set or deleted. */
  version(credentialKey: string): number {
    return this.#versions.get(credentialKey) ?? 0
  }
}
