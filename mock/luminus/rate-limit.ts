/** @module Azure API Management's `rate-limit` policy per subscription key, as Hono middleware, when configured. */
import type { MiddlewareHandler } from 'hono'
import type { ServiceOptions } from '../env.js'
import type { LuminusEnv } from './auth.js'
import { LuminusModel } from './model.js'

/** Reads the options on every call, so a test or the control API can switch the limit on and off. */
export const apimRateLimit = (options: ServiceOptions['luminus']): MiddlewareHandler<LuminusEnv> =>
  async function apimRateLimit(c, next) {
    const limit = options.rateLimit
    if (limit) {
      const { store, clock } = c.var.world
      new LuminusModel(store).takeRateLimitedCall(c.var.subscriptionKey, limit, clock.now())
    }
    await next()
  }
