/** @module Test helpers: hand-signed LTI Pro requests and a demo client, against a contract-checked emulator. */
import type { Emulator } from '../../mock/core/emulator.js'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { LTI_PRO_BASE } from '../../mock/services/lti-pro/routes.js'
import { createLtiProClient } from '../../src/lti-pro/client.js'
import { baseString, SIGNATURE_HEADER, signBaseString } from '../../src/lti-pro/signature.js'

export const { key: DEMO_KEY, secret: DEMO_SECRET } = DEMO_CREDENTIALS.lti
export const DOMAIN = 'https://lms.example.edu'

export interface SignedRequestOptions {
  method?: string
  /** Under the LTI Pro base path, e.g. `/open/meeting/list`. */
  path: string
  /** Extra query parameters; `key` and `timestamp` are added unless given here. */
  query?: Record<string, string>
  body?: unknown
  /** Signs the body's userId too (bulk `{userId, meetingList}` bodies). */
  signBodyUserId?: boolean
  secret?: string
  /** Replaces the computed signature. */
  signature?: string
}

/** The query, base string and signature of a request, before it is sent. */
export function signParts(emulator: Emulator, options: SignedRequestOptions) {
  const query = { key: DEMO_KEY, timestamp: String(emulator.clock.now()), ...options.query }
  const body = options.body as { userId?: string } | undefined
  const signed = options.signBodyUserId && body?.userId ? { ...query, userId: body.userId } : query
  const base = baseString(signed)
  return { query, base, signature: options.signature ?? signBaseString(options.secret ?? DEMO_SECRET, base) }
}

export function signedRequest(emulator: Emulator, options: SignedRequestOptions): Promise<Response> {
  const { query, signature } = signParts(emulator, options)
  const body = options.body
  return emulator.request(`${LTI_PRO_BASE}${options.path}?${new URLSearchParams(query)}`, {
    method: options.method ?? 'GET',
    headers: { [SIGNATURE_HEADER]: signature, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
}

/** A client for the demo credential that talks to the emulator in-process, signing on the emulator's clock. */
export const demoClient = (
  emulator: Emulator,
  fetch: (request: Request) => Promise<Response> = emulator.fetch,
) =>
  createLtiProClient({
    key: DEMO_KEY,
    secret: DEMO_SECRET,
    baseUrl: `http://127.0.0.1:4010${LTI_PRO_BASE}`,
    fetch,
    now: () => emulator.clock.now(),
  })
