/** @module createEmulator: the one Hono app behind the server, the MSW handlers and in-process use. */
import { type Context, Hono } from 'hono'
import { getPath } from 'hono/utils/url'
import { type AdminAccess, adminAccess, controlAccess } from '../control/access.js'
import { controlErrorResponse } from '../control/error-response.js'
import { unknownSandbox } from '../control/errors.js'
import { controlRoutes } from '../control/routes.js'
import { createSandbox, deleteSandbox, listSandboxes, type SandboxInfo } from '../control/sandboxes.js'
import { type StateSnapshot, snapshotSeed } from '../control/state.js'
import { type WorldControl, worldControl } from '../control/world-control.js'
import type { ClockOptions, TimeSource } from './clock.js'
import type { Env, ServiceOptions } from './context.js'
import { Contracts } from './contracts/contracts.js'
import { connectionDropped, dropFaultOf } from './drop.js'
import type { NodeBindings } from './http-headers.js'
import { methodsOfRoutes } from './pipeline/allowed-methods.js'
import { bodyGuard } from './pipeline/body-guard.js'
import { corsPolicy } from './pipeline/cors.js'
import { errorAnswer, notServed } from './pipeline/errors.js'
import { faultInjection, journal, latency, type RequestLog } from './pipeline/journal-and-faults.js'
import { declaredRoute } from './pipeline/literal-segment.js'
import { routing } from './pipeline/routing.js'
import type { EmulatorContext, ServiceApp, ServiceModule } from './service.js'
import { SharedMemos } from './shared-memos.js'
import type { Credentials } from './store.js'
import { createWorld, type Seed, type World, WorldRegistry } from './world.js'

/** The origin relative paths are resolved against by `emulator.request`. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4010'

/** Each service's options, under the field its ServiceModule names, any of them left out. */
export type ServiceOptionInputs = { [F in keyof ServiceOptions]?: Partial<ServiceOptions[F]> }

export interface EmulatorOptions extends ServiceOptionInputs {
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

/** The key of `Emulator`'s fetch for @hono/node-server's listener (mock/server.ts). */
export const FETCH_OVER_HTTP: unique symbol = Symbol('fetch over HTTP')

/** The emulator; its control methods act on the default world, `sandbox(id)` gives a sandbox's. */
export interface Emulator extends WorldControl {
  /**
   * `fetch` itself, answered in-process: takes a Request, or a URL and init, whatever the origin (the
   * path selects the service); rejects like fetch when a fault drops the connection.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>
  /** `fetch` for a path (or URL) and init, resolved against LOCAL_ORIGIN. */
  request(path: string, init?: RequestInit): Promise<Response>
  /**
   * `fetch` for a request @hono/node-server made, with its bindings: the app then reads headers
   * from the IncomingMessage instead of building Headers (mock/core/http-headers.ts).
   */
  [FETCH_OVER_HTTP](request: Request, bindings: NodeBindings): Promise<Response>
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
  /**
   * Every route and middleware the app registered, in order (Hono's `app.routes`), each path as its
   * contract names it (a literal segment served through a parameter shows its literal): for drift checks.
   */
  readonly routes: readonly { method: string; path: string }[]
  /** The contracts its requests are checked against, loaded on first use: `createEmulator({ contracts })` shares them. */
  readonly contracts: Contracts
}

/** What an emulator is made of: its services, and what its default world starts with unless the options say otherwise. */
export interface EmulatorParts {
  services: readonly ServiceModule[]
  /** The pages at `/` for a browser: the dashboard, its login and the API docs. */
  dashboard: {
    routes(ctx: EmulatorContext, access: AdminAccess): ServiceApp
    /** What a browser asking for a guarded page without the admin token gets. */
    loginPage(c: Context<Env>): Response | Promise<Response>
  }
  credentials: Credentials
  seed: Seed
}

/** Each service's options: its defaults, overridden by what the caller gave, checked. */
function serviceOptions(services: readonly ServiceModule[], given: ServiceOptionInputs): ServiceOptions {
  const options: Record<string, unknown> = {}
  for (const { options: spec } of services) {
    if (!spec) continue
    const merged = { ...spec.defaults, ...given[spec.field] } as ServiceOptions[typeof spec.field]
    spec.check?.(merged)
    options[spec.field] = merged
  }
  return options as unknown as ServiceOptions
}

/** An emulator of `parts.services`; the package's createEmulator (mock/emulator.ts) hands it every service and the demo seed. */
export function assembleEmulator(parts: EmulatorParts, options: EmulatorOptions = {}): Emulator {
  const { services } = parts
  // Before the worlds: each keeps them, for what runs on its clock outside requests.
  const chosenOptions = serviceOptions(services, options)
  const shared = new SharedMemos()
  const makeWorld = (
    id: string,
    credentials: Credentials,
    seed: Seed = options.seed ?? parts.seed,
    source?: TimeSource,
  ): World =>
    createWorld({
      id,
      services,
      credentials,
      seed,
      options: chosenOptions,
      shared,
      clock: {
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(source === undefined ? {} : { source }),
      },
      ...(options.journalSize === undefined ? {} : { journalSize: options.journalSize }),
      ...(options.journalBytes === undefined ? {} : { journalBytes: options.journalBytes }),
      ...(options.faultSeed === undefined ? {} : { faultSeed: options.faultSeed }),
    })
  if (options.contracts && options.contractsDir !== undefined)
    throw new TypeError('Give createEmulator contractsDir or contracts, not both.')
  const contracts = options.contracts ?? new Contracts(options.contractsDir)
  const ctx: EmulatorContext = {
    services,
    options: chosenOptions,
    contracts,
    worlds: new WorldRegistry(
      makeWorld(
        'default',
        parts.credentials,
        options.state ? snapshotSeed(options.state, services, contracts) : undefined,
        options.timeSource,
      ),
    ),
  }
  const { worlds } = ctx
  const control = (world: World) => worldControl(world, worlds, { services, contracts })

  const latencyMs = options.latencyMs ?? 0
  const access = adminAccess(options.adminToken)
  const exposeHeaders = services.flatMap((service) => service.exposedHeaders ?? [])
  // Services own disjoint paths: only those that read paths their own way are asked here; routing finds the owner.
  const pathReaders = services.filter((service) => service.routingPath)
  const routedPath = (path: string) => {
    for (const service of pathReaders) if (service.owns(path)) return service.routingPath?.(path) ?? path
    return path
  }
  const guardControl = controlAccess(access, parts.dashboard.loginPage)
  const app = new Hono<Env>({ getPath: (request) => routedPath(getPath(request)) })
    .use(routing(services, worlds))
    .use(journal(options.onRequest ? { onRequest: options.onRequest } : {}))
    // Each middleware is a step of every request: those switched off are not registered.
    .use('*', ...(options.cors ? [corsPolicy({ exposeHeaders })] : []))
    // The control paths only (routing.ts's isControlPath): a service request takes no step for it.
    .use('/__emulator*', guardControl)
    .use('/', guardControl)
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
  for (const service of services) if (service.controlRoutes) app.route('/', service.controlRoutes(ctx))
  app.route('/', parts.dashboard.routes(ctx, access))
  for (const service of services) app.route('/', service.routes(ctx))
  // After every route, so a service may add its own control paths (e.g. bulk jobs).
  app
    .all('*', notServed(methodsOfRoutes(() => app.routes.map(declaredRoute))))
    .onError(errorAnswer(services, controlErrorResponse))

  const answered = async (pending: Response | Promise<Response>) => {
    const response = await pending
    const fault = dropFaultOf(response)
    if (fault !== undefined) throw connectionDropped(fault)
    return response
  }
  const emulator: Emulator = {
    ...control(worlds.defaultWorld),
    fetch: (input, init) =>
      answered(app.fetch(input instanceof Request && !init ? input : new Request(input, init))),
    request: (path, init) => emulator.fetch(new Request(new URL(path, LOCAL_ORIGIN), init)),
    [FETCH_OVER_HTTP]: (request, bindings) => answered(app.fetch(request, bindings)),
    createSandbox() {
      const { id, credentials } = createSandbox(worlds, services, (id, credentials) =>
        makeWorld(id, credentials),
      )
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
    options: ctx.options,
    routes: app.routes.map(declaredRoute),
    contracts,
  }
  return emulator
}
