/** @module Zoom's `x-zm-trackingid`: a fresh random value for every response, cut from a pool of random bytes drawn in bulk. */
import { randomBytes } from 'node:crypto'

const ID_BYTES = 16
const IDS_PER_DRAW = 1024

let pool = Buffer.alloc(0)
let offset = 0

export function trackingId(): string {
  if (offset === pool.length) {
    pool = randomBytes(ID_BYTES * IDS_PER_DRAW)
    offset = 0
  }
  const rid = pool.toString('hex', offset, offset + ID_BYTES)
  offset += ID_BYTES
  return `v=2.0;clid=us06;rid=WEB_${rid}`
}
