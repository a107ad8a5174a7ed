/** @module The client kit's public surface. */

export { signJwt } from './zoom/auth.js'
export * from './zoom/client.js'
export * from './zoom/meeting-rules.js'
export { type Occurrence, occurrenceStarts, type Recurrence } from './zoom/recurrence.js'
