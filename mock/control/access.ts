/** @module Who may use the control API and the dashboard: the admin token (Bearer or login cookie) and the same-origin rule for mutations. */
import { createHmac, randomBytes } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { secureEqual } from '../../src/secure-equal.js'
import type { Env } from '../core/context.js'
import { requestHeader } from '../core/http-headers.js'
import { bearerToken } from '../core/lib/http-auth.js'
import { controlErrorBody } from './errors.js'

/** The dashboard's login cookie: an HMAC of the admin token, never the token itself. */
export const ADMIN_COOKIE = 'zoom_lti_mock_admin'

const ADMIN_TOKEN_NEEDED =
  'This call needs the admin token (--admin-token): send "Authorization: Bearer <token>", or log in on the dashboard.'

/** The admin token of one emulator, and the login cookie value derived from it with a key drawn at start. */
export interface AdminAccess {
  /** False without an admin token: everything is open (loopback default). */
  readonly required: boolean
  /** True for the admin token itself, compared in constant time. */
  isToken(given: string): boolean
  /** The login cookie's value; valid until the emulator stops. */
  readonly cookieValue: string
  /** Whether the request carries `Authorization: Bearer <token>` or the login cookie. */
  grants(c: Context<Env>): boolean
}

export function adminAccess(adminToken: string | undefined): AdminAccess {
  const cookieValue =
    adminToken === undefined
      ? ''
      : createHmac('sha256', randomBytes(32)).update(adminToken).digest('base64url')
  const isToken = (given: string) => adminToken !== undefined && secureEqual(given, adminToken)
  return {
    required: adminToken !== undefined,
    isToken,
    cookieValue,
    grants(c) {
      const bearer = bearerToken(requestHeader(c, 'authorization'))
      if (bearer !== undefined) return isToken(bearer)
      const cookie = getCookie(c, ADMIN_COOKIE)
      return cookie !== undefined && cookieValue !== '' && secureEqual(cookie, cookieValue)
    },
  }
}

/** Open with an admin token too: they reveal no secret and no sandbox id. */
const OPEN: ReadonlySet<string> = new Set([
  'GET /__emulator/health',
  'POST /__emulator/login',
  'POST /__emulator/logout',
])
const isOpen = (method: string, path: string) =>
  OPEN.has(`${method === 'HEAD' ? 'GET' : method} ${path}`) ||
  (method === 'GET' && path.startsWith('/__emulator/assets/'))

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Why a state-changing call comes from another site's page, or undefined when it does not. */
function crossOriginReason(c: Context<Env>): string | undefined {
  const site = requestHeader(c, 'sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site')
    return `A page of another origin may not change the emulator (Sec-Fetch-Site: ${site}).`
  const origin = requestHeader(c, 'origin')
  if (origin === undefined) return undefined
  const host = requestHeader(c, 'host') ?? new URL(c.req.url).host
  let originHost: string | undefined
  try {
    originHost = new URL(origin).host
  } catch {}
  return originHost === host ? undefined : `A page of another origin (${origin}) may not change the emulator.`
}

/**
 * Guards the dashboard and every `/__emulator` call: a state-changing call from another origin's
 * page is refused (403), token or not; with an admin token, all but health, the login and the
 * static assets need it (401; the pages answer `loginPage` instead).
 */
export function controlAccess(
  access: AdminAccess,
  loginPage: (c: Context<Env>) => Response | Promise<Response>,
): MiddlewareHandler<Env> {
  return async function controlAccess(c, next) {
    if (c.get('service') !== 'control') return next()
    const { method, path } = c.req
    if (!SAFE_METHODS.has(method)) {
      const reason = crossOriginReason(c)
      if (reason) return c.json(controlErrorBody(reason), 403)
    }
    if (!access.required || isOpen(method, path) || access.grants(c)) return next()
    if (method === 'GET' && (path === '/' || path === '/__emulator/docs')) return loginPage(c)
    return c.json(controlErrorBody(ADMIN_TOKEN_NEEDED), 401)
  }
}
