/** @module LTI Pro requests as the model takes them, read from input its contract has already accepted (mock/core/pipeline/validation.ts). */
import type { components, operations } from '../../../src/generated/lti-pro.js'
import type { ValidInput } from '../../core/pipeline/validation.js'

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

type Schemas = components['schemas']

/** The list parameters lti-pro.yaml gives defaults (isUpComing true, pageNum 1, pageSize 20: emulator choices). */
export const LIST_DEFAULTED = ['isUpComing', 'pageNum', 'pageSize'] as const

type ListInput = ValidInput<operations['listMeetings'], (typeof LIST_DEFAULTED)[number]>

export const listQuery = ({ userId, isUpComing, pageNum, pageSize }: ListInput['query']): ListQuery => ({
  userId,
  isUpComing: isUpComing === 'true',
  pageNum,
  pageSize,
})

const withCourseId = (courseId: string | number | undefined) =>
  courseId === undefined ? {} : { courseId: String(courseId) }

const bulkItem = ({ meetingId, contextId, domain, courseId }: Schemas['BulkItem']): BulkItem => ({
  meetingId: String(meetingId),
  contextId,
  domain,
  ...withCourseId(courseId),
})

/** Either a bare array of items or `{userId, meetingList}`. */
export function bulkRequest(body: Schemas['BulkRequest']): BulkRequest {
  if (Array.isArray(body)) return { items: body.map(bulkItem) }
  return { userId: body.userId, items: body.meetingList.map(bulkItem) }
}

export const createAndAssociateRequest = ({
  userId,
  contextId,
  domain,
  courseId,
  meetingInfo,
}: Schemas['CreateAndAssociateRequest']): CreateAndAssociateRequest => ({
  userId,
  contextId,
  domain,
  ...withCourseId(courseId),
  meetingInfo,
})
