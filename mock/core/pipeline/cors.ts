/** @module Cross-origin access for browser apps on other origins: off unless asked for (`--cors`), then any origin. */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { Env } from '../context.js'

/** What a browser script may read from an answer besides the CORS-safelisted headers. */
const EXPOSED_HEADERS = [
  'x-emulator-diagnostic',
  'x-emulator-fault',
  'x-zm-trackingid',
  'Retry-After',
  'X-RateLimit-Category',
  'X-RateLimit-Type',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
]

/** Answers preflights and adds `Access-Control-Allow-Origin: *` to service and control answers. */
export function corsPolicy(): MiddlewareHandler<Env> {
  const allow = cors({ origin: '*', exposeHeaders: EXPOSED_HEADERS, maxAge: 600 })
  return async function corsPolicy(c, next) {
    if (c.get('service') === undefined) return next()
    return allow(c, next)
  }
}
