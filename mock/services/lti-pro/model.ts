/** @module LTI Pro rules: listing a host's course meetings, bulk jobs, and creating-and-associating through the Zoom model. */
import type { ServiceOptions } from '../../core/context.js'
import { fromArray, mapRun, mergedPage, reversed } from '../../core/lib/sorted-runs.js'
import type { World } from '../../core/world.js'
import { ZoomError } from '../zoom/errors.js'
import { ZoomModel } from '../zoom/model.js'
import type { ZoomUser } from '../zoom/state.js'
import { ZoomUsers } from '../zoom/users-model.js'
import { courseTimeline } from './course-timeline.js'
import {
  createdButNotAssociated,
  INVALID_ASSOCIATION_CODE,
  INVALID_ASSOCIATION_MESSAGE,
  invalidMeetingInfo,
  userDoesNotExist,
  userNotAdmin,
  zoomFailure,
} from './errors.js'
import { compareForList, listItemJson, type MeetingPage, schedule, scheduleFixed } from './listing.js'
import type { BulkItem, BulkRequest, CreateAndAssociateRequest, ListQuery } from './requests.js'
import { type BulkItemOutcome, type BulkJob, type BulkKind, type LtiCredential, LtiState } from './state.js'

const ADMIN_ROLES: ReadonlySet<string> = new Set(['Owner', 'Admin'])

/** Fidelity gap: courses match on the exact domain and contextId (no URL normalisation). */
export const courseKey = (credentialKey: string, domain: string, contextId: string) =>
  `${credentialKey}|${domain}|${contextId}`
export const associationKey = (credentialKey: string, item: BulkItem) =>
  `${credentialKey}|${item.meetingId}|${item.domain}|${item.contextId}`

/** Applies one bulk item to the world and says what happened to it. */
function applyBulkItem(world: World, job: BulkJob, item: BulkItemOutcome): BulkItemOutcome {
  const { lti, zoom } = world.store
  const credential = lti.credentials.get(job.credentialKey)
  const meeting = zoom.meetings.get(item.meetingId)
  const host = meeting && zoom.users.get(meeting.host_id)
  const course = lti.courses.get(courseKey(job.credentialKey, item.domain, item.contextId))
  if (!credential || !course || host?.account_id !== credential.accountId)
    return {
      ...item,
      outcome: 'skipped',
      errorCode: INVALID_ASSOCIATION_CODE,
      errorMessage: INVALID_ASSOCIATION_MESSAGE,
    }
  const key = associationKey(job.credentialKey, item)
  if (job.kind === 'disassociate')
    return { ...item, outcome: lti.associations.delete(key) ? 'disassociated' : 'unchanged' }
  if (lti.associations.has(key)) return { ...item, outcome: 'unchanged' }
  const courseId = item.courseId ?? course.courseId
  lti.associations.set(key, {
    credentialKey: job.credentialKey,
    meetingId: item.meetingId,
    contextId: item.contextId,
    domain: item.domain,
    ...(courseId === undefined ? {} : { courseId }),
    createdAt: world.clock.now(),
  })
  return { ...item, outcome: 'associated' }
}

/** Processes, in the order they were accepted, every pending bulk job of the world whose time has come; reads no job while none is due. */
export function processDueJobs(world: World): void {
  const { lti } = world.store
  const now = world.clock.now()
  LtiState.dueJobsOf(lti).run(lti.bulkJobs, now, (job) => {
    job.items = job.items.map((item) => applyBulkItem(world, job, item))
    job.status = 'done'
    job.processedAt = now
  })
}

/** Forgets the oldest finished jobs while the world holds more than `max`; pending jobs always stay. */
function pruneBulkJobs(world: World, max: number): void {
  const { lti } = world.store
  let excess = lti.bulkJobs.length - max
  if (excess > 0) lti.bulkJobs = lti.bulkJobs.filter((job) => job.status !== 'done' || excess-- <= 0)
}

/** `bulk-<n>`, one more than the newest job's number, so ids stay unique when old jobs are forgotten. */
function nextBulkJobId(jobs: readonly BulkJob[]): string {
  const newest = Number(jobs.at(-1)?.id.match(/^bulk-(\d+)$/)?.[1] ?? 0)
  return `bulk-${Math.max(newest, jobs.length) + 1}`
}

export class LtiProModel {
  constructor(
    private readonly world: World,
    private readonly options: ServiceOptions,
  ) {}

  private credential(key: string): LtiCredential {
    const credential = this.world.store.lti.credentials.get(key)
    if (!credential) throw new Error(`LTI credential ${key} vanished after its signature was verified`)
    return credential
  }

  /** A user of the credential's Zoom account, by id or (emulator choice) by email. */
  private accountUser(credentialKey: string, userId: string): ZoomUser {
    const { accountId } = this.credential(credentialKey)
    const found = new ZoomUsers(this.world, accountId).find(userId)
    if (!found) throw userDoesNotExist(userId)
    return found
  }

  /** Only the requested page is materialised: fixed meetings come from binary searches of the course timeline. */
  listMeetings(credentialKey: string, query: ListQuery): MeetingPage {
    const host = this.accountUser(credentialKey, query.userId)
    const now = this.world.clock.now()
    const timeline = courseTimeline(this.world.store, credentialKey, host.id)
    const order = compareForList(query.isUpComing)
    const fixed = mapRun(
      query.isUpComing ? timeline.endingAfter(now) : reversed(timeline.endedBy(now)),
      (t) => scheduleFixed(t, now),
    )
    const { meetings } = this.world.store.zoom
    const floating = timeline.floating
      .map((meeting) => schedule(meeting, now, meetings))
      .filter((s) => s.ended !== query.isUpComing)
      .sort(order)
    const from = (query.pageNum - 1) * query.pageSize
    const page = mergedPage(fixed, fromArray(floating), order, from, query.pageSize)
    const listJson = page.map((s) => listItemJson(meetings, s, host))
    const total = fixed.length + floating.length
    return { pageNum: query.pageNum, pageSize: query.pageSize, total, listJson }
  }

  /** Records a bulk job, due after `bulkDelayMs`; its items are applied by processDueJobs. */
  acceptBulk(credentialKey: string, kind: BulkKind, request: BulkRequest): BulkJob {
    if (request.userId !== undefined) {
      const user = this.accountUser(credentialKey, request.userId)
      if (!ADMIN_ROLES.has(user.role_name)) throw userNotAdmin(request.userId)
    }
    const now = this.world.clock.now()
    const jobs = this.world.store.lti.bulkJobs
    const job: BulkJob = {
      id: nextBulkJobId(jobs),
      kind,
      credentialKey,
      ...(request.userId === undefined ? {} : { userId: request.userId }),
      receivedAt: now,
      dueAt: now + this.options.ltiPro.bulkDelayMs,
      status: 'pending',
      items: request.items.map((item) => ({ ...item, outcome: 'pending' })),
    }
    jobs.push(job)
    pruneBulkJobs(this.world, this.options.ltiPro.maxBulkJobs)
    return job
  }

  /** Creates the meeting with Zoom's own rules, then associates it; a missing course leaves the meeting created (406). */
  createAndAssociate(credentialKey: string, request: CreateAndAssociateRequest): { id: string } {
    const host = this.accountUser(credentialKey, request.userId)
    let meetingNumber: string
    try {
      meetingNumber = String(
        new ZoomModel(this.world, this.options.zoom, host.account_id).createMeeting(
          host.id,
          request.meetingInfo,
        ).id,
      )
    } catch (error) {
      if (!(error instanceof ZoomError)) throw error
      if (error.code === 1001) throw userDoesNotExist(request.userId)
      if (error.status === 400) {
        const first = error.errors?.[0]
        throw invalidMeetingInfo(first ? `${first.field}: ${first.message}` : error.message)
      }
      throw zoomFailure(error.code, error.message)
    }
    const course = this.world.store.lti.courses.get(
      courseKey(credentialKey, request.domain, request.contextId),
    )
    if (!course) throw createdButNotAssociated(meetingNumber)
    const item: BulkItem = { meetingId: meetingNumber, contextId: request.contextId, domain: request.domain }
    const courseId = request.courseId ?? course.courseId
    this.world.store.lti.associations.set(associationKey(credentialKey, item), {
      credentialKey,
      ...item,
      ...(courseId === undefined ? {} : { courseId }),
      createdAt: this.world.clock.now(),
    })
    return { id: meetingNumber }
  }
}
