/** @module LumiNUS and Azure API Management errors: their statuses and texts in one place, and the one body they share. */
import type { RequestErrors } from '../../core/pipeline/validation.js'

export type LuminusStatus = 400 | 401 | 403 | 404 | 429 | 500

/** Azure API Management's error body, which LumiNUS's own errors share in the emulator. */
export interface ApimErrorBody {
  statusCode: number
  message: string
}

export const apimErrorBody = (status: number, message: string): ApimErrorBody => ({
  statusCode: status,
  message,
})

/** An error the API answers with; routes turn it into `apimErrorBody(status, message)`. */
export class LuminusError extends Error {
  constructor(
    readonly status: LuminusStatus,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'LuminusError'
  }
}

export const MESSAGES = {
  missingKey:
    'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
  invalidKey:
    'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  badRequest: 'Bad Request',
  notFound: 'Not Found',
  forbidden: 'Login user not authorized to perform this action',
  internal: 'Internal server error',
  rateLimited: (seconds: number) => `Rate limit is exceeded. Try again in ${seconds} seconds.`,
} as const

export const missingSubscriptionKey = () => new LuminusError(401, MESSAGES.missingKey)
export const invalidSubscriptionKey = () => new LuminusError(401, MESSAGES.invalidKey)
export const badRequest = () => new LuminusError(400, MESSAGES.badRequest)

/** Any request its contract refuses (the ID not a UUID): Azure API Management's bare 400. */
export const LUMINUS_REQUEST_ERRORS: RequestErrors = { unreadableBody: badRequest, invalid: badRequest }
export const meetingNotFound = () => new LuminusError(404, MESSAGES.notFound)
export const notAuthorized = () => new LuminusError(403, MESSAGES.forbidden)
export const rateLimitExceeded = (seconds: number) =>
  new LuminusError(429, MESSAGES.rateLimited(seconds), { 'Retry-After': String(seconds) })

/** Input to a seeding helper that would make the LumiNUS state inconsistent. */
export class InvalidLuminusInput extends Error {
  constructor(
    message: string,
    /** The input field at fault (`moduleId`, `startDate`, …). */
    readonly field: string,
  ) {
    super(message)
    this.name = 'InvalidLuminusInput'
  }
}
