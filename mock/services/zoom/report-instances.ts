/** @module What reports and dashboard metrics read of what happened: an account's instances (by number or double-encoded UUID), their joins and totals. */
import type { World } from '../../core/world.js'
import { instanceNotFound } from './errors.js'
import { settleHappenings } from './happenings.js'
import type { ZoomInstance, ZoomParticipant } from './state.js'
import type { ZoomUsers } from './users-model.js'

export type InstanceKind = ZoomInstance['kind']
/** Which instances a lookup or list wants: ended ones, or live ones (started, not ended). */
export type Happened = 'past' | 'live'

const isLive = (instance: ZoomInstance) => instance.end_time === undefined
export const matches = (instance: ZoomInstance, happened: Happened) =>
  isLive(instance) === (happened === 'live')

/**
 * The UUID a path parameter names (the router has decoded it once): decoded again when it still
 * holds escapes; a UUID that begins with `/` or contains `//` arrives unescaped only when it was
 * not double-encoded, as Zoom requires, and then names nothing.
 */
export function uuidOfParam(param: string): string | undefined {
  if (param.includes('%')) {
    try {
      return decodeURIComponent(param)
    } catch {
      return undefined
    }
  }
  return param.startsWith('/') || param.includes('//') ? undefined : param
}

/** One join's seconds: to its leave, or to `now` while still in. */
export const joinSeconds = (p: ZoomParticipant, now: number) =>
  Math.max(0, Math.floor(((p.leave_time ? Date.parse(p.leave_time) : now) - Date.parse(p.join_time)) / 1000))

/** Who a join was: the Zoom user, else the email, else the name. */
const personOf = (p: ZoomParticipant) => p.user_id ?? (p.user_email.toLowerCase() || `name:${p.name}`)

export interface InstanceTotals {
  /** Every join (a rejoin counts again). */
  joins: number
  uniqueParticipants: number
  /** Joins by users of the host's account. */
  accountJoins: number
  /** The joins' seconds summed, in whole minutes (rounded). */
  totalMinutes: number
  /** From start to end (live: to now), in whole minutes (rounded). */
  durationMinutes: number
}

/** An account's instances and their joins, settled first so that they say what the clock has made happen. */
export class HappenedInstances {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
  ) {}

  private get now() {
    return this.world.clock.now()
  }

  /** The account's instances (those whose host is one of its users), of `kind` or of both. */
  all(kind?: InstanceKind): ZoomInstance[] {
    settleHappenings(this.world)
    return [...this.world.store.zoom.instances.values()].filter(
      (instance) =>
        (kind === undefined || instance.kind === kind) && this.users.find(instance.host_id) !== undefined,
    )
  }

  /**
   * The instance a path parameter names: a number names its latest `happened` instance, a UUID
   * that one (if it has `happened` so); else 404/3001.
   */
  find(param: string, kind: InstanceKind, happened: Happened): ZoomInstance {
    const { instances } = this.world.store.zoom
    const ofAccount = (instance: ZoomInstance | undefined) =>
      instance?.kind === kind &&
      matches(instance, happened) &&
      this.users.find(instance.host_id) !== undefined
        ? instance
        : undefined
    let found: ZoomInstance | undefined
    if (/^\d+$/.test(param)) {
      settleHappenings(this.world, [param])
      const candidates = [...instances.members('meeting', param)].flatMap(
        (uuid) => ofAccount(instances.get(uuid)) ?? [],
      )
      found = candidates.sort((a, b) => Date.parse(b.start_time) - Date.parse(a.start_time))[0]
    } else {
      settleHappenings(this.world)
      const uuid = uuidOfParam(param)
      found = uuid === undefined ? undefined : ofAccount(instances.get(uuid))
    }
    if (!found) throw instanceNotFound(param)
    return found
  }

  /** The instance's joins. */
  participants(instance: ZoomInstance): ZoomParticipant[] {
    const { participants } = this.world.store.zoom
    return [...participants.members('instance', instance.uuid)].flatMap((id) => participants.get(id) ?? [])
  }

  /** Whether a join was by a user of the host's account. */
  isAccountUser(p: ZoomParticipant): boolean {
    return p.user_id !== undefined && this.users.find(p.user_id) !== undefined
  }

  totals(instance: ZoomInstance): InstanceTotals {
    const joins = this.participants(instance)
    const now = this.now
    const seconds = joins.reduce((sum, p) => sum + joinSeconds(p, now), 0)
    const end = instance.end_time ? Date.parse(instance.end_time) : now
    return {
      joins: joins.length,
      uniqueParticipants: new Set(joins.map(personOf)).size,
      accountJoins: joins.filter((p) => this.isAccountUser(p)).length,
      totalMinutes: Math.round(seconds / 60),
      durationMinutes: Math.max(0, Math.round((end - Date.parse(instance.start_time)) / 60_000)),
    }
  }
}
