/** @module The LTI Pro request signature: base string, HMAC-SHA1 signing and constant-time verification. */
import { createHmac, type KeyObject, timingSafeEqual } from 'node:crypto'

/** The request header that carries the signature; `key` and `timestamp` travel in the query. */
export const SIGNATURE_HEADER = 'X-Lti-Signature'

/** How long a signature stays valid after its timestamp, in ms (60 minutes, inclusive). */
export const SIGNATURE_VALIDITY_MS = 3_600_000

export type SignedParams = Readonly<Record<string, string | number | boolean>>

/**
 * Every parameter sorted by name (UTF-16 code units, as Java's TreeMap), `name=value` joined by
 * `&`, with the raw, decoded values — nothing is percent-encoded.
 */
export const baseString = (params: SignedParams): string =>
  Object.keys(params)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${name}=${String(params[name])}`)
    .join('&')

/** base64url without padding (Apache Commons `encodeBase64URLSafeString`) of HMAC-SHA1(secret, base). */
export const signBaseString = (secret: string | KeyObject, base: string): string =>
  createHmac('sha1', secret).update(base, 'utf8').digest('base64url')

export const sign = (secret: string, params: SignedParams): string =>
  signBaseString(secret, baseString(params))

/** What a well-formed signature looks like: 27 characters of the URL-safe alphabet, no padding. */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{27}$/

/**
 * True iff `signature` is exactly the signature of `base`; compared in constant time. Every
 * signature is 27 characters, so comparing lengths first tells nothing about the expected one.
 */
export function verifySignature(secret: string | KeyObject, base: string, signature: string): boolean {
  const given = Buffer.from(signature, 'utf8')
  const expected = Buffer.from(signBaseString(secret, base), 'utf8')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
