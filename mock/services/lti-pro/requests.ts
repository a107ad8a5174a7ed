/** @module LTI Pro requests as the model takes them, read from input its contract has already accepted (mock/core/pipeline/validation.ts). */
import type { RequestInput } from '../../core/contracts/contracts.js'

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

type Fields = Record<string, unknown>

/** Defaults come from the contract (isUpComing true, pageNum 1, pageSize 20: emulator choices). */
export function listQuery({ query }: RequestInput): ListQuery {
  return {
    userId: String(query.userId),
    isUpComing: query.isUpComing === 'true',
    pageNum: Number(query.pageNum),
    pageSize: Number(query.pageSize),
  }
}

const withCourseId = (courseId: unknown) => (courseId === undefined ? {} : { courseId: String(courseId) })

const bulkItem = ({ meetingId, contextId, domain, courseId }: Fields): BulkItem => ({
  meetingId: String(meetingId),
  contextId: String(contextId),
  domain: String(domain),
  ...withCourseId(courseId),
})

/** Either a bare array of items or `{userId, meetingList}`. */
export function bulkRequest({ body }: RequestInput): BulkRequest {
  if (Array.isArray(body)) return { items: body.map(bulkItem) }
  const { userId, meetingList } = body as { userId: string; meetingList: Fields[] }
  return { userId, items: meetingList.map(bulkItem) }
}

export function createAndAssociateRequest({ body }: RequestInput): CreateAndAssociateRequest {
  const { userId, contextId, domain, courseId, meetingInfo } = body as Fields
  return {
    userId: String(userId),
    contextId: String(contextId),
    domain: String(domain),
    ...withCourseId(courseId),
    meetingInfo: meetingInfo as Record<string, unknown>,
  }
}
