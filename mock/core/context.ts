/** @module What every route module shares: the Hono environment, the emulator's options and its context. */

import type { AuthVerdict, Service } from './request-tags.js'
import type { World } from './world.js'

export type { AuthVerdict, Service, ServiceNames } from './request-tags.js'

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
  }
}

/** Each service's options, by the EmulatorOptions field that sets them; each service adds its own in its state.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each service through declaration merging
export interface ServiceOptions {}
