/** @module The client kit's public entry point: one block per service. */
export * from './lti-pro/client.js'
export * from './lti-pro/signature.js'
export * from './luminus/client.js'
export { signJwt } from './zoom/auth.js'
export * from './zoom/client.js'
export * from './zoom/meeting-rules.js'
export { type Occurrence, occurrenceStarts, type Recurrence } from './zoom/recurrence.js'
export { instancePathSegment } from './zoom/reports-calls.js'
