/** @module Zoom's `x-zm-trackingid`: a fresh random value for every response. */
import { randomUUID } from 'node:crypto'

/** A random UUID's 32 hex digits: Node draws entropy for UUIDs in bulk, so a response costs no call for random bytes. */
export const trackingId = (): string => `v=2.0;clid=us06;rid=WEB_${randomUUID().replaceAll('-', '')}`
