/** @module Zoom users of one account: create (four actions), look up by id, email or `me`, list, update, delete. */

import type { components } from '../../../src/generated/zoom.js'
import { meetingNumber, zoomUserId } from '../../../src/ids.js'
import { withoutNulls } from '../../../src/zoom/meeting-rules.js'
import { formatGmt, isIanaTimeZone } from '../../../src/zoom/time.js'
import type { World } from '../../core/world.js'
import { emailInUse, userNotFound, userNotInAccount, validationFailed } from './errors.js'
import { endLiveInstances, writeMeeting } from './happenings.js'
import { type ListQuery, paginate } from './pagination.js'
import { deleteRegistrantsOf } from './registrants-model.js'
import type { UserTable, ZoomUser, ZoomUserStatus } from './state.js'
import { usersWithEmail } from './user-lookup.js'
import { meetingDeleted, userCreated, userDeleted, userUpdated } from './webhooks/events.js'
import { webinarDeleted } from './webhooks/webinar-events.js'

const USER_STATUSES: readonly ZoomUserStatus[] = ['active', 'inactive', 'pending']

export type UserCreate = components['schemas']['UserCreate']
export type UserUpdate = components['schemas']['UserUpdate']

/** A personal meeting id: 10 digits, never starting with 0. */
export const randomPmi = (): number => 1_000_000_000 + (meetingNumber() % 9_000_000_000)

export { displayName, usersWithEmail } from './user-lookup.js'

/** The users an access token may see: its own account's, or every account's when unscoped (LTI Pro's view). */
export class ZoomUsers {
  constructor(
    private readonly world: World,
    private readonly accountId?: string,
  ) {}

  private get users(): UserTable {
    return this.world.store.zoom.users
  }

  private inScope(u: ZoomUser): boolean {
    return this.accountId === undefined || u.account_id === this.accountId
  }

  /**
   * A user by id, email (any case) or `me` (the account's owner, else its first admin); the id of
   * another account's user is 400/1010; else 404/1001.
   */
  resolve(userId: string): ZoomUser {
    const found = userId === 'me' ? this.accountOwner() : this.find(userId)
    if (found) return found
    if (this.accountId !== undefined && this.users.get(userId)) throw userNotInAccount(this.accountId)
    throw userNotFound(userId)
  }

  /** A user by id or email (any case), without `me`. */
  find(idOrEmail: string): ZoomUser | undefined {
    const byId = this.users.get(idOrEmail)
    return byId && this.inScope(byId)
      ? byId
      : usersWithEmail(this.users, idOrEmail).find((u) => this.inScope(u))
  }

  /** Every user the token may see. */
  inAccount(): ZoomUser[] {
    return [...this.users.values()].filter((u) => this.inScope(u))
  }

  private accountOwner(): ZoomUser | undefined {
    const all = [...this.users.values()].filter((u) => this.inScope(u))
    return all.find((u) => u.role_name === 'Owner') ?? all.find((u) => u.role_name === 'Admin')
  }

  /** A body its contract has accepted; 409/1005 when the email is taken. */
  create({ action, user_info: info }: UserCreate): ZoomUser {
    const { email } = info
    if (usersWithEmail(this.users, email).length > 0) throw emailInUse(email)
    const account = this.accountId ?? [...this.world.store.zoom.accounts.keys()][0] ?? ''
    const user: ZoomUser = {
      id: zoomUserId(),
      account_id: account,
      email,
      first_name: info.first_name ?? '',
      last_name: info.last_name ?? '',
      ...(info.display_name === undefined ? {} : { display_name: info.display_name }),
      type: info.type,
      role_name: 'Member',
      status: action === 'create' ? 'pending' : 'active',
      pmi: randomPmi(),
      timezone: 'UTC',
      language: 'en-US',
      dept: '',
      created_at: formatGmt(this.world.clock.now()),
      created_by_action: action,
    }
    this.users.set(user.id, user)
    userCreated(this.world, user)
    return user
  }

  /** One page of the users with the request's `status` (or its token's), by creation time. */
  list(query: ListQuery<{ status: ZoomUserStatus }>) {
    return paginate(
      `users|${this.accountId ?? '*'}`,
      query,
      { status: USER_STATUSES },
      this.world.clock.now(),
      (u: ZoomUser) => [u.created_at, u.id],
      ({ status }) => [...this.users.values()].filter((u) => this.inScope(u) && u.status === status),
    )
  }

  /** A body its contract has accepted, a null field left unchanged; the timezone must also be an IANA zone. */
  update(userId: string, input: UserUpdate): void {
    const user = this.resolve(userId)
    const body = withoutNulls(input)
    if (body.timezone !== undefined && !isIanaTimeZone(body.timezone))
      throw validationFailed([{ field: 'timezone', message: 'Invalid timezone.' }])
    const { first_name, last_name, display_name, type, timezone, language, dept, use_pmi } = body
    const sent = Object.entries({
      first_name,
      last_name,
      display_name,
      type,
      timezone,
      language,
      dept,
      use_pmi,
    })
    const changed = { ...user, ...Object.fromEntries(sent.filter(([, v]) => v !== undefined)) }
    this.users.set(user.id, changed)
    userUpdated(this.world, user, changed)
  }

  /**
   * Removes the user, the meetings and webinars they host (with their registrants), their settings
   * and scheduling privileges, for both
   * `disassociate` and `delete`: either way the account no longer sees them (transfer of meetings
   * is not emulated).
   */
  delete(userId: string): void {
    const user = this.resolve(userId)
    const { meetings, webinars, userSettings, assistants } = this.world.store.zoom
    for (const id of [...meetings.members('host', user.id)]) {
      const meeting = meetings.get(id)
      endLiveInstances(this.world, id)
      writeMeeting(this.world, id, () => meetings.delete(id))
      deleteRegistrantsOf(this.world.store.zoom, Number(id))
      if (meeting) meetingDeleted(this.world, meeting)
    }
    for (const id of [...webinars.members('host', user.id)]) {
      const webinar = webinars.get(id)
      endLiveInstances(this.world, id)
      writeMeeting(this.world, id, () => webinars.delete(id))
      deleteRegistrantsOf(this.world.store.zoom, Number(id))
      if (webinar) webinarDeleted(this.world, webinar)
    }
    this.users.delete(user.id)
    userSettings.delete(user.id)
    for (const [key, { user_id, assistant_id }] of assistants)
      if (user_id === user.id || assistant_id === user.id) assistants.delete(key)
    userDeleted(this.world, user)
  }
}
