/** @module LTI Pro signature middleware: verifies key, timestamp and X-Lti-Signature against the world's credentials. */
import { createSecretKey, type KeyObject } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import {
  baseString,
  SIGNATURE_HEADER,
  SIGNATURE_PATTERN,
  SIGNATURE_VALIDITY_MS,
  verifySignature,
} from '../../../src/lti-pro/signature.js'
import type { Env } from '../../core/context.js'
import { requestHeader } from '../../core/http-headers.js'
import { searchOf } from '../../core/lib/request-url.js'
import { ltiErrorBody, signatureFailed } from './errors.js'
import type { CredentialTable, LtiCredential } from './state.js'

export const DIAGNOSTIC_HEADER = 'x-emulator-diagnostic'

export interface LtiSignatureAuthOptions {
  /** Read at each request: how far in the future a timestamp may be, in ms. */
  futureSkewMs: () => number
  /** Bulk endpoints: the `userId` of a `{userId, meetingList}` body joins the signed parameters. */
  signsBodyUserId?: boolean
}

/** The JSON body's `userId` when the body is an object carrying a string one; malformed bodies sign nothing. */
async function bodyUserId(c: Context<Env>): Promise<string | undefined> {
  try {
    const body: unknown = JSON.parse(await c.req.text())
    const userId = body && typeof body === 'object' && !Array.isArray(body) && 'userId' in body && body.userId
    return typeof userId === 'string' ? userId : undefined
  } catch {
    return undefined
  }
}

const describeMalformedSignature = (signature: string): string =>
  signature.includes('=')
    ? 'X-Lti-Signature has base64 padding ("="); LTI Pro signatures are base64url without padding'
    : /[+/]/.test(signature)
      ? 'X-Lti-Signature uses the standard base64 alphabet ("+" or "/"); LTI Pro signatures are base64url'
      : `X-Lti-Signature is not 27 characters of base64url (got ${signature.length} characters)`

/** Header values must be printable ASCII: escape everything else as JSON would. */
const headerSafe = (text: string): string =>
  text.replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** The credential's secret as a KeyObject, made once per write of the credential: HMAC with a KeyObject skips converting the secret each time. */
const signingKey = (credentials: CredentialTable, credential: LtiCredential): KeyObject =>
  credentials.derive(credential, 'signing-key', [], () => createSecretKey(credential.secret, 'utf8'))

/** Why the request's signature is refused, or undefined when it verifies. Never mentions the secret or the expected signature. */
async function refusal(c: Context<Env>, options: LtiSignatureAuthOptions): Promise<string | undefined> {
  const search = new URLSearchParams(searchOf(c.req.url))
  // No prototype: `constructor` or `__proto__` are parameter names like any other.
  const params: Record<string, string> = Object.create(null)
  for (const [name, value] of search) {
    if (Object.hasOwn(params, name))
      return `query parameter "${name}" appears more than once; each name is signed once`
    params[name] = value
  }
  if (options.signsBodyUserId) {
    const userId = await bodyUserId(c)
    if (userId !== undefined) params.userId = userId
  }
  const { key, timestamp } = params
  const signature = requestHeader(c, SIGNATURE_HEADER)
  if (!key) return 'missing query parameter "key"'
  if (timestamp === undefined) return 'missing query parameter "timestamp"'
  if (!/^[0-9]{1,16}$/.test(timestamp)) return `timestamp "${timestamp}" is not milliseconds since the epoch`
  if (signature === undefined) return `missing header ${SIGNATURE_HEADER}`
  if (!SIGNATURE_PATTERN.test(signature)) return describeMalformedSignature(signature)
  const { credentials } = c.get('world').store.lti
  const credential = credentials.get(key)
  if (!credential) return `unknown LTI key "${key}"`
  const age = c.get('world').clock.now() - Number(timestamp)
  if (age > SIGNATURE_VALIDITY_MS)
    return `signature expired: age ${age} ms exceeds ${SIGNATURE_VALIDITY_MS} ms`
  if (-age > options.futureSkewMs())
    return `timestamp is ${-age} ms in the future; at most ${options.futureSkewMs()} ms is tolerated`
  const base = baseString(params)
  if (!verifySignature(signingKey(credentials, credential), base, signature))
    return `signature does not match; expected base string ${JSON.stringify(base)} (signature age ${age} ms)`
  return undefined
}

/** Refuses unsigned or badly signed requests with LTI Pro's 401 and a diagnostic header; records the verdict. */
export const ltiSignatureAuth = (options: LtiSignatureAuthOptions): MiddlewareHandler<Env> =>
  async function ltiSignatureAuth(c, next) {
    const reason = await refusal(c, options)
    if (reason === undefined) {
      c.set('auth', { ok: true })
      return next()
    }
    c.set('auth', { ok: false, reason })
    return c.json(ltiErrorBody(signatureFailed()), 401, { [DIAGNOSTIC_HEADER]: headerSafe(reason) })
  }
