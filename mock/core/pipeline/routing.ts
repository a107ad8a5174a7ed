/** @module Which service a request is for, and which world its credentials belong to, decided before any route runs. */
import type { Context } from 'hono'
import type { Env, Service } from '../context.js'
import { bearerToken } from '../lib/http-auth.js'
import type { World, WorldRegistry } from '../world.js'

export const SANDBOX_HEADER = 'x-emulator-sandbox'

export function serviceOf(path: string): Service | undefined {
  if (path.startsWith('/api/v1/lti/rich/') || path === '/api/v1/lti/rich') return 'lti-pro'
  if (path.startsWith('/v2/') || path === '/v2' || path.startsWith('/oauth/')) return 'zoom'
  if (path.startsWith('/zoom/')) return 'luminus'
  if (path.startsWith('/__emulator') || path === '/') return 'control'
  return undefined
}

/** The client id of a Basic authorization header, without looking at the secret. */
const basicUser = (authorization: string | undefined): string | undefined => {
  const encoded = authorization?.match(/^Basic\s+(\S+)$/i)?.[1]
  if (!encoded) return undefined
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? undefined : decoded.slice(0, colon)
}

/** The `iss` of a JWT's payload, unverified: verification is the Zoom service's job. */
const jwtIssuer = (token: string): string | undefined => {
  const payload = token.split('.')[1]
  if (token.split('.').length !== 3 || !payload) return undefined
  try {
    const iss = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown }).iss
    return typeof iss === 'string' ? iss : undefined
  } catch {
    return undefined
  }
}

const accounts = (world: World) => [...world.store.zoom.accounts.values()]

function zoomWorld(worlds: WorldRegistry, c: Context<Env>): World | undefined {
  const authorization = c.req.header('authorization')
  if (c.req.path.startsWith('/oauth/')) {
    const clientId = basicUser(authorization)
    return clientId === undefined
      ? undefined
      : worlds.findOwner(`zoom client ${clientId}`, (w) => accounts(w).some((a) => a.clientId === clientId))
  }
  const token = bearerToken(authorization)
  if (!token) return undefined
  const issuer = jwtIssuer(token)
  return issuer === undefined
    ? worlds.findOwner(`zoom token ${token}`, (w) => w.store.zoom.tokens.has(token))
    : worlds.findOwner(`zoom jwt ${issuer}`, (w) => accounts(w).some((a) => a.jwtKey === issuer))
}

/**
 * The world whose credentials the request carries, found without verifying them (the service
 * does that); undefined when they belong to no world. Control calls name their world with the
 * `x-emulator-sandbox` header.
 */
export function worldOf(
  worlds: WorldRegistry,
  service: Service | undefined,
  c: Context<Env>,
): World | undefined {
  switch (service) {
    case 'lti-pro': {
      const key = c.req.query('key')
      return key === undefined
        ? undefined
        : worlds.findOwner(`lti ${key}`, (w) => w.store.lti.credentials.has(key))
    }
    case 'zoom':
      return zoomWorld(worlds, c)
    case 'luminus': {
      const key = c.req.header('ocp-apim-subscription-key') ?? c.req.query('subscription-key')
      return key === undefined
        ? undefined
        : worlds.findOwner(`luminus ${key}`, (w) => w.store.luminus.subscriptions.has(key))
    }
    case 'control': {
      const id = c.req.header(SANDBOX_HEADER)
      return id === undefined ? worlds.defaultWorld : worlds.get(id)
    }
    default:
      return undefined
  }
}
