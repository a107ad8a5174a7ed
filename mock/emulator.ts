/** @module createEmulator: the one Hono app behind the server, the MSW handlers and in-process use. */
import { Hono } from 'hono'
import type { ClockOptions } from './clock.js'
import { controlRoutes } from './control/routes.js'
import { dashboardRoutes } from './dashboard/routes.js'
import { DEFAULT_SERVICE_OPTIONS, type Env, type ServiceOptions } from './env.js'
import { ltiProControlRoutes } from './lti-pro/control.js'
import { ltiProRoutes } from './lti-pro/routes.js'
import { luminusRoutes } from './luminus/routes.js'
import { serviceOf, worldOf } from './routing.js'
import { DEMO_CREDENTIALS } from './seed/demo.js'
import { createWorld, type Seed, WorldRegistry } from './world.js'
import { zoomRoutes } from './zoom/routes.js'

/** The origin relative paths are resolved against by `emulator.request`. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4010'

export interface EmulatorOptions {
  /** Freezes the clock at this instant (tests); by default the clock follows the wall clock. */
  now?: ClockOptions['now']
  /** What a world starts with; the demo seed by default. */
  seed?: Seed
  ltiPro?: Partial<ServiceOptions['ltiPro']>
  zoom?: Partial<ServiceOptions['zoom']>
  luminus?: Partial<ServiceOptions['luminus']>
}

export interface Emulator {
  /** Answers a standard Request, whatever its origin: the path selects the service. */
  fetch(request: Request): Promise<Response>
  /** `fetch` for a path (or URL) and init, resolved against LOCAL_ORIGIN. */
  request(path: string, init?: RequestInit): Promise<Response>
  /** The default world: its state back to the seed, its clock as it started. */
  reset(): void
  readonly worlds: WorldRegistry
  readonly clock: WorldRegistry['defaultWorld']['clock']
  readonly options: ServiceOptions
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const serviceOptions: ServiceOptions = {
    ltiPro: { ...DEFAULT_SERVICE_OPTIONS.ltiPro, ...options.ltiPro },
    zoom: { ...DEFAULT_SERVICE_OPTIONS.zoom, ...options.zoom },
    luminus: { ...DEFAULT_SERVICE_OPTIONS.luminus, ...options.luminus },
  }
  const worlds = new WorldRegistry(
    createWorld({
      id: 'default',
      credentials: DEMO_CREDENTIALS,
      ...(options.now === undefined ? {} : { clock: { now: options.now } }),
      ...(options.seed ? { seed: options.seed } : {}),
    }),
  )
  const ctx = { worlds, options: serviceOptions }

  const app = new Hono<Env>()
    .use(async (c, next) => {
      const service = serviceOf(c.req.path)
      if (service) c.set('service', service)
      c.set('world', worldOf(worlds, service, c) ?? worlds.defaultWorld)
      await next()
    })
    .route('/', ltiProControlRoutes(ctx))
    .route('/', dashboardRoutes(ctx))
    .route('/', controlRoutes(ctx))
    .route('/', ltiProRoutes(ctx))
    .route('/', zoomRoutes(ctx))
    .route('/', luminusRoutes(ctx))
    .all('*', (c) =>
      c.json({ error: `${c.req.method} ${c.req.path} is not a path of any emulated service.` }, 404),
    )

  const emulator: Emulator = {
    fetch: async (request) => app.fetch(request),
    request: (path, init) => emulator.fetch(new Request(new URL(path, LOCAL_ORIGIN), init)),
    reset: () => worlds.defaultWorld.reset(),
    worlds,
    clock: worlds.defaultWorld.clock,
    options: serviceOptions,
  }
  return emulator
}
