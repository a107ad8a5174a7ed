/** @module A typed LTI Pro client: signs each request, pages through lists, splits bulk calls; API errors are results, not throws. */
import { serviceBaseUrl } from '../base-url.js'
import type { components } from '../generated/lti-pro.js'
import { SIGNATURE_HEADER, type SignedParams, sign } from './signature.js'

type Schemas = components['schemas']
export type LtiProMeeting = Schemas['LtiMeeting']
export type LtiProMeetingPage = Schemas['MeetingPage']
export type LtiProBulkItem = Schemas['BulkItem']
export type LtiProBulkRequest = Schemas['BulkRequest']
export type LtiProCreateAndAssociateRequest = Schemas['CreateAndAssociateRequest']

export const LTI_PRO_BASE_URL = 'https://applications.zoom.us/api/v1/lti/rich'
/** The most items LTI Pro accepts in one bulk call. */
export const LTI_PRO_BULK_LIMIT = 400

/** An answer with `status: false`, whatever its HTTP status (401 signature, 400 malformed, 200 business). */
export interface LtiProApiError {
  httpStatus: number
  errorCode: string
  errorMessage: string
  /**
   * The emulator's `x-emulator-diagnostic` header, when it sent one: why a signature was refused
   * (the base string it expected, the signature's age). The real LTI Pro sends none.
   */
  diagnostic?: string
}

export type LtiProResult<T> = { data: T; error?: never } | { data?: never; error: LtiProApiError }

export interface ListMeetingsParams {
  userId: string
  isUpComing?: boolean
  pageNum?: number
  pageSize?: number
}

export interface BulkSummary {
  /** How many HTTP calls were made. */
  calls: number
  /** How many items were accepted for processing. */
  accepted: number
}

export type CreateAndAssociateOutcome =
  | { kind: 'associated'; meetingId: string }
  /** The meeting exists in Zoom but could not be linked to the course (LTI Pro's 406). */
  | { kind: 'created-not-associated'; meetingId: string; error: LtiProApiError }

export interface LtiProClientOptions {
  key: string
  secret: string
  /**
   * `https://applications.zoom.us/api/v1/lti/rich` by default. A bare origin
   * (`http://127.0.0.1:4010`) gets `/api/v1/lti/rich` appended; a URL with a path is the full base.
   */
  baseUrl?: string
  fetch?: (request: Request) => Promise<Response>
  /** Milliseconds since the epoch, for the signature's timestamp; `Date.now()` (read at each call) by default. */
  now?: () => number
}

/** The transport failed or the answer was not LTI Pro JSON; API errors never throw. */
export class LtiProTransportError extends Error {
  override readonly name = 'LtiProTransportError'
}

interface Envelope {
  status?: unknown
  result?: unknown
  errorCode?: unknown
  errorMessage?: unknown
}

interface Answer {
  httpStatus: number
  envelope: Envelope
  diagnostic: string | null
}

const DIAGNOSTIC_HEADER = 'x-emulator-diagnostic'

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

export function createLtiProClient({
  key,
  secret,
  baseUrl = LTI_PRO_BASE_URL,
  fetch = (request) => globalThis.fetch(request),
  now = () => Date.now(),
}: LtiProClientOptions) {
  const base = serviceBaseUrl(baseUrl, LTI_PRO_BASE_URL)

  /** Signs the query (plus, for bulk bodies `{userId, …}`, that userId) and returns the envelope. */
  async function call(
    method: string,
    path: string,
    query: Record<string, string> = {},
    body?: unknown,
    bodyUserId?: string,
  ): Promise<Answer> {
    const params: Record<string, string> = { ...query, key, timestamp: String(now()) }
    const signed: SignedParams = bodyUserId === undefined ? params : { ...params, userId: bodyUserId }
    const request = new Request(`${base}${path}?${new URLSearchParams(params)}`, {
      method,
      headers: {
        [SIGNATURE_HEADER]: sign(secret, signed),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const response = await fetch(request)
    const text = await response.text()
    let envelope: Envelope
    try {
      envelope = JSON.parse(text) as Envelope
    } catch {
      throw new LtiProTransportError(
        `${method} ${path} answered ${response.status} without JSON: ${text.slice(0, 200)}`,
      )
    }
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.status !== 'boolean')
      throw new LtiProTransportError(
        `${method} ${path} answered ${response.status} without an LTI Pro envelope`,
      )
    return { httpStatus: response.status, envelope, diagnostic: response.headers.get(DIAGNOSTIC_HEADER) }
  }

  const apiError = ({ httpStatus, envelope, diagnostic }: Answer): LtiProApiError => ({
    httpStatus,
    errorCode: String(envelope.errorCode ?? httpStatus),
    errorMessage: String(envelope.errorMessage ?? ''),
    ...(diagnostic === null ? {} : { diagnostic }),
  })

  async function listMeetings(params: ListMeetingsParams): Promise<LtiProResult<LtiProMeetingPage>> {
    const query: Record<string, string> = {
      userId: params.userId,
      isUpComing: String(params.isUpComing ?? true),
      pageNum: String(params.pageNum ?? 1),
      pageSize: String(params.pageSize ?? 20),
    }
    const answer = await call('GET', '/open/meeting/list', query)
    if (answer.envelope.status !== true) return { error: apiError(answer) }
    return { data: answer.envelope.result as LtiProMeetingPage }
  }

  /** Every page from `pageNum` on, as results; stops after the last page or the first error. */
  async function* listAllMeetings(
    params: ListMeetingsParams,
  ): AsyncGenerator<LtiProResult<LtiProMeetingPage>, void, undefined> {
    for (let pageNum = params.pageNum ?? 1; ; pageNum++) {
      const page = await listMeetings({ ...params, pageNum })
      yield page
      if (!page.data || page.data.list.length === 0 || pageNum * page.data.pageSize >= page.data.total) return
    }
  }

  async function bulk(
    method: 'POST' | 'PUT',
    path: string,
    request: LtiProBulkRequest,
  ): Promise<LtiProResult<BulkSummary>> {
    const userId = Array.isArray(request) ? undefined : request.userId
    const items = Array.isArray(request) ? request : request.meetingList
    const summary: BulkSummary = { calls: 0, accepted: 0 }
    for (const chunk of chunks(items, LTI_PRO_BULK_LIMIT)) {
      const body = userId === undefined ? chunk : { userId, meetingList: chunk }
      const answer = await call(method, path, {}, body, userId)
      summary.calls++
      if (answer.envelope.status !== true) return { error: apiError(answer) }
      summary.accepted += chunk.length
    }
    return { data: summary }
  }

  async function createAndAssociate(
    request: LtiProCreateAndAssociateRequest,
  ): Promise<LtiProResult<CreateAndAssociateOutcome>> {
    const answer = await call('POST', '/meeting/createAndAssociate', {}, request)
    const created = (answer.envelope.result as { id?: unknown } | undefined)?.id
    if (answer.envelope.status === true) return { data: { kind: 'associated', meetingId: String(created) } }
    const error = apiError(answer)
    if (typeof created === 'string')
      return { data: { kind: 'created-not-associated', meetingId: created, error } }
    return { error }
  }

  return {
    listMeetings,
    listAllMeetings,
    /** Any number of items, in calls of at most 400; stops at the first refused call. */
    bulkImport: (request: LtiProBulkRequest) => bulk('POST', '/meeting/bulkImport', request),
    /** Any number of items, in calls of at most 400; stops at the first refused call. */
    bulkDisassociate: (request: LtiProBulkRequest) => bulk('PUT', '/meeting/bulkDisassociate', request),
    createAndAssociate,
  }
}

export type LtiProClient = ReturnType<typeof createLtiProClient>
