/** @module The emulator's public surface (`zoom-lti-mock/mock`): createEmulator, its control and seeding types and the demo seed. */

export { ControlError, type ControlErrorStatus } from './control/errors.js'
export type { SandboxInfo } from './control/sandboxes.js'
export { type SliceSnapshot, STATE_VERSION, type StateSnapshot } from './control/state.js'
export type { ClockState, FaultControl, WorldControl } from './control/world-control.js'
export { CLOCK_RANGE, type Clock, type ClockOptions, type TimeSource } from './core/clock.js'
export type { AuthVerdict, Service, ServiceOptions } from './core/context.js'
export { ConnectionDroppedError, connectionDropped, isConnectionDropped } from './core/drop.js'
export { type Emulator, type EmulatorOptions, LOCAL_ORIGIN } from './core/emulator.js'
export type { FaultResponse, FaultRule, FaultRuleInput } from './core/faults.js'
export type { JournalEntry, JournalPage, RequestFilter } from './core/journal.js'
export type { EmulatedService, RequestMatch } from './core/match.js'
export type { RequestLog } from './core/pipeline/journal-and-faults.js'
export type { Credentials, Store } from './core/store.js'
export { emptySeed, type Seed, type World, WorldRegistry } from './core/world.js'
export { createEmulator } from './emulator.js'
export { formatRequestLog } from './log.js'
export { DEMO, DEMO_CREDENTIALS, seedDemo } from './seed/demo.js'
export type { Seeding, SeedRequest, SeedResult } from './seed/seeding.js'
export type { LtiAssociationSeed, LtiCourseSeed, LtiCredentialSeed } from './services/lti-pro/seeding.js'
export type { LtiAssociation, LtiCourse, LtiCredential } from './services/lti-pro/state.js'
export type {
  LuminusMeetingSeed,
  LuminusModuleSeed,
  LuminusStaffSeed,
  LuminusSubscriptionSeed,
  LuminusUserSeed,
} from './services/luminus/seeding.js'
export type {
  LuminusMeeting,
  LuminusModule,
  LuminusStaff,
  LuminusSubscription,
  LuminusUser,
} from './services/luminus/state.js'
export type { ZoomMeetingSeed, ZoomUserSeed } from './services/zoom/seeding.js'
export type { ZoomMeeting, ZoomUser, ZoomWebhookSubscription } from './services/zoom/state.js'
export type { WebhookControl } from './services/zoom/webhooks/api.js'
export type { DeliveryRecord } from './services/zoom/webhooks/dispatcher.js'
export { type EventExtra, emitZoomEvent } from './services/zoom/webhooks/events.js'
export {
  type SubscriptionInput,
  type SubscriptionView,
  type WebhookReceiver,
  ZOOM_WEBHOOK_EVENTS,
} from './services/zoom/webhooks/subscriptions.js'
