/** @module Reading credentials out of HTTP headers, without judging them. */

/** The token of an `Authorization: Bearer <token>` header; undefined for any other header or none. */
export const bearerToken = (authorization: string | undefined): string | undefined =>
  authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]

/** The user and password of an `Authorization: Basic <base64>` header; undefined when it is not one or has no colon. */
export function basicCredentials(
  authorization: string | undefined,
): { user: string; password: string } | undefined {
  const encoded = authorization?.match(/^Basic\s+(\S+)$/i)?.[1]
  if (!encoded) return undefined
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/** A compact JWT's three parts; undefined when the token is not three dot-separated parts. */
export interface JwtParts {
  header: string
  payload: string
  signature: string
}

export function jwtParts(token: string): JwtParts | undefined {
  // Found by position: most bearer tokens are the emulator's S2S tokens, which have no dot to split at.
  const first = token.indexOf('.')
  if (first < 0) return undefined
  const second = token.indexOf('.', first + 1)
  if (second < 0 || token.indexOf('.', second + 1) >= 0) return undefined
  return {
    header: token.slice(0, first),
    payload: token.slice(first + 1, second),
    signature: token.slice(second + 1),
  }
}

/** A base64url JSON object (a JWT header or payload); undefined when it is not one. */
export function jwtJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** The `iss` of a JWT's payload, unverified. */
export function jwtIssuer(token: string): string | undefined {
  const parts = jwtParts(token)
  const iss = parts && parts.payload !== '' ? jwtJson(parts.payload)?.iss : undefined
  return typeof iss === 'string' ? iss : undefined
}
