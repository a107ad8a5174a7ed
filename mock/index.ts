/** @module The emulator's public surface (`zoom-lti-mock/mock`): createEmulator, its control and seeding types and the demo seed. */

export { CLOCK_RANGE, type Clock, type ClockOptions, type TimeSource } from './clock.js'
export { ConnectionDroppedError, connectionDropped, isConnectionDropped } from './control/drop.js'
export { ControlError, type ControlErrorStatus } from './control/errors.js'
export type { FaultResponse, FaultRule, FaultRuleInput } from './control/faults.js'
export type { JournalEntry, JournalPage, RequestFilter } from './control/journal.js'
export type { EmulatedService, RequestMatch } from './control/match.js'
export type { RequestLog } from './control/middleware.js'
export type { SandboxInfo } from './control/sandboxes.js'
export { type SliceSnapshot, STATE_VERSION, type StateSnapshot } from './control/state.js'
export type { ClockState, FaultControl, WorldControl } from './control/world-control.js'
export { createEmulator, type Emulator, type EmulatorOptions, LOCAL_ORIGIN } from './emulator.js'
export type { AuthVerdict, Service, ServiceOptions } from './env.js'
export { formatRequestLog } from './log.js'
export type { LtiAssociationSeed, LtiCourseSeed, LtiCredentialSeed } from './lti-pro/seeding.js'
export type { LtiAssociation, LtiCourse, LtiCredential } from './lti-pro/state.js'
export type {
  LuminusMeetingSeed,
  LuminusModuleSeed,
  LuminusStaffSeed,
  LuminusSubscriptionSeed,
  LuminusUserSeed,
} from './luminus/seeding.js'
export type {
  LuminusMeeting,
  LuminusModule,
  LuminusStaff,
  LuminusSubscription,
  LuminusUser,
} from './luminus/state.js'
export { type Credentials, DEMO, DEMO_CREDENTIALS, seedDemo } from './seed/demo.js'
export type { Seeding, SeedRequest, SeedResult } from './seed/seeding.js'
export type { Store } from './store.js'
export { emptySeed, type Seed, type World, WorldRegistry } from './world.js'
export type { ZoomMeetingSeed, ZoomUserSeed } from './zoom/seeding.js'
export type { ZoomMeeting, ZoomUser } from './zoom/state.js'
