/** @module The in-process control of one world; the HTTP routes under /__emulator are thin over it. */
import type { Clock } from '../core/clock.js'
import type { Contracts } from '../core/contracts/contracts.js'
import type { FaultRule, FaultRuleInput } from '../core/faults.js'
import { type JournalPage, parseRequestFilter, type RequestFilter } from '../core/journal.js'
import type { ServiceModule } from '../core/service.js'
import type { Credentials } from '../core/store.js'
import type { World, WorldRegistry } from '../core/world.js'
import { createSeeding, type Seeding } from '../seed/seeding.js'
import { type ZoomControl, zoomControl } from '../services/zoom/happening-commands.js'
import { type WebhookControl, webhookControl } from '../services/zoom/webhooks/api.js'
import { badInput, isRecord, onlyKeys } from './errors.js'
import { exportState, importState, type StateSnapshot } from './state.js'
import { deleteEntry, type EntryRef, patchEntry } from './state-entry.js'

/** `GET /__emulator/clock`. */
export interface ClockState {
  now: string
  offsetMs: number
}

export interface FaultControl {
  /** Checks the rule (a ControlError with status 400 when it is wrong) and adds it after the others. */
  add(rule: FaultRuleInput): { id: string }
  list(): FaultRule[]
  /** False when no rule has this id. */
  remove(id: string): boolean
  clear(): void
}

export interface WorldControl {
  /** `default`, or the sandbox's id (the value of `x-emulator-sandbox`). */
  readonly id: string
  readonly credentials: Credentials
  readonly clock: Clock
  clockState(): ClockState
  /** `{now}` or `{advanceMs}`, as `POST /__emulator/clock` takes; answers the new clock. */
  setClock(change: { now: string | number | Date } | { advanceMs: number }): ClockState
  /** Seed re-run, clock as it started, journal and fault rules emptied. */
  reset(): void
  /** The journal, oldest first, with the number of entries that match. */
  requests(filter?: RequestFilter): JournalPage
  /** Empties the journal; answers how many entries it held. */
  clearRequests(): number
  readonly faults: FaultControl
  exportState(): Required<StateSnapshot>
  /** Replaces the store and sets the clock; on any problem a ControlError (400) and nothing changes. */
  importState(snapshot: StateSnapshot): void
  /** Sets fields of one entry of the state (null removes one), checked as an import is; answers the entry as stored. */
  patchEntry(ref: EntryRef, change: Record<string, unknown>): unknown
  /** Removes one entry of the state; refused (400) while another entry refers to it. */
  deleteEntry(ref: EntryRef): void
  /** Factories that add users, meetings, courses and LumiNUS records to this world (`POST /__emulator/seed`). */
  readonly seed: Seeding
  /** Zoom webhook subscriptions (URLs, or in-process receivers) and the log of their deliveries. */
  readonly webhooks: WebhookControl
  /** What happens of Zoom meetings and webinars: scripted attendance, start now, end now (`/__emulator/zoom/meetings/{id}/…`, `…/webinars/{id}/…`). */
  readonly zoom: ZoomControl
}

export const clockState = (clock: Clock): ClockState => ({
  now: new Date(clock.now()).toISOString(),
  offsetMs: clock.offsetMs(),
})

function applyClockChange(clock: Clock, change: unknown): void {
  if (!isRecord(change))
    throw badInput('The clock change must be {"now":"<ISO instant>"} or {"advanceMs":N}.')
  onlyKeys(change, ['now', 'advanceMs'], 'clock')
  const { now, advanceMs } = change
  if ((now === undefined) === (advanceMs === undefined))
    throw badInput('Give exactly one of "now" (an ISO instant) and "advanceMs" (milliseconds).')
  if (advanceMs !== undefined) {
    if (typeof advanceMs !== 'number' || !Number.isSafeInteger(advanceMs))
      throw badInput(`advanceMs must be a whole number of milliseconds, not ${JSON.stringify(advanceMs)}.`)
    clock.advance(advanceMs)
    return
  }
  const instant =
    now instanceof Date
      ? now.getTime()
      : typeof now === 'number'
        ? now
        : typeof now === 'string'
          ? Date.parse(now)
          : Number.NaN
  const isoLike = typeof now !== 'string' || /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(now)
  if (!Number.isFinite(instant) || !isoLike)
    throw badInput(`now must be an ISO instant like "2026-11-22T12:00:00Z", not ${JSON.stringify(now)}.`)
  clock.set(instant)
}

/** The world's clock, whose moves first settle what the clock made due until then (a meeting that ran, a job that came due). */
const settlingClock = (world: World): Clock => ({
  ...world.clock,
  set(instant) {
    world.settle()
    world.clock.set(instant)
  },
  advance(ms) {
    world.settle()
    world.clock.advance(ms)
  },
})

/** `services` and `contracts`: the emulator's, which imports and the seed input are checked against. */
export function worldControl(
  world: World,
  worlds: WorldRegistry,
  { services, contracts }: { services: readonly ServiceModule[]; contracts: Contracts },
): WorldControl {
  return {
    id: world.id,
    credentials: world.credentials,
    clock: settlingClock(world),
    clockState: () => clockState(world.clock),
    setClock(change) {
      world.settle()
      applyClockChange(world.clock, change)
      // What the move made due happens now (bulk jobs, webhook retries), not at the next request.
      world.settle()
      return clockState(world.clock)
    },
    reset: () => world.reset(),
    requests: (filter = {}) =>
      world.journal.list(
        parseRequestFilter(
          { ...filter },
          world.services.map((service) => service.name),
        ),
      ),
    clearRequests: () => world.journal.clear(),
    faults: {
      add: (rule) => world.faults.add(rule),
      list: () => world.faults.list(),
      remove: (id) => world.faults.remove(id),
      clear: () => world.faults.clear(),
    },
    exportState: () => {
      world.settle()
      return exportState(world)
    },
    importState: (snapshot) => importState(world, snapshot, { others: worlds.all(), services, contracts }),
    patchEntry: (ref, change) => patchEntry(world, ref, change, { services, contracts }),
    deleteEntry: (ref) => deleteEntry(world, ref, { services, contracts }),
    seed: createSeeding(world, worlds, contracts),
    webhooks: webhookControl(world),
    zoom: zoomControl(world),
  }
}
