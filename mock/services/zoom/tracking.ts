/** @module Zoom's `x-zm-trackingid`: a fresh random value for every response. */
import { randomUUID } from 'node:crypto'

/**
 * A random UUID's 32 hex digits: Node draws entropy for UUIDs in bulk, so a response costs no call
 * for random bytes; its four dashes cut out by position (half the time of `replaceAll`).
 */
export function trackingId(): string {
  const uuid = randomUUID()
  return `v=2.0;clid=us06;rid=WEB_${uuid.slice(0, 8)}${uuid.slice(9, 13)}${uuid.slice(14, 18)}${uuid.slice(19, 23)}${uuid.slice(24)}`
}
