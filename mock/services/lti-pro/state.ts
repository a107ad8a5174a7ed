/** @module The LTI Pro slice of a world's state: credentials, LMS courses, meeting associations, bulk jobs, and where the processing of those jobs stands. */
import { IndexedTable } from '../../core/lib/indexed-table.js'

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

/** By key. */
export type CredentialTable = IndexedTable<LtiCredential>
/** By `credentialKey|meetingId|domain|contextId`, grouped by credential: each group counts how many courses link each meeting number. */
export type AssociationTable = IndexedTable<LtiAssociation, 'credential'>

/**
 * Where processing stands in a list of bulk jobs: every job before `firstPending` is done, and no
 * pending job is due before `nextDueAt`. A list replaced (state import, pruning) or grown is seen
 * at the next call; jobs change in place only by being processed here.
 */
export class DueJobs {
  #jobs: readonly BulkJob[] = []
  #seen = 0
  #firstPending = 0
  #nextDueAt = Number.POSITIVE_INFINITY

  /** Calls `process` on each pending job of `jobs` due at `now` (in the order accepted), which must mark it done. */
  run(jobs: readonly BulkJob[], now: number, process: (job: BulkJob) => void): void {
    if (jobs !== this.#jobs || this.#seen > jobs.length) {
      this.#jobs = jobs
      this.#seen = 0
      this.#firstPending = 0
      this.#nextDueAt = Number.POSITIVE_INFINITY
    }
    for (; this.#seen < jobs.length; this.#seen++) {
      const job = jobs[this.#seen]
      if (job?.status === 'pending') this.#nextDueAt = Math.min(this.#nextDueAt, job.dueAt)
    }
    if (now < this.#nextDueAt) return
    let nextDueAt = Number.POSITIVE_INFINITY
    for (let i = this.#firstPending; i < jobs.length; i++) {
      const job = jobs[i]
      if (job?.status !== 'pending') continue
      // Not `<=`: a due time that is not a number (an imported job) is due at once.
      if (job.dueAt > now) nextDueAt = Math.min(nextDueAt, job.dueAt)
      else process(job)
    }
    this.#nextDueAt = nextDueAt
    while (jobs[this.#firstPending]?.status === 'done') this.#firstPending++
  }
}

/** The slice's fields are what the state snapshot holds of LTI Pro; where the processing of bulk jobs stands is not. */
export class LtiState {
  credentials: CredentialTable = new IndexedTable({})
  /** By `credentialKey|domain|contextId`. */
  courses = new Map<string, LtiCourse>()
  associations: AssociationTable = new IndexedTable({
    credential: {
      key: (association) => association.credentialKey,
      member: (association) => association.meetingId,
    },
  })
  bulkJobs: BulkJob[] = []
  readonly #dueJobs = new DueJobs()

  /** A static, not a method: the snapshot's type lists every key of the slice. */
  static dueJobsOf(state: LtiState): DueJobs {
    return state.#dueJobs
  }
}

export const createLtiState = (): LtiState => new LtiState()

declare module '../../core/store.js' {
  interface Store {
    lti: LtiState
  }
  interface Credentials {
    lti: { key: string; secret: string }
  }
}
declare module '../../core/context.js' {
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
declare module '../../core/request-tags.js' {
  interface ServiceNames {
    'lti-pro': 'lti'
  }
}
