/** @module Zoom's Dashboard metrics (Business or higher): live and past meetings and webinars in a range, and the joins of one instance. */
import type { World } from '../../core/world.js'
import { instanceTooOld, noPermission, paidAccountOnly } from './errors.js'
import { type ListQuery, paginate } from './pagination.js'
import { inRange, olderThanAYear, type ReportRequest, reportRange } from './report-dates.js'
import { type HappenedInstances, type InstanceKind, matches } from './report-instances.js'
import type { ZoomInstance, ZoomParticipant, ZoomPlan } from './state.js'

export type MetricsType = 'past' | 'pastOne' | 'live'
export type QueryDateType = 'start_time' | 'end_time'

const METRICS_TYPES: MetricsType[] = ['past', 'pastOne', 'live']
const timeOf = (instance: ZoomInstance, by: QueryDateType) => {
  const time = by === 'start_time' ? instance.start_time : instance.end_time
  return time === undefined ? undefined : Date.parse(time)
}

/** An account's dashboard, read from what happened on the emulator clock. */
export class ZoomMetrics {
  constructor(
    private readonly world: World,
    private readonly happened: HappenedInstances,
    private readonly plan: ZoomPlan,
    private readonly accountId: string,
  ) {}

  private get now() {
    return this.world.clock.now()
  }

  /** The dashboard needs Business or higher: Basic is refused as unpaid, Pro with "No permission." (400/200 both). */
  private assertBusiness(): void {
    if (this.plan === 'basic') throw paidAccountOnly(this.accountId)
    if (this.plan === 'pro') throw noPermission()
  }

  /**
   * The instances of `kind` whose start (or end, by `query_date_type`) lies in the range, oldest
   * first: `live` those not ended, `past` ended with two or more unique participants, `pastOne` with one.
   */
  instances(kind: InstanceKind, query: ReportRequest<{ type: MetricsType; query_date_type: QueryDateType }>) {
    this.assertBusiness()
    const range = reportRange(query.from, query.to, this.now)
    const admitted = (instance: ZoomInstance, type: MetricsType) => {
      if (!matches(instance, type === 'live' ? 'live' : 'past')) return false
      if (type === 'live') return true
      const unique = this.happened.totals(instance).uniqueParticipants
      return type === 'past' ? unique >= 2 : unique === 1
    }
    const page = paginate(
      `metrics-${kind}|${this.accountId}|${range.from}|${range.to}`,
      query,
      { type: METRICS_TYPES, query_date_type: ['start_time', 'end_time'] },
      this.now,
      (instance: ZoomInstance) => [Date.parse(instance.start_time), instance.uuid],
      ({ type, query_date_type }) =>
        this.happened.all(kind).filter((instance) => {
          const time = timeOf(instance, query_date_type)
          return time !== undefined && inRange(range, time) && admitted(instance, type)
        }),
    )
    return { range, page }
  }

  /** Every join of a meeting's live instance (`live`) or its latest ended one, by join time; or of the instance a UUID names. */
  participants(param: string, type: MetricsType, query: ListQuery<Record<string, never>>) {
    this.assertBusiness()
    const instance = this.happened.find(param, 'meeting', type === 'live' ? 'live' : 'past')
    if (olderThanAYear(Date.parse(instance.start_time), this.now)) throw instanceTooOld()
    const page = paginate(
      `metrics-participants|${instance.uuid}`,
      query,
      {},
      this.now,
      (p: ZoomParticipant) => [Date.parse(p.join_time), p.id],
      () => this.happened.participants(instance),
    )
    return { instance, page }
  }
}
