/** @module The LTI Pro slice of a world's state: credentials, LMS courses, meeting associations, bulk jobs. */
import { AssociationTable } from './association-table.js'

export interface LtiCredential {
  key: string
  secret: string
  /** The Zoom account this LTI Pro app belongs to. */
  accountId: string
}

export interface LtiCourse {
  credentialKey: string
  contextId: string
  domain: string
  courseId?: string
  title: string
}

export interface LtiAssociation {
  credentialKey: string
  /** Zoom meeting number, as a string. */
  meetingId: string
  contextId: string
  domain: string
  courseId?: string
  createdAt: number
}

export type BulkKind = 'import' | 'disassociate'

export interface BulkItemOutcome {
  meetingId: string
  contextId: string
  domain: string
  courseId?: string
  /** `pending` until the job is processed. */
  outcome: 'pending' | 'associated' | 'disassociated' | 'unchanged' | 'skipped'
  errorCode?: string
  errorMessage?: string
}

export interface BulkJob {
  id: string
  kind: BulkKind
  credentialKey: string
  userId?: string
  receivedAt: number
  /** When the items are processed, on the emulator clock. */
  dueAt: number
  status: 'pending' | 'done'
  /** When the job was processed, on the emulator clock. */
  processedAt?: number
  items: BulkItemOutcome[]
}

export interface LtiState {
  credentials: Map<string, LtiCredential>
  /** By `credentialKey|domain|contextId`. */
  courses: Map<string, LtiCourse>
  /** By `credentialKey|meetingId|domain|contextId`. */
  associations: AssociationTable
  bulkJobs: BulkJob[]
}

export const createLtiState = (): LtiState => ({
  credentials: new Map(),
  courses: new Map(),
  associations: new AssociationTable(),
  bulkJobs: [],
})

declare module '../../core/store.js' {
  interface Store {
    lti: LtiState
  }
  interface Credentials {
    lti: { key: string; secret: string }
  }
}
declare module '../../core/context.js' {
  interface ServiceNames {
    'lti-pro': 'lti'
  }
  interface ServiceOptions {
    ltiPro: {
      /** How far in the future a signature's timestamp may be, in ms. */
      futureSkewMs: number
      /** How long after acceptance a bulk job is processed, in ms of the emulator clock; 0 = at once. */
      bulkDelayMs: number
      /** How many bulk jobs a world keeps: past it, accepting one forgets the oldest finished ones. */
      maxBulkJobs: number
    }
  }
}
