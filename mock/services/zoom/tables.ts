/** @module The Zoom slice's indexed maps: meetings by host and users by email, kept as the maps change. */
import type { ZoomMeeting, ZoomUser } from './state.js'

/** Every change gets a new number, so a reader can tell whether what it derived is still current. */
let changes = 0

/** Meetings by number, with each host's meeting numbers and a version that changes with any of them. */
export class MeetingTable extends Map<string, ZoomMeeting> {
  readonly #byHost = new Map<string, Set<string>>()
  readonly #hostVersions = new Map<string, number>()

  #touch(hostId: string): Set<string> {
    this.#hostVersions.set(hostId, ++changes)
    let ids = this.#byHost.get(hostId)
    if (!ids) {
      ids = new Set()
      this.#byHost.set(hostId, ids)
    }
    return ids
  }

  override set(id: string, meeting: ZoomMeeting): this {
    const old = super.get(id)
    if (old) this.#touch(old.host_id).delete(id)
    super.set(id, meeting)
    this.#touch(meeting.host_id).add(id)
    return this
  }

  override delete(id: string): boolean {
    const old = super.get(id)
    if (!old) return false
    super.delete(id)
    this.#touch(old.host_id).delete(id)
    return true
  }

  override clear(): void {
    for (const hostId of this.#byHost.keys()) this.#hostVersions.set(hostId, ++changes)
    this.#byHost.clear()
    super.clear()
  }

  /** The numbers of the meetings `hostId` hosts. */
  idsOfHost(hostId: string): ReadonlySet<string> {
    return this.#byHost.get(hostId) ?? new Set()
  }

  /** Changes whenever a meeting of the host is set or deleted. */
  hostVersion(hostId: string): number {
    return this.#hostVersions.get(hostId) ?? 0
  }
}

/** Users by id, with the ids of each (lower-cased) email in insertion order. */
export class UserTable extends Map<string, ZoomUser> {
  readonly #byEmail = new Map<string, string[]>()

  override set(id: string, user: ZoomUser): this {
    const old = super.get(id)
    if (old) this.#forget(id, old.email)
    super.set(id, user)
    const email = user.email.toLowerCase()
    this.#byEmail.set(email, [...(this.#byEmail.get(email) ?? []), id])
    return this
  }

  #forget(id: string, email: string): void {
    const ids = this.#byEmail.get(email.toLowerCase())?.filter((other) => other !== id)
    if (ids?.length) this.#byEmail.set(email.toLowerCase(), ids)
    else this.#byEmail.delete(email.toLowerCase())
  }

  override delete(id: string): boolean {
    const old = super.get(id)
    if (!old) return false
    super.delete(id)
    this.#forget(id, old.email)
    return true
  }

  override clear(): void {
    this.#byEmail.clear()
    super.clear()
  }

  /** Users stored with `email` (in any case) who still have it, oldest first. */
  withEmail(email: string): ZoomUser[] {
    const ids = this.#byEmail.get(email.toLowerCase()) ?? []
    return ids.flatMap((id) => {
      const user = super.get(id)
      return user && user.email.toLowerCase() === email.toLowerCase() ? [user] : []
    })
  }
}
