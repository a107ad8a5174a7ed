/** @module Cross-origin access for browser apps on other origins: off unless asked for (`--cors`), then any origin. */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { Env } from '../context.js'

/** The emulator's own headers a browser script may read; each service adds its vendor's. */
const EMULATOR_HEADERS = ['x-emulator-diagnostic', 'x-emulator-fault']

/** Answers preflights and adds `Access-Control-Allow-Origin: *` to service and control answers. */
export function corsPolicy({
  exposeHeaders = [],
}: {
  exposeHeaders?: readonly string[]
} = {}): MiddlewareHandler<Env> {
  const allow = cors({
    origin: '*',
    exposeHeaders: [...new Set([...EMULATOR_HEADERS, ...exposeHeaders])],
    maxAge: 600,
  })
  return async function corsPolicy(c, next) {
    if (c.get('service') === undefined) return next()
    return allow(c, next)
  }
}
