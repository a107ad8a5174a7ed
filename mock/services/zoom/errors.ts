/** @module Zoom's error codes and texts in one place, and the one function that builds Zoom's error body. */
import { type FieldError, START_TIME_MESSAGE } from '../../../src/zoom/meeting-rules.js'
import type { Issue } from '../../core/contracts/contracts.js'
import type { RequestErrors } from '../../core/pipeline/validation.js'

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
export const userNotInAccount = (accountId: string) =>
  new ZoomError(400, 1010, `User does not belong to this account: ${accountId}.`)
export const emailInUse = (email: string) =>
  new ZoomError(409, 1005, `User already in the account: ${email}.`)
export const meetingNotFound = (id: string) => new ZoomError(404, 3001, `Meeting does not exist: ${id}.`)
/** Zoom's answer for a recording (or recording file) of no instance, still processing, deleted, or in the trash. */
export const recordingNotFound = () => new ZoomError(404, 3301, 'This recording does not exist.')
export const webinarNotFound = (id: string) => new ZoomError(404, 3001, `Webinar does not exist: ${id}.`)
/** A host whose settings do not enable webinars (`feature.webinar`), on every webinar endpoint. */
export const webinarPlanMissing = () =>
  new ZoomError(
    400,
    200,
    'Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user in order to perform this action.',
  )
export const webinarOccurrenceNotFound = () => new ZoomError(400, 3000, 'Webinar occurrence does not exist.')
export const registrationNotEnabled = (kind: 'meeting' | 'webinar', id: number) =>
  new ZoomError(404, 404, `Registration has not been enabled for this ${kind}: ${id}.`)
export const registrationClosed = (kind: 'meeting' | 'webinar') =>
  new ZoomError(
    400,
    3038,
    `${kind === 'meeting' ? 'Meeting' : 'Webinar'} is over, you can not register now. If you have any questions, please contact the ${kind === 'meeting' ? 'Meeting' : 'Webinar'} host.`,
  )
export const registrantLimitReached = (kind: 'meeting' | 'webinar') =>
  new ZoomError(
    404,
    3043,
    `${kind === 'meeting' ? 'Meeting' : 'Webinar'} has reached maximum attendee capacity.`,
  )
export const invalidPageToken = () =>
  validationFailed([{ field: 'next_page_token', message: 'Invalid next page token.' }])
/** Zoom's answer once a next page token is past its 15 minutes. */
export const expiredPageToken = () => new ZoomError(400, 300, 'The next page token is invalid or expired.')
/** Reports (Pro or higher) and dashboard metrics (Business or higher) on a free (Basic) account. */
export const paidAccountOnly = (accountId: string) =>
  new ZoomError(400, 200, `Only available for paid account: ${accountId}.`)
/** Dashboard metrics on a Pro account: paid, but below the Business plan the dashboard needs. */
export const noPermission = () => new ZoomError(400, 200, 'No permission.')
/** A report or metrics date range Zoom refuses (`to` before `from`, over a month, too far back). */
export const invalidDateRange = (message: string) => new ZoomError(400, 300, message)
/** A report's instance that does not exist, has not ended, or is not this account's. */
export const instanceNotFound = (id: string) =>
  new ZoomError(404, 3001, `Meeting ${id} not found or has expired.`)
/** A participants report of an instance that started more than a year ago. */
export const instanceTooOld = () => new ZoomError(400, 12702, 'Can not access meeting a year ago.')
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

const BODY_NOT_JSON = 'Request Body should be a valid JSON object.'

const label = (field: string) => {
  const words = (field.split('.').at(-1) ?? field).replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * Zoom's words for a field its contract schema refuses, by `operationId field` or `field`, else by
 * keyword; limits are read from the schema, so a bound changed in the contract shows in the message.
 */
const FIELD_MESSAGES: Record<string, (issue: Issue) => string | undefined> = {
  body: () => BODY_NOT_JSON,
  password: ({ keyword, schema }) =>
    keyword === 'maxLength'
      ? `Password can only have a maximum length of ${schema.maxLength} characters.`
      : keyword === 'pattern'
        ? 'Password may only contain the following characters: [a-z A-Z 0-9 @ - _ *].'
        : undefined,
  start_time: ({ keyword }) => (keyword === 'pattern' ? START_TIME_MESSAGE : undefined),
  duration: ({ schema }) =>
    `Duration must be a whole number of minutes from ${schema.minimum} to ${schema.maximum}.`,
  page_size: ({ schema }) => `Page size must be from ${schema.minimum} to ${schema.maximum}.`,
  type: ({ keyword, location }) =>
    location === 'body' && keyword === 'enum' ? 'Invalid meeting type.' : undefined,
  'updateUser type': () => 'Invalid user type.',
  'user_info.type': () => 'Invalid user type.',
}

const KEYWORD_MESSAGES: Record<string, (issue: Issue, field: string) => string> = {
  maxLength: ({ schema }, field) => `${label(field)} cannot exceed ${schema.maxLength} characters.`,
  minLength: ({ schema }, field) => `${label(field)} must have at least ${schema.minLength} characters.`,
  required: (_, field) => `${label(field)} is required.`,
}

function fieldError(operationId: string, issue: Issue): FieldError {
  const field = issue.path.length > 0 ? issue.path.join('.') : 'body'
  const message =
    FIELD_MESSAGES[`${operationId} ${field}`]?.(issue) ??
    FIELD_MESSAGES[field]?.(issue) ??
    KEYWORD_MESSAGES[issue.keyword]?.(issue, field) ??
    'Invalid field.'
  return { field, message }
}

/** A request the contract of `operationId` refuses: 400/300 with one error per field at fault. */
export const zoomRequestErrors = (operationId: string): RequestErrors => ({
  unreadableBody: () => validationFailed([{ field: 'body', message: BODY_NOT_JSON }]),
  invalid: (issues) => {
    const errors = new Map(issues.map((issue) => fieldError(operationId, issue)).map((e) => [e.field, e]))
    return validationFailed([...errors.values()])
  },
})

/** Zoom's JSON error body: `{code, message}`, plus `errors` for validation failures. */
export const zoomErrorBody = (error: ZoomError) => ({
  code: error.code,
  message: error.message,
  ...(error.errors ? { errors: error.errors } : {}),
})

/** The token endpoint's error body: `{error, reason}`. */
export const oauthErrorBody = (error: OAuthError) => ({ error: error.error, reason: error.reason })
