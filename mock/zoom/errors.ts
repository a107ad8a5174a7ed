/** @module Zoom's error codes and texts in one place, and the one function that builds Zoom's error body. */
import type { FieldError } from '../../src/zoom/meeting-rules.js'

export class ZoomError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: { field: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

/** An OAuth token endpoint failure: `{error, reason}` as zoom.us/oauth/token answers. */
export class OAuthError extends Error {
  constructor(
    readonly status: 400 | 401 | 413 | 415,
    readonly error: 'invalid_client' | 'invalid_request' | 'unsupported_grant_type',
    readonly reason: string,
  ) {
    super(reason)
  }
}

export const MESSAGES = {
  invalidToken: 'Invalid access token.',
  expiredToken: 'Access token is expired.',
  validationFailed: 'Validation Failed.',
  dailyLimit:
    'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
  perSecondLimit: 'You have reached the maximum per-second rate limit for this API. Try again later.',
} as const

export const invalidToken = (expired = false) =>
  new ZoomError(401, 124, expired ? MESSAGES.expiredToken : MESSAGES.invalidToken)
export const validationFailed = (errors: FieldError[]) =>
  new ZoomError(400, 300, MESSAGES.validationFailed, errors)
export const userNotFound = (id: string) => new ZoomError(404, 1001, `User does not exist: ${id}.`)
export const emailInUse = (email: string) =>
  new ZoomError(409, 1005, `User already in the account: ${email}.`)
export const meetingNotFound = (id: string) => new ZoomError(404, 3001, `Meeting does not exist: ${id}.`)
export const invalidPageToken = () =>
  validationFailed([{ field: 'next_page_token', message: 'Invalid next page token.' }])
export const tooManyRequests = (message: string, headers: Record<string, string>) =>
  new ZoomError(429, 429, message, undefined, headers)

export const OAUTH = {
  invalidClient: () => new OAuthError(401, 'invalid_client', 'Invalid client_id or client_secret'),
  missingClient: () => new OAuthError(401, 'invalid_client', 'Client ID or client secret is missing.'),
  missingGrantType: () => new OAuthError(400, 'invalid_request', 'Missing grant type.'),
  unsupportedGrantType: () => new OAuthError(400, 'unsupported_grant_type', 'unsupported grant type'),
  invalidAccount: () => new OAuthError(400, 'invalid_request', 'Invalid account_id.'),
  missingAccount: () => new OAuthError(400, 'invalid_request', 'Missing account_id.'),
}

/** Zoom's JSON error body: `{code, message}`, plus `errors` for validation failures. */
export const zoomErrorBody = (error: ZoomError) => ({
  code: error.code,
  message: error.message,
  ...(error.errors ? { errors: error.errors } : {}),
})

/** The token endpoint's error body: `{error, reason}`. */
export const oauthErrorBody = (error: OAuthError) => ({ error: error.error, reason: error.reason })
