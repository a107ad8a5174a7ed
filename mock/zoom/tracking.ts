/** @module Zoom's `x-zm-trackingid`: a fresh value for every response. */
import { randomBytes } from 'node:crypto'

export const trackingId = () => `v=2.0;clid=us06;rid=WEB_${randomBytes(16).toString('hex')}`
