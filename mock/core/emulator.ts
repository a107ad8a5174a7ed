/** @module createEmulator: the one Hono app behind the server, the MSW handlers and in-process use. */
import { Hono } from 'hono'
import { adminAccess, controlAccess } from '../control/access.js'
import { unknownSandbox } from '../control/errors.js'
import { CONTROL_BASE, controlErrorShape, controlRoutes } from '../control/routes.js'
import { createSandbox, deleteSandbox, listSandboxes, type SandboxInfo } from '../control/sandboxes.js'
import { type StateSnapshot, snapshotSeed } from '../control/state.js'
import { type WorldControl, worldControl } from '../control/world-control.js'
import { loginPage } from '../dashboard/login.js'
import { dashboardRoutes } from '../dashboard/routes.js'
import { type Credentials, DEMO_CREDENTIALS, seedDemo } from '../seed/demo.js'
import { ltiProControlRoutes } from '../services/lti-pro/control.js'
import { ltiProRoutes } from '../services/lti-pro/routes.js'
import { luminusRoutes } from '../services/luminus/routes.js'
import { zoomRoutes } from '../services/zoom/routes.js'
import type { ClockOptions, TimeSource } from './clock.js'
import { DEFAULT_SERVICE_OPTIONS, type Env, type ServiceOptions } from './context.js'
import { Contracts } from './contracts/contracts.js'
import { connectionDropped, dropFaultOf } from './drop.js'
import { methodsOfRoutes, notServed } from './pipeline/allowed-methods.js'
import { bodyGuard } from './pipeline/body-guard.js'
import { corsPolicy } from './pipeline/cors.js'
import { faultInjection, journal, latency, type RequestLog } from './pipeline/journal-and-faults.js'
import { serviceOf, worldOf } from './pipeline/routing.js'
import { createWorld, type Seed, type World, WorldRegistry } from './world.js'

/** The origin relative paths are resolved against by `emulator.request`. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4010'

export interface EmulatorOptions {
  /** Freezes the clock at this instant (tests); by default the clock follows the wall clock. */
  now?: ClockOptions['now']
  /**
   * The default world's clock keeps its time here (starting it at `now`): useEmulator passes
   * vitest's mocked `Date`. Sandboxes keep clocks of their own.
   */
  timeSource?: TimeSource
  /** What a world starts with; the demo seed by default. Sandboxes get it too, with their own credentials. */
  seed?: Seed
  /** The default world's starting state (a snapshot, as `GET /__emulator/state` gives); reset returns to it. */
  state?: StateSnapshot
  /** How many requests each world's journal keeps; 1000 by default. */
  journalSize?: number
  /** How many bytes of request and response bodies each world's journal keeps (each entry also counts 1 KiB); 4 MiB by default. */
  journalBytes?: number
  /** Seeds the generator behind fault rules with a `probability`; the same seed gives the same firings. */
  faultSeed?: number
  /** Wall-clock milliseconds added to every service response (`--latency`). */
  latencyMs?: number
  /**
   * When set, the dashboard, the docs and every control call but health need it: `Authorization:
   * Bearer <adminToken>`, or the cookie the dashboard's login sets.
   */
  adminToken?: string
  /** Answers CORS preflights and lets any origin read service and control answers (`--cors`); off by default. */
  cors?: boolean
  /** Called after every request (control calls included) with what the journal would record; never secrets. */
  onRequest?: (log: RequestLog) => void
  ltiPro?: Partial<ServiceOptions['ltiPro']>
  zoom?: Partial<ServiceOptions['zoom']>
  luminus?: Partial<ServiceOptions['luminus']>
  /**
   * The folder of OpenAPI contracts whose request schemas validate every service request (the
   * package's contracts/ by default): edit a copy to change a bound without code.
   */
  contractsDir?: string
  /**
   * Another emulator's `contracts`, instead of `contractsDir`: both then check requests with the same
   * loaded and compiled schemas, so that creating many emulators (one per test) loads them once.
   */
  contracts?: Contracts
}

/** The emulator; its control methods act on the default world, `sandbox(id)` gives a sandbox's. */
export interface Emulator extends WorldControl {
  /**
   * `fetch` itself, answered in-process: takes a Request, or a URL and init, whatever the origin (the
   * path selects the service); rejects like fetch when a fault drops the connection.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>
  /** `fetch` for a path (or URL) and init, resolved against LOCAL_ORIGIN. */
  request(path: string, init?: RequestInit): Promise<Response>
  /** A new isolated world: the seed's structure with fresh credentials, its own clock, journal and faults. */
  createSandbox(): SandboxInfo & WorldControl
  /** Every sandbox, oldest first, with its credentials. */
  listSandboxes(): SandboxInfo[]
  /** Throws a ControlError (404) for an unknown id. */
  deleteSandbox(id: string): void
  /** The control of an existing sandbox (or `default`); throws a ControlError (404) for an unknown id. */
  sandbox(id: string): WorldControl
  readonly worlds: WorldRegistry
  readonly options: ServiceOptions
  /** Every route and middleware the app registered, in order (Hono's `app.routes`): for drift checks. */
  readonly routes: readonly { method: string; path: string }[]
  /** The contracts its requests are checked against, loaded on first use: `createEmulator({ contracts })` shares them. */
  readonly contracts: Contracts
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const serviceOptions: ServiceOptions = {
    ltiPro: { ...DEFAULT_SERVICE_OPTIONS.ltiPro, ...options.ltiPro },
    zoom: { ...DEFAULT_SERVICE_OPTIONS.zoom, ...options.zoom },
    luminus: { ...DEFAULT_SERVICE_OPTIONS.luminus, ...options.luminus },
  }
  const { maxBulkJobs } = serviceOptions.ltiPro
  if (!Number.isInteger(maxBulkJobs) || maxBulkJobs < 1)
    throw new RangeError(`ltiPro.maxBulkJobs must be a whole number ≥ 1, not ${maxBulkJobs}`)
  const makeWorld = (
    id: string,
    credentials: Credentials,
    seed: Seed = options.seed ?? seedDemo,
    source?: TimeSource,
  ): World =>
    createWorld({
      id,
      credentials,
      seed,
      clock: {
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(source === undefined ? {} : { source }),
      },
      ...(options.journalSize === undefined ? {} : { journalSize: options.journalSize }),
      ...(options.journalBytes === undefined ? {} : { journalBytes: options.journalBytes }),
      ...(options.faultSeed === undefined ? {} : { faultSeed: options.faultSeed }),
    })
  const worlds = new WorldRegistry(
    makeWorld(
      'default',
      DEMO_CREDENTIALS,
      options.state ? snapshotSeed(options.state) : undefined,
      options.timeSource,
    ),
  )
  const methodsOf = methodsOfRoutes(() => app.routes)
  if (options.contracts && options.contractsDir !== undefined)
    throw new TypeError('Give createEmulator contractsDir or contracts, not both.')
  const contracts = options.contracts ?? new Contracts(options.contractsDir)
  const ctx = { worlds, options: serviceOptions, contracts, methodsOf }
  const control = (world: World) => worldControl(world, worlds, contracts)

  const latencyMs = options.latencyMs ?? 0
  const access = adminAccess(options.adminToken)
  const app = new Hono<Env>()
    .use(function routing(c, next) {
      const service = serviceOf(c.req.path)
      if (service) c.set('service', service)
      c.set('world', worldOf(worlds, service, c) ?? worlds.defaultWorld)
      return next()
    })
    .use(journal(options.onRequest ? { onRequest: options.onRequest } : {}))
    // Each middleware is a step of every request: those switched off are not registered.
    .use('*', ...(options.cors ? [corsPolicy()] : []))
    .use(controlAccess(access, loginPage))
    .use(bodyGuard({ contracts }))
    .use('*', ...(latencyMs > 0 ? [latency(latencyMs)] : []))
    .use(faultInjection())
    .route(
      '/',
      controlRoutes({
        control,
        createSandbox: () => {
          const { id, credentials } = emulator.createSandbox()
          return { id, credentials }
        },
        listSandboxes: () => listSandboxes(worlds),
        deleteSandbox: (id) => deleteSandbox(worlds, id),
      }),
    )
    .route('/', ltiProControlRoutes(ctx))
    .route('/', dashboardRoutes(ctx, access))
    .route('/', ltiProRoutes(ctx))
    .route('/', zoomRoutes(ctx))
    .route('/', luminusRoutes(ctx))
    // Registered after every service's routes, so a service may add its own control paths (e.g. bulk jobs).
    .all(`${CONTROL_BASE}/*`, notServed(methodsOf, controlErrorShape))
    .all(
      '*',
      notServed(methodsOf, controlErrorShape, (c) =>
        c.json({ error: `${c.req.method} ${c.req.path} is not a path of any emulated service.` }, 404),
      ),
    )

  const emulator: Emulator = {
    ...control(worlds.defaultWorld),
    fetch: async (input, init) => {
      const response = await app.fetch(input instanceof Request && !init ? input : new Request(input, init))
      const fault = dropFaultOf(response)
      if (fault !== undefined) throw connectionDropped(fault)
      return response
    },
    request: (path, init) => emulator.fetch(new Request(new URL(path, LOCAL_ORIGIN), init)),
    createSandbox() {
      const { id, credentials } = createSandbox(worlds, (id, credentials) => makeWorld(id, credentials))
      return { ...emulator.sandbox(id), id, credentials }
    },
    listSandboxes: () => listSandboxes(worlds),
    deleteSandbox: (id) => deleteSandbox(worlds, id),
    sandbox(id) {
      const world = worlds.get(id)
      if (!world) throw unknownSandbox(id)
      return control(world)
    },
    worlds,
    options: serviceOptions,
    routes: app.routes.map(({ method, path }) => ({ method, path })),
    contracts,
  }
  return emulator
}
