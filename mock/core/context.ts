/** @module What every route module shares: the Hono environment, the emulator's options and its context. */

import type { Contracts } from './contracts/contracts.js'
import type { ServiceModule } from './service.js'
import type { World, WorldRegistry } from './world.js'

/** Each emulated service by its name (journal, fault rules), mapped to its store key; each service adds itself in its state.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each service through declaration merging
export interface ServiceNames {}

/** An emulated service's name, or `control` for the emulator's own API and dashboard. */
export type Service = (keyof ServiceNames & string) | 'control'

/** How a request's credentials were judged, for the journal; never holds a secret. */
export interface AuthVerdict {
  ok: boolean
  reason?: string
}

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

/** Handed to every route factory. */
export interface EmulatorContext {
  services: readonly ServiceModule[]
  worlds: WorldRegistry
  options: ServiceOptions
  /** The contracts that validate requests (mock/core/pipeline/validation.ts) and say which bodies are JSON. */
  contracts: Contracts
}
