/** @module POST /oauth/token: Server-to-Server OAuth (account_credentials) with Basic client auth; tokens live an hour on the world clock. */
import type { Context } from 'hono'
import { token } from '../../../src/ids.js'
import { secureEqual } from '../../../src/secure-equal.js'
import { requestHeader } from '../../core/http-headers.js'
import { basicCredentials } from '../../core/lib/http-auth.js'
import type { World } from '../../core/world.js'
import type { ZoomEnv } from './auth.js'
import { OAUTH } from './errors.js'
import type { ZoomAccount } from './state.js'

export const TOKEN_LIFETIME_SECONDS = 3600
/** The classic scopes of every emulated endpoint, which integrations check before calling (mod_zoom's `has_scope`). */
export const S2S_SCOPE = [
  'meeting:read:admin',
  'meeting:write:admin',
  'user:read:admin',
  'user:write:admin',
  'webinar:read:admin',
  'webinar:write:admin',
  'recording:read:admin',
  'recording:write:admin',
  'report:read:admin',
  'dashboard_meetings:read:admin',
  'dashboard_webinars:read:admin',
  'group:read:admin',
  'tracking_fields:read:admin',
].join(' ')
export const API_URL = 'https://api.zoom.us'

function clientOf(world: World, authorization: string | undefined): ZoomAccount {
  const { user: clientId = '', password: secret = '' } = basicCredentials(authorization) ?? {}
  if (clientId === '' || secret === '') throw OAUTH.missingClient()
  const account = [...world.store.zoom.accounts.values()].find((a) => a.clientId === clientId)
  if (!account || !secureEqual(secret, account.clientSecret)) throw OAUTH.invalidClient()
  return account
}

/** `grant_type` and `account_id` from the query (older clients) or a form body (documented). */
async function paramsOf(c: Context<ZoomEnv>): Promise<Record<string, string | undefined>> {
  const form = requestHeader(c, 'content-type')?.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(await c.req.text())
    : new URLSearchParams()
  const pick = (name: string) => form.get(name) ?? c.req.query(name)
  return { grant_type: pick('grant_type'), account_id: pick('account_id') }
}

export async function issueToken(c: Context<ZoomEnv>) {
  const world = c.get('world')
  c.set('auth', { ok: false, reason: 'client credentials not verified' })
  const account = clientOf(world, requestHeader(c, 'authorization'))
  const { grant_type, account_id } = await paramsOf(c)
  if (!grant_type) throw OAUTH.missingGrantType()
  if (grant_type !== 'account_credentials') throw OAUTH.unsupportedGrantType()
  if (!account_id) throw OAUTH.missingAccount()
  if (account_id !== account.id) throw OAUTH.invalidAccount()
  const accessToken = token(48)
  world.store.zoom.tokens.set(accessToken, {
    accountId: account.id,
    expiresAt: world.clock.now() + TOKEN_LIFETIME_SECONDS * 1000,
    scope: S2S_SCOPE,
  })
  c.set('auth', { ok: true, reason: `S2S client of account ${account.id}` })
  return c.json({
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: TOKEN_LIFETIME_SECONDS,
    scope: S2S_SCOPE,
    api_url: API_URL,
  })
}
