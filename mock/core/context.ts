/** @module What every route module shares: the Hono environment, the emulator's options and its context. */

import type { RequestInput } from './contracts/contracts.js'
import type { MethodsOf } from './pipeline/allowed-methods.js'
import type { AuthVerdict, Service } from './request-tags.js'
import type { World, WorldRegistry } from './world.js'

export type { AuthVerdict, Service } from './request-tags.js'

export interface Env {
  Variables: {
    /** The world the request's credentials belong to (the default world when they belong to none), set by mock/core/pipeline/routing.ts before any route. */
    world: World
    /** Unset for paths outside every service. */
    service: Service
    /** Set by a service's auth middleware, for the journal; unset when the service judged no credentials. */
    auth?: AuthVerdict
    /** The id of the fault rule that fired on this request, for the journal. */
    fault?: string
    /** The request's parameters and body once its contract accepts them (mock/core/pipeline/validation.ts). */
    input: RequestInput
  }
}

export interface ServiceOptions {
  ltiPro: {
    /** How far in the future a signature's timestamp may be, in ms. */
    futureSkewMs: number
    /** How long after acceptance a bulk job is processed, in ms of the emulator clock; 0 = at once. */
    bulkDelayMs: number
    /** How many bulk jobs a world keeps: past it, accepting one forgets the oldest finished ones. */
    maxBulkJobs: number
  }
  zoom: {
    /** Per-second category limits (Light, Medium, Heavy); the daily meeting limit always applies. */
    rateLimits: boolean
  }
  luminus: {
    /** Azure API Management `rate-limit` policy per subscription key; off when absent. */
    rateLimit?: { calls: number; renewalPeriodSeconds: number }
  }
}

export const DEFAULT_SERVICE_OPTIONS: ServiceOptions = {
  ltiPro: { futureSkewMs: 5 * 60_000, bulkDelayMs: 0, maxBulkJobs: 1000 },
  zoom: { rateLimits: false },
  luminus: {},
}

/** Handed to every route factory. */
export interface EmulatorContext {
  worlds: WorldRegistry
  options: ServiceOptions
  /** Where the contracts that validate requests are; the package's contracts/ when undefined. */
  contractsDir: string | undefined
  /** The methods the app serves a path with (for 405 and its `Allow`); empty for a path it does not serve. */
  methodsOf: MethodsOf
}
