/** @module Azure API Management's inbound policies in front of LumiNUS, as Hono middleware: subscription key, then rate limit. */
import type { MiddlewareHandler } from 'hono'
import type { Env, ServiceOptions } from '../../core/context.js'
import { requestHeader } from '../../core/http-headers.js'
import { invalidSubscriptionKey, missingSubscriptionKey } from './errors.js'
import { LuminusModel } from './model.js'

export interface LuminusEnv extends Env {
  Variables: Env['Variables'] & {
    /** The subscription key that passed the check; never logged or echoed. */
    subscriptionKey: string
    /** The NUSNET id of the key's user. */
    userId: string
  }
}

export interface SubscriptionKeyAuthOptions {
  /** APIM's default names; an API may rename them. */
  headerName?: string
  queryName?: string
}

/** Checks the key in the header, else the query, against the request's world; answers 401 otherwise. */
export const subscriptionKeyAuth = ({
  headerName = 'Ocp-Apim-Subscription-Key',
  queryName = 'subscription-key',
}: SubscriptionKeyAuthOptions = {}): MiddlewareHandler<LuminusEnv> =>
  async function subscriptionKeyAuth(c, next) {
    const key = requestHeader(c, headerName) || c.req.query(queryName)
    if (!key) {
      c.set('auth', { ok: false, reason: 'missing subscription key' })
      throw missingSubscriptionKey()
    }
    const subscription = new LuminusModel(c.get('world').store).subscription(key)
    if (!subscription) {
      c.set('auth', { ok: false, reason: 'subscription key not found' })
      throw invalidSubscriptionKey()
    }
    c.set('auth', { ok: true, reason: `subscription of user ${subscription.userId}` })
    c.set('subscriptionKey', subscription.key)
    c.set('userId', subscription.userId)
    await next()
  }

/** The `rate-limit` policy per subscription key, when configured; reads the options on every call so they can change. */
export const apimRateLimit = (options: ServiceOptions): MiddlewareHandler<LuminusEnv> =>
  async function apimRateLimit(c, next) {
    const limit = options.luminus.rateLimit
    if (limit) {
      const { store, clock } = c.get('world')
      new LuminusModel(store).takeRateLimitedCall(c.get('subscriptionKey'), limit, clock.now())
    }
    await next()
  }
