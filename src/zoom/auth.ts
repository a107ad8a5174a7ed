/** @module Where the Zoom client's bearer token comes from: S2S OAuth (cached, renewed before expiry), a signed JWT, or a fixed token. */
import { createHmac } from 'node:crypto'

export type ZoomAuth =
  | { type: 's2s'; accountId: string; clientId: string; clientSecret: string }
  /** Legacy JWT app; each token lives `ttlSeconds` (3600 by default). */
  | { type: 'jwt'; apiKey: string; apiSecret: string; ttlSeconds?: number }
  | { type: 'token'; accessToken: string }

/** An API error: Zoom's `{code, message, errors}`, or the OAuth endpoint's `{error, reason}`. */
export interface ZoomApiError {
  status: number
  code?: number
  message: string
  errors?: { field: string; message: string }[]
  /** OAuth errors only, e.g. `invalid_client`. */
  oauthError?: string
  /** From `Retry-After`, on 429 answers. */
  retryAfter?: string
  trackingId?: string
}

export interface TokenSource {
  token(): Promise<{ token: string; error?: undefined } | { token?: undefined; error: ZoomApiError }>
  /** Forgets a cached token (after the API said it is no longer valid). */
  invalidate(): void
}

/** Tokens are renewed this long before they expire. */
export const RENEW_BEFORE_MS = 60_000

export const signJwt = (apiKey: string, apiSecret: string, expSeconds: number): string => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: apiKey, exp: expSeconds })}`
  return `${unsigned}.${createHmac('sha256', apiSecret).update(unsigned).digest('base64url')}`
}

export async function errorOf(response: Response): Promise<ZoomApiError> {
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {}
  const retryAfter = response.headers.get('retry-after')
  const trackingId = response.headers.get('x-zm-trackingid')
  return {
    status: response.status,
    ...(typeof body.code === 'number' ? { code: body.code } : {}),
    message: String(body.message ?? body.reason ?? (text || response.statusText)),
    ...(Array.isArray(body.errors) ? { errors: body.errors as ZoomApiError['errors'] } : {}),
    ...(typeof body.error === 'string' ? { oauthError: body.error } : {}),
    ...(retryAfter ? { retryAfter } : {}),
    ...(trackingId ? { trackingId } : {}),
  }
}

export function tokenSource(
  auth: ZoomAuth,
  { oauthUrl, fetch, now }: { oauthUrl: string; fetch: typeof globalThis.fetch; now: () => number },
): TokenSource {
  let cached: { token: string; renewAt: number } | undefined
  let pending: ReturnType<TokenSource['token']> | undefined

  const fetchS2S = async (a: Extract<ZoomAuth, { type: 's2s' }>): ReturnType<TokenSource['token']> => {
    const issuedAt = now()
    const response = await fetch(`${oauthUrl}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${a.clientId}:${a.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'account_credentials', account_id: a.accountId }).toString(),
    })
    if (!response.ok) return { error: await errorOf(response) }
    const body = (await response.json()) as { access_token: string; expires_in: number }
    cached = { token: body.access_token, renewAt: issuedAt + body.expires_in * 1000 - RENEW_BEFORE_MS }
    return { token: body.access_token }
  }

  return {
    async token() {
      if (auth.type === 'token') return { token: auth.accessToken }
      if (cached && now() < cached.renewAt) return { token: cached.token }
      if (auth.type === 'jwt') {
        const exp = Math.floor(now() / 1000) + (auth.ttlSeconds ?? 3600)
        const token = signJwt(auth.apiKey, auth.apiSecret, exp)
        cached = {
          token,
          renewAt: exp * 1000 - Math.min(RENEW_BEFORE_MS, ((auth.ttlSeconds ?? 3600) * 1000) / 2),
        }
        return { token }
      }
      pending ??= fetchS2S(auth).finally(() => {
        pending = undefined
      })
      return pending
    },
    invalidate() {
      cached = undefined
    },
  }
}
