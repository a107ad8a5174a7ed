/** @module LTI Pro errors: the vendor's codes and texts in one place, and the one function that builds its error body. */
import type { Issue } from '../../core/contracts/contracts.js'
import type { RequestErrors } from '../../core/pipeline/validation.js'

/** HTTP 401 for every signature failure; 400 for malformed requests; 413/415 for refused bodies; 200 for business failures. */
export type LtiHttpStatus = 200 | 400 | 401 | 413 | 415

export class LtiProError extends Error {
  constructor(
    readonly httpStatus: LtiHttpStatus,
    readonly errorCode: string,
    message: string,
    /** Only the 406 of createAndAssociate carries one: the meeting was created anyway. */
    readonly result?: { id: string },
  ) {
    super(message)
  }
}

export interface LtiErrorBody {
  status: false
  errorCode: string
  errorMessage: string
  result?: { id: string }
}

export const ltiErrorBody = (error: LtiProError): LtiErrorBody => ({
  status: false,
  errorCode: error.errorCode,
  errorMessage: error.message,
  ...(error.result ? { result: error.result } : {}),
})

export const SIGNATURE_FAILED_MESSAGE = 'Verify LTI signature failed(2203).'
export const INVALID_ASSOCIATION_MESSAGE = 'The Meeting ID, Context ID or Domain is invalid(2255).'
export const INVALID_ASSOCIATION_CODE = '2255'

export const signatureFailed = () => new LtiProError(401, '401', SIGNATURE_FAILED_MESSAGE)

export const badRequest = (message: string) => new LtiProError(400, '400', message)

/** `meetingList[1].contextId`; `body[0].domain` inside a bare array; `The body` for the body itself. */
const bodyPath = (path: Issue['path']): string =>
  path.length === 0
    ? 'The body'
    : path
        .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
        .join('')
        .replace(/^\[/, 'body[')

function issueMessage(issue: Issue): string {
  const where = issue.location === 'body' ? bodyPath(issue.path) : String(issue.path[0])
  if (issue.keyword !== 'required') return `${where} must be ${issue.expected}, not ${issue.received}`
  return issue.location === 'body'
    ? `${where} is required (${issue.expected})`
    : `Required parameter ${where} is missing`
}

/** A request its contract refuses: a 400 naming the first fault. */
export const LTI_REQUEST_ERRORS: RequestErrors = {
  unreadableBody: (detail) =>
    badRequest(
      detail === undefined
        ? 'The request body is empty; a JSON body is required'
        : `The request body is not valid JSON: ${detail}`,
    ),
  invalid: (issues) => badRequest(issues[0] ? issueMessage(issues[0]) : 'The request is invalid'),
}

export const userDoesNotExist = (userId: string) =>
  new LtiProError(200, '1001', `User does not exist: ${userId}`)

/** Emulator choice: the documentation only says the bulk userId "needs to be an Admin role". */
export const userNotAdmin = (userId: string) =>
  new LtiProError(200, '403', `User is not an admin of this Zoom account: ${userId}`)

export const createdButNotAssociated = (meetingNumber: string) =>
  new LtiProError(200, '406', `create meeting success but associate failed:${INVALID_ASSOCIATION_MESSAGE}`, {
    id: meetingNumber,
  })

export const invalidMeetingInfo = (detail: string) =>
  new LtiProError(400, '400', `Invalid meetingInfo: ${detail}`)

/** Any other Zoom failure while creating the meeting (e.g. the daily limit), passed on with Zoom's code. */
export const zoomFailure = (code: number, message: string) => new LtiProError(200, String(code), message)
