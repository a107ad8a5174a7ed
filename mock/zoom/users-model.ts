/** @module Zoom users of one account: create (four actions), look up by id, email or `me`, list, update, delete. */
import { meetingNumber, zoomUserId } from '../../src/ids.js'
import { formatGmt, isIanaTimeZone } from '../../src/zoom/time.js'
import type { World } from '../world.js'
import { emailInUse, userNotFound, validationFailed } from './errors.js'
import { pageSizeOf, paginate } from './pagination.js'
import type { ZoomUser, ZoomUserStatus } from './state.js'
import type { UserTable } from './tables.js'

const ACTIONS = ['create', 'autoCreate', 'custCreate', 'ssoCreate'] as const
const USER_TYPES = [1, 2, 4, 99] as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type FieldError = { field: string; message: string }
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function nameErrors(source: Record<string, unknown>, prefix: string): FieldError[] {
  const errors: FieldError[] = []
  for (const [field, max] of [
    ['first_name', 64],
    ['last_name', 64],
    ['display_name', 128],
    ['dept', 128],
  ] as const) {
    const v = source[field]
    if (v !== undefined && (typeof v !== 'string' || v.length > max))
      errors.push({ field: `${prefix}${field}`, message: `Must be a string of at most ${max} characters.` })
  }
  if (source.type !== undefined && !USER_TYPES.includes(source.type as never))
    errors.push({ field: `${prefix}type`, message: 'Invalid user type.' })
  return errors
}

export const displayName = (u: ZoomUser): string => u.display_name ?? `${u.first_name} ${u.last_name}`.trim()

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

  /** A user by id, email (any case) or `me` (the account's owner, else its first admin); 404/1001 otherwise. */
  resolve(userId: string): ZoomUser {
    const found = userId === 'me' ? this.accountOwner() : this.byIdOrEmail(userId)
    if (!found) throw userNotFound(userId)
    return found
  }

  private byIdOrEmail(userId: string): ZoomUser | undefined {
    const byId = this.users.get(userId)
    return byId && this.inScope(byId) ? byId : this.users.withEmail(userId).find((u) => this.inScope(u))
  }

  private accountOwner(): ZoomUser | undefined {
    const all = [...this.users.values()].filter((u) => this.inScope(u))
    return all.find((u) => u.role_name === 'Owner') ?? all.find((u) => u.role_name === 'Admin')
  }

  create(body: unknown): ZoomUser {
    const errors: FieldError[] = []
    const action = isObject(body) ? body.action : undefined
    const info = isObject(body) && isObject(body.user_info) ? body.user_info : undefined
    if (!ACTIONS.includes(action as never)) errors.push({ field: 'action', message: 'Invalid field.' })
    if (!info) errors.push({ field: 'user_info', message: 'Invalid field.' })
    else {
      if (typeof info.email !== 'string' || !EMAIL.test(info.email) || info.email.length > 128)
        errors.push({ field: 'user_info.email', message: 'Invalid field.' })
      if (info.type === undefined) errors.push({ field: 'user_info.type', message: 'Invalid user type.' })
      errors.push(...nameErrors(info, 'user_info.'))
    }
    if (errors.length > 0 || !info) throw validationFailed(errors)
    const email = String(info.email)
    if (this.users.withEmail(email).length > 0) throw emailInUse(email)
    const account = this.accountId ?? [...this.world.store.zoom.accounts.keys()][0] ?? ''
    const user: ZoomUser = {
      id: zoomUserId(),
      account_id: account,
      email,
      first_name: typeof info.first_name === 'string' ? info.first_name : '',
      last_name: typeof info.last_name === 'string' ? info.last_name : '',
      ...(typeof info.display_name === 'string' ? { display_name: info.display_name } : {}),
      type: info.type as ZoomUser['type'],
      role_name: 'Member',
      status: action === 'create' ? 'pending' : 'active',
      pmi: 1_000_000_000 + (meetingNumber() % 9_000_000_000),
      timezone: 'UTC',
      language: 'en-US',
      dept: '',
      created_at: formatGmt(this.world.clock.now()),
      created_by_action: action as ZoomUser['created_by_action'],
    }
    this.users.set(user.id, user)
    return user
  }

  list(query: { status?: string; page_size?: string; next_page_token?: string }) {
    const status = (query.status ?? 'active') as ZoomUserStatus
    if (!['active', 'inactive', 'pending'].includes(status))
      throw validationFailed([{ field: 'status', message: 'Invalid field.' }])
    const pageSize = pageSizeOf(query.page_size)
    const matching = [...this.users.values()].filter((u) => this.inScope(u) && u.status === status)
    const { page, nextPageToken, total } = paginate(
      matching,
      (u) => [u.created_at, u.id],
      pageSize,
      query.next_page_token,
      `users|${this.accountId ?? '*'}|${status}`,
    )
    return { page, nextPageToken, total, pageSize }
  }

  update(userId: string, body: unknown): void {
    const user = this.resolve(userId)
    if (!isObject(body))
      throw validationFailed([{ field: 'body', message: 'Request Body should be a valid JSON object.' }])
    const errors = nameErrors(body, '')
    if (body.timezone !== undefined && !(typeof body.timezone === 'string' && isIanaTimeZone(body.timezone)))
      errors.push({ field: 'timezone', message: 'Invalid timezone.' })
    for (const field of ['language'] as const)
      if (body[field] !== undefined && typeof body[field] !== 'string')
        errors.push({ field, message: 'Invalid field.' })
    if (body.use_pmi !== undefined && typeof body.use_pmi !== 'boolean')
      errors.push({ field: 'use_pmi', message: 'Invalid field.' })
    if (errors.length > 0) throw validationFailed(errors)
    const { first_name, last_name, display_name, type, timezone, language, dept, use_pmi } = body
    Object.assign(
      user,
      Object.fromEntries(
        Object.entries({
          first_name,
          last_name,
          display_name,
          type,
          timezone,
          language,
          dept,
          use_pmi,
        }).filter(([, v]) => v !== undefined),
      ),
    )
  }

  /**
   * Removes the user and the meetings they host, for both `disassociate` and `delete`: either way
   * the account no longer sees them (transfer of meetings is not emulated).
   */
  delete(userId: string, action: string | undefined): void {
    if (action !== undefined && action !== 'disassociate' && action !== 'delete')
      throw validationFailed([{ field: 'action', message: 'Invalid field.' }])
    const user = this.resolve(userId)
    this.users.delete(user.id)
    const { meetings } = this.world.store.zoom
    for (const [id, m] of meetings) if (m.host_id === user.id) meetings.delete(id)
  }
}
