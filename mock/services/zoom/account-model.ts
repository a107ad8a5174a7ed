/** @module What an account holds besides users and meetings: its groups, tracking fields, scheduling privileges, and the tokens a user is issued. */
import { token } from '../../../src/ids.js'
import type { World } from '../../core/world.js'
import { validationFailed } from './errors.js'
import type { ZoomMeetings } from './meetings-model.js'
import { type ListQuery, paginate } from './pagination.js'
import type { ZoomGroup, ZoomTrackingField, ZoomUser } from './state.js'
import type { ZoomUsers } from './users-model.js'

export type UserTokenType = 'token' | 'zak' | 'onbehalf' | 'zpk'

export class ZoomAccountDirectory {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
    private readonly meetings: ZoomMeetings,
    private readonly accountId?: string,
  ) {}

  private get state() {
    return this.world.store.zoom
  }

  private inAccount(entity: { account_id: string }): boolean {
    return this.accountId === undefined || entity.account_id === this.accountId
  }

  /** One page of the account's groups by name, each with how many of its members are users of the world. */
  groups(query: Pick<ListQuery<Record<string, never>>, 'page_size' | 'next_page_token' | 'sent'>) {
    const { users } = this.state
    const list = paginate(
      `groups|${this.accountId ?? '*'}`,
      { ...query, page_number: 1, filters: {} },
      {},
      this.world.clock.now(),
      (group: ZoomGroup) => [group.name, group.id],
      () => [...this.state.groups.values()].filter((group) => this.inAccount(group)),
    )
    const groups = list.page.map(({ id, name, member_ids }) => ({
      id,
      name,
      total_members: member_ids.filter((member) => users.has(member)).length,
    }))
    return { total_records: list.total, next_page_token: list.nextPageToken, groups }
  }

  /** Every tracking field of the account, by name. */
  trackingFields(): Omit<ZoomTrackingField, 'account_id'>[] {
    return [...this.state.trackingFields.values()]
      .filter((field) => this.inAccount(field))
      .sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
      .map(({ account_id: _, ...field }) => field)
  }

  /** The users `assistant` may schedule meetings for, by email. */
  schedulersOf(assistant: ZoomUser): { id: string; email: string; pmi: number }[] {
    return [...this.state.assistants.values()]
      .filter((privilege) => privilege.assistant_id === assistant.id)
      .flatMap((privilege) => this.users.find(privilege.user_id) ?? [])
      .sort((a, b) => (a.email < b.email ? -1 : 1))
      .map(({ id, email, pmi }) => ({ id, email, pmi }))
  }

  /**
   * A fresh token, never stored (the world holds no secret for it): `token` opaque; `zak`, `zpk`
   * and `onbehalf` JWT-shaped with their type and expiry (`ttl` seconds) readable, signed by nothing
   * the world keeps. `onbehalf` needs a meeting of the account (400/300 without one, 404/3001 else).
   */
  tokenFor(user: ZoomUser, type: UserTokenType, ttl: number, meetingId?: string): string {
    if (type === 'onbehalf') {
      if (meetingId === undefined)
        throw validationFailed([
          { field: 'meeting_id', message: 'Meeting ID is required for an onbehalf token.' },
        ])
      this.meetings.find(meetingId)
    }
    if (type === 'token') return token(32)
    const now = Math.floor(this.world.clock.now() / 1000)
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const claims = { type, uid: user.id, iat: now, exp: now + ttl, ...(meetingId ? { mn: meetingId } : {}) }
    return `${part({ typ: 'JWT', alg: 'HS256' })}.${part(claims)}.${token(32)}`
  }
}
