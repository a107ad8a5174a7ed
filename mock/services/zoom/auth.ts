/** @module Zoom bearer auth: S2S access tokens issued by /oauth/token and legacy HS256 JWTs, judged on the world's clock. */
import { createHmac } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { secureEqual } from '../../../src/secure-equal.js'
import type { Env } from '../../core/context.js'
import { requestHeader } from '../../core/http-headers.js'
import { bearerToken, type JwtParts, jwtJson, jwtParts } from '../../core/lib/http-auth.js'
import type { World } from '../../core/world.js'
import { invalidToken } from './errors.js'

export interface ZoomEnv {
  Variables: Env['Variables'] & {
    /** The account the request's token belongs to; set by zoomBearerAuth. */
    zoomAccountId: string
  }
}

export type BearerVerdict =
  | { ok: true; accountId: string; reason: string }
  | { ok: false; expired: boolean; reason: string }

function verifyJwt(world: World, { header, payload, signature }: JwtParts): BearerVerdict {
  const head = jwtJson(header)
  const claims = jwtJson(payload)
  if (head?.alg !== 'HS256' || !claims)
    return { ok: false, expired: false, reason: 'malformed JWT or not HS256' }
  const account = [...world.store.zoom.accounts.values()].find((a) => a.jwtKey === claims.iss)
  if (!account) return { ok: false, expired: false, reason: 'JWT iss is no JWT app key of this world' }
  const expected = createHmac('sha256', account.jwtSecret).update(`${header}.${payload}`).digest('base64url')
  if (!secureEqual(signature, expected))
    return { ok: false, expired: false, reason: 'JWT signature mismatch' }
  if (typeof claims.exp !== 'number') return { ok: false, expired: false, reason: 'JWT has no numeric exp' }
  const ageMs = world.clock.now() - claims.exp * 1000
  if (ageMs >= 0) return { ok: false, expired: true, reason: `JWT expired ${ageMs} ms ago` }
  return { ok: true, accountId: account.id, reason: `JWT app of account ${account.id}` }
}

/** Judges an Authorization header against the world's accounts and issued tokens. */
export function verifyBearer(world: World, authorization: string | undefined): BearerVerdict {
  const bearer = bearerToken(authorization)
  if (!bearer) return { ok: false, expired: false, reason: 'no bearer token' }
  const jwt = jwtParts(bearer)
  if (jwt) return verifyJwt(world, jwt)
  const issued = world.store.zoom.tokens.get(bearer)
  if (!issued) return { ok: false, expired: false, reason: 'unknown access token' }
  if (!world.store.zoom.accounts.has(issued.accountId))
    return { ok: false, expired: false, reason: 'token of an account that no longer exists' }
  const ageMs = world.clock.now() - issued.expiresAt
  if (ageMs >= 0) return { ok: false, expired: true, reason: `access token expired ${ageMs} ms ago` }
  return { ok: true, accountId: issued.accountId, reason: `S2S token of account ${issued.accountId}` }
}

/** Bearer auth for /v2: sets `auth` (for the journal) and `zoomAccountId`, or answers 401/124. */
export const zoomBearerAuth = (): MiddlewareHandler<ZoomEnv> =>
  async function zoomBearerAuth(c, next) {
    const verdict = verifyBearer(c.get('world'), requestHeader(c, 'authorization'))
    c.set('auth', { ok: verdict.ok, reason: verdict.reason })
    if (!verdict.ok) throw invalidToken(verdict.expired)
    c.set('zoomAccountId', verdict.accountId)
    await next()
  }
