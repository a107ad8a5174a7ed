/** @module Parses LTI Pro query strings and JSON bodies into typed requests; anything malformed is a 400 LtiProError. */
import { badRequest } from './errors.js'

export const MAX_BULK_ITEMS = 400
export const MAX_PAGE_SIZE = 1000

export interface ListQuery {
  userId: string
  isUpComing: boolean
  pageNum: number
  pageSize: number
}

export interface BulkItem {
  meetingId: string
  contextId: string
  domain: string
  courseId?: string
}

export interface BulkRequest {
  /** Present for the `{userId, meetingList}` form: an admin acting for the account. */
  userId?: string
  items: BulkItem[]
}

export interface CreateAndAssociateRequest {
  userId: string
  contextId: string
  domain: string
  courseId?: string
  meetingInfo: Record<string, unknown>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function integerParam(name: string, raw: string | undefined, fallback: number, max?: number): number {
  if (raw === undefined) return fallback
  const n = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : Number.NaN
  const bounds = max === undefined ? 'an integer ≥ 1' : `an integer from 1 to ${max}`
  if (!(n >= 1 && n <= (max ?? Number.MAX_SAFE_INTEGER)))
    throw badRequest(`${name} must be ${bounds}, not "${raw}"`)
  return n
}

/** Defaults (emulator choices): isUpComing true, pageNum 1, pageSize 20. */
export function parseListQuery(query: Record<string, string | undefined>): ListQuery {
  const { userId, isUpComing = 'true' } = query
  if (!userId) throw badRequest('Required parameter userId is missing')
  if (isUpComing !== 'true' && isUpComing !== 'false')
    throw badRequest(`isUpComing must be "true" or "false", not "${isUpComing}"`)
  return {
    userId,
    isUpComing: isUpComing === 'true',
    pageNum: integerParam('pageNum', query.pageNum, 1),
    pageSize: integerParam('pageSize', query.pageSize, 20, MAX_PAGE_SIZE),
  }
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') throw badRequest('The request body is empty; a JSON body is required')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`)
  }
}

function requiredString(where: string, body: Record<string, unknown>, name: string): string {
  const value = body[name]
  if (typeof value !== 'string' || value === '')
    throw badRequest(`${where}${name} is required (a non-empty string)`)
  return value
}

function optionalCourseId(where: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)))
    return String(value)
  throw badRequest(`${where}courseId must be a string or an integer`)
}

function parseBulkItem(value: unknown, index: number): BulkItem {
  const where = `meetingList[${index}].`
  if (!isObject(value)) throw badRequest(`meetingList[${index}] must be an object`)
  const { meetingId } = value
  const number =
    typeof meetingId === 'number' && Number.isSafeInteger(meetingId) && meetingId >= 0
      ? String(meetingId)
      : typeof meetingId === 'string' && /^[0-9]{1,19}$/.test(meetingId)
        ? meetingId
        : undefined
  if (number === undefined)
    throw badRequest(`${where}meetingId is required (a meeting number, string or number)`)
  const courseId = optionalCourseId(where, value.courseId)
  return {
    meetingId: number,
    contextId: requiredString(where, value, 'contextId'),
    domain: requiredString(where, value, 'domain'),
    ...(courseId === undefined ? {} : { courseId }),
  }
}

/** Either a bare array of items or `{userId, meetingList}`; 1 to 400 items. */
export function parseBulkRequest(body: unknown): BulkRequest {
  const userId = isObject(body) ? requiredString('', body, 'userId') : undefined
  const list = isObject(body) ? body.meetingList : body
  if (!Array.isArray(list))
    throw badRequest(
      isObject(body)
        ? 'meetingList is required (an array)'
        : 'The body must be an array of meetings or an object {userId, meetingList}',
    )
  if (list.length < 1 || list.length > MAX_BULK_ITEMS)
    throw badRequest(`meetingList must hold 1 to ${MAX_BULK_ITEMS} meetings, not ${list.length}`)
  const items = list.map(parseBulkItem)
  return userId === undefined ? { items } : { userId, items }
}

export function parseCreateAndAssociate(body: unknown): CreateAndAssociateRequest {
  if (!isObject(body)) throw badRequest('The body must be an object {userId, contextId, domain, meetingInfo}')
  const { meetingInfo } = body
  if (!isObject(meetingInfo)) throw badRequest('meetingInfo is required (an object)')
  const courseId = optionalCourseId('', body.courseId)
  return {
    userId: requiredString('', body, 'userId'),
    contextId: requiredString('', body, 'contextId'),
    domain: requiredString('', body, 'domain'),
    ...(courseId === undefined ? {} : { courseId }),
    meetingInfo,
  }
}
