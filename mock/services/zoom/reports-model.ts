/** @module Zoom's Reports (Pro or higher): the user's past meetings, active and inactive hosts, the participants of a past meeting or webinar. */
import type { World } from '../../core/world.js'
import { instanceTooOld, paidAccountOnly } from './errors.js'
import { ZoomMetrics } from './metrics-model.js'
import { type ListQuery, type Page, paginate } from './pagination.js'
import { type DateRange, inRange, olderThanAYear, type ReportRequest, reportRange } from './report-dates.js'
import { HappenedInstances, type InstanceKind, type InstanceTotals } from './report-instances.js'
import type { ZoomInstance, ZoomParticipant, ZoomPlan, ZoomUser } from './state.js'
import type { ZoomUsers } from './users-model.js'

export type ReportMeetingsType = 'past' | 'pastOne' | 'pastJoined'
export type ReportUsersType = 'active' | 'inactive'

const startOf = (instance: ZoomInstance) => Date.parse(instance.start_time)

/** A row of the meetings report: the instance, its totals, and for `pastJoined` the user's own joins. */
export interface ReportedInstance {
  instance: ZoomInstance
  totals: InstanceTotals
  joined?: ZoomParticipant[]
}

/** A row of the hosts report: the host and its instances' sums. */
export interface ReportedHost {
  user: ZoomUser
  meetings: number
  participants: number
  meetingMinutes: number
}

/** An account's reports, read from what happened on the emulator clock. */
export class ZoomReports {
  readonly happened: HappenedInstances
  /** The dashboard's metrics, read from the same instances. */
  readonly metrics: ZoomMetrics

  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
    private readonly plan: ZoomPlan,
    private readonly accountId: string,
  ) {
    this.happened = new HappenedInstances(world, users)
    this.metrics = new ZoomMetrics(world, this.happened, plan, accountId)
  }

  private get now() {
    return this.world.clock.now()
  }

  /** Reports need a paid plan: Basic is refused with 400/200. */
  private assertPaid(): void {
    if (this.plan === 'basic') throw paidAccountOnly(this.accountId)
  }

  /** The ended instances (of `kind`, or of both) that started in the range. */
  private ended(range: DateRange, kind?: InstanceKind): ZoomInstance[] {
    return this.happened.all(kind).filter((i) => i.end_time !== undefined && inRange(range, startOf(i)))
  }

  /**
   * The user's ended meetings (and webinars) that started in the range, oldest first: `past` those
   * hosted with two or more unique participants, `pastOne` with exactly one, `pastJoined` every one
   * the user hosted or joined.
   */
  meetings(userId: string, query: ReportRequest<{ type: ReportMeetingsType }>) {
    this.assertPaid()
    const user = this.users.resolve(userId)
    const range = reportRange(query.from, query.to, this.now)
    const joinsOf = (instance: ZoomInstance) =>
      this.happened
        .participants(instance)
        .filter((p) => p.user_id === user.id || p.user_email.toLowerCase() === user.email.toLowerCase())
    const rows = (type: ReportMeetingsType): ReportedInstance[] =>
      this.ended(range).flatMap((instance) => {
        const totals = this.happened.totals(instance)
        const hosted = instance.host_id === user.id
        if (type === 'past') return hosted && totals.uniqueParticipants >= 2 ? [{ instance, totals }] : []
        if (type === 'pastOne') return hosted && totals.uniqueParticipants === 1 ? [{ instance, totals }] : []
        const joined = joinsOf(instance)
        return hosted || joined.length > 0 ? [{ instance, totals, joined }] : []
      })
    const page = paginate(
      `report-meetings|${user.id}|${range.from}|${range.to}`,
      query,
      { type: ['past', 'pastOne', 'pastJoined'] },
      this.now,
      (row: ReportedInstance) => [startOf(row.instance), row.instance.uuid],
      ({ type }) => rows(type),
    )
    return { range, page }
  }

  /**
   * The account's hosts: `active` those who hosted an ended meeting that started in the range,
   * with their meetings, joins and participant minutes; `inactive` the others. Totals cover every page.
   */
  hosts(query: ReportRequest<{ type: ReportUsersType }>) {
    this.assertPaid()
    const range = reportRange(query.from, query.to, this.now)
    const byHost = new Map<string, ReportedHost>()
    for (const instance of this.ended(range, 'meeting')) {
      const user = this.users.find(instance.host_id)
      if (!user) continue
      const totals = this.happened.totals(instance)
      const row = byHost.get(user.id) ?? { user, meetings: 0, participants: 0, meetingMinutes: 0 }
      byHost.set(user.id, {
        user,
        meetings: row.meetings + 1,
        participants: row.participants + totals.joins,
        meetingMinutes: row.meetingMinutes + totals.totalMinutes,
      })
    }
    const rows = (type: ReportUsersType): ReportedHost[] =>
      type === 'active'
        ? [...byHost.values()]
        : this.users
            .inAccount()
            .filter((user) => !byHost.has(user.id))
            .map((user) => ({ user, meetings: 0, participants: 0, meetingMinutes: 0 }))
    let listed: ReportedHost[] = []
    const page: Page<ReportedHost> = paginate(
      `report-users|${this.accountId}|${range.from}|${range.to}`,
      query,
      { type: ['active', 'inactive'] },
      this.now,
      (row: ReportedHost) => [row.user.created_at, row.user.id],
      ({ type }) => {
        listed = rows(type)
        return listed
      },
    )
    const sum = (field: 'meetings' | 'participants' | 'meetingMinutes') =>
      listed.reduce((total, row) => total + row[field], 0)
    const totals = {
      meetings: sum('meetings'),
      participants: sum('participants'),
      minutes: sum('meetingMinutes'),
    }
    return { range, page, totals }
  }

  /** Every join of a past instance (by number: its latest), by join time; 404/3001 if none such, 400/12702 past a year. */
  participants(kind: InstanceKind, param: string, query: ListQuery<Record<string, never>>) {
    this.assertPaid()
    const instance = this.happened.find(param, kind, 'past')
    if (olderThanAYear(startOf(instance), this.now)) throw instanceTooOld()
    const page = paginate(
      `report-participants|${instance.uuid}`,
      query,
      {},
      this.now,
      (p: ZoomParticipant) => [Date.parse(p.join_time), p.id],
      () => this.happened.participants(instance),
    )
    return { instance, page }
  }
}
