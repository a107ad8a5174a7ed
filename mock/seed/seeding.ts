/** @module The seeding API (`emulator.seed`, `POST /__emulator/seed`): each service's factories behind one contract-checked, all-or-nothing batch. */
import type { components } from '../../src/generated/emulator.js'
import { badInput, ControlError } from '../control/errors.js'
import type { Contracts, Issue } from '../core/contracts/contracts.js'
import type { World, WorldRegistry } from '../core/world.js'
import {
  type LtiAssociationSeed,
  type LtiCourseSeed,
  type LtiCredentialSeed,
  seedLtiAssociation,
  seedLtiCourse,
  seedLtiCredential,
} from '../services/lti-pro/seeding.js'
import type { LtiAssociation, LtiCourse, LtiCredential } from '../services/lti-pro/state.js'
import {
  type LuminusMeetingSeed,
  type LuminusModuleSeed,
  type LuminusStaffSeed,
  type LuminusSubscriptionSeed,
  type LuminusUserSeed,
  seedLuminusMeeting,
  seedLuminusModule,
  seedLuminusStaff,
  seedLuminusSubscription,
  seedLuminusUser,
} from '../services/luminus/seeding.js'
import type {
  LuminusMeeting,
  LuminusModule,
  LuminusStaff,
  LuminusSubscription,
  LuminusUser,
} from '../services/luminus/state.js'
import {
  seedZoomAssistant,
  seedZoomGroup,
  seedZoomTrackingField,
  type ZoomAssistantSeed,
  type ZoomGroupSeed,
  type ZoomTrackingFieldSeed,
} from '../services/zoom/account-seeding.js'
import {
  seedZoomMeeting,
  seedZoomUser,
  seedZoomWebinar,
  type ZoomMeetingSeed,
  type ZoomUserSeed,
  type ZoomWebinarSeed,
} from '../services/zoom/seeding.js'
import type {
  ZoomAssistant,
  ZoomGroup,
  ZoomMeeting,
  ZoomTrackingField,
  ZoomUser,
  ZoomWebinar,
} from '../services/zoom/state.js'
import { InvalidSeed, type SeedContext, SeedTransaction } from './transaction.js'

export type SeedRequest = components['schemas']['SeedRequest']

/** What a batch added, as stored, in the request's structure; every list present. */
export interface SeedResult {
  zoom: {
    users: ZoomUser[]
    meetings: ZoomMeeting[]
    webinars: ZoomWebinar[]
    groups: ZoomGroup[]
    trackingFields: ZoomTrackingField[]
    assistants: ZoomAssistant[]
  }
  lti: { credentials: LtiCredential[]; courses: LtiCourse[]; associations: LtiAssociation[] }
  luminus: {
    modules: LuminusModule[]
    users: LuminusUser[]
    staff: LuminusStaff[]
    subscriptions: LuminusSubscription[]
    meetings: LuminusMeeting[]
  }
}

/**
 * Factories that add one entity each to a world, with defaults for whatever the input leaves out,
 * and answer it as stored (a copy). Bad input rejects with a ControlError (400) naming the field,
 * and nothing is added. They answer promises: the input is checked against the control API's
 * contract, which loads on first use.
 */
export interface Seeding {
  zoom: {
    user(input?: ZoomUserSeed): Promise<ZoomUser>
    meeting(input: ZoomMeetingSeed): Promise<ZoomMeeting>
    webinar(input: ZoomWebinarSeed): Promise<ZoomWebinar>
    group(input: ZoomGroupSeed): Promise<ZoomGroup>
    trackingField(input: ZoomTrackingFieldSeed): Promise<ZoomTrackingField>
    assistant(input: ZoomAssistantSeed): Promise<ZoomAssistant>
  }
  lti: {
    credential(input?: LtiCredentialSeed): Promise<LtiCredential>
    course(input?: LtiCourseSeed): Promise<LtiCourse>
    association(input: LtiAssociationSeed): Promise<LtiAssociation>
  }
  luminus: {
    module(input?: LuminusModuleSeed): Promise<LuminusModule>
    user(input?: LuminusUserSeed): Promise<LuminusUser>
    staff(input: LuminusStaffSeed): Promise<LuminusStaff>
    subscription(input: LuminusSubscriptionSeed): Promise<LuminusSubscription>
    meeting(input: LuminusMeetingSeed): Promise<LuminusMeeting>
  }
  /** What `POST /__emulator/seed` does: every entity of the request or, on the first problem, none. */
  batch(request: SeedRequest): Promise<SeedResult>
}

type Factory<I, O> = (ctx: SeedContext, input: I) => O

/** Each list of a batch, in the order it is applied, with its factory. */
const STEPS = [
  ['zoom', 'users', seedZoomUser],
  ['zoom', 'meetings', seedZoomMeeting],
  ['zoom', 'webinars', seedZoomWebinar],
  ['zoom', 'groups', seedZoomGroup],
  ['zoom', 'trackingFields', seedZoomTrackingField],
  ['zoom', 'assistants', seedZoomAssistant],
  ['lti', 'credentials', seedLtiCredential],
  ['lti', 'courses', seedLtiCourse],
  ['lti', 'associations', seedLtiAssociation],
  ['luminus', 'modules', seedLuminusModule],
  ['luminus', 'users', seedLuminusUser],
  ['luminus', 'staff', seedLuminusStaff],
  ['luminus', 'subscriptions', seedLuminusSubscription],
  ['luminus', 'meetings', seedLuminusMeeting],
] as const satisfies readonly (readonly [string, string, Factory<never, unknown>])[]

const emptyResult = (): SeedResult => ({
  zoom: { users: [], meetings: [], webinars: [], groups: [], trackingFields: [], assistants: [] },
  lti: { credentials: [], courses: [], associations: [] },
  luminus: { modules: [], users: [], staff: [], subscriptions: [], meetings: [] },
})

/** `zoom.meetings[1].topic` */
const fieldPath = (path: readonly (string | number)[]): string =>
  path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('')

/** The contract's refusal, at the field's path less its first `skip` steps (a single factory's input names its own fields). */
function issueMessage(issue: Issue, skip: number, entity: string): string {
  const path = [...issue.path.slice(skip), ...(issue.unknownField === undefined ? [] : [issue.unknownField])]
  const where = path.length > 0 ? fieldPath(path) : entity
  if (issue.unknownField !== undefined) return `${where}: unknown field`
  if (issue.keyword === 'required') return `${where}: is required (${issue.expected})`
  return `${where}: must be ${issue.expected}, not ${issue.received}`
}

function jsonCopy(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null))
  } catch (error) {
    throw badInput(`The seed is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function createSeeding(world: World, worlds: WorldRegistry, contracts: Contracts): Seeding {
  /** Checks `request` against the contract, then applies it; `single` names the one entity a factory adds. */
  async function apply(request: unknown, single?: { entity: string }): Promise<SeedResult> {
    const body = jsonCopy(request)
    // The first issue only: the message names one, and collecting them all is quadratic in a huge batch.
    const checked = (await contracts.load('first')).operation('emulator.yaml', 'seed').check({}, {}, body)
    const skip = single ? 3 : 0
    const entity = single?.entity ?? 'The seed'
    if (!checked.ok) throw badInput(issueMessage(checked.issues[0] as Issue, skip, entity))
    const ctx: SeedContext = {
      world,
      otherWorlds: worlds.all().filter((other) => other !== world),
      tx: new SeedTransaction(),
    }
    const result = emptyResult()
    const lists = body as Record<string, Record<string, unknown[]> | undefined>
    for (const [service, list, factory] of STEPS)
      for (const [index, input] of (lists[service]?.[list] ?? []).entries()) {
        try {
          ;(result[service] as Record<string, unknown[]>)[list]?.push(
            (factory as Factory<unknown, unknown>)(ctx, input),
          )
        } catch (error) {
          ctx.tx.rollback()
          if (!(error instanceof InvalidSeed)) throw error
          const where = single ? error.field : `${service}.${list}[${index}].${error.field}`
          throw new ControlError(400, `${where}: ${error.message}`)
        }
      }
    return jsonCopy(result) as SeedResult
  }

  const one =
    <I, K extends keyof SeedResult, L extends keyof SeedResult[K]>(service: K, list: L, entity: string) =>
    async (input?: I) => {
      const result = await apply({ [service]: { [list]: [input ?? {}] } }, { entity })
      return (result[service][list] as unknown[])[0] as SeedResult[K][L] extends (infer E)[] ? E : never
    }

  return {
    zoom: {
      user: one<ZoomUserSeed, 'zoom', 'users'>('zoom', 'users', 'user'),
      meeting: one<ZoomMeetingSeed, 'zoom', 'meetings'>('zoom', 'meetings', 'meeting'),
      webinar: one<ZoomWebinarSeed, 'zoom', 'webinars'>('zoom', 'webinars', 'webinar'),
      group: one<ZoomGroupSeed, 'zoom', 'groups'>('zoom', 'groups', 'group'),
      trackingField: one<ZoomTrackingFieldSeed, 'zoom', 'trackingFields'>(
        'zoom',
        'trackingFields',
        'tracking field',
      ),
      assistant: one<ZoomAssistantSeed, 'zoom', 'assistants'>('zoom', 'assistants', 'assistant'),
    },
    lti: {
      credential: one<LtiCredentialSeed, 'lti', 'credentials'>('lti', 'credentials', 'credential'),
      course: one<LtiCourseSeed, 'lti', 'courses'>('lti', 'courses', 'course'),
      association: one<LtiAssociationSeed, 'lti', 'associations'>('lti', 'associations', 'association'),
    },
    luminus: {
      module: one<LuminusModuleSeed, 'luminus', 'modules'>('luminus', 'modules', 'module'),
      user: one<LuminusUserSeed, 'luminus', 'users'>('luminus', 'users', 'user'),
      staff: one<LuminusStaffSeed, 'luminus', 'staff'>('luminus', 'staff', 'staff'),
      subscription: one<LuminusSubscriptionSeed, 'luminus', 'subscriptions'>(
        'luminus',
        'subscriptions',
        'subscription',
      ),
      meeting: one<LuminusMeetingSeed, 'luminus', 'meetings'>('luminus', 'meetings', 'meeting'),
    },
    batch: (request) => apply(request),
  }
}
