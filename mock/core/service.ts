/** @module The ServiceModule: all the core knows of an emulated service, which it reads from the service's descriptor and nothing else. */
import type { Context, Hono } from 'hono'
import type { FC } from 'hono/jsx'
import type { Env, ServiceNames, ServiceOptions } from './context.js'
import type { Contracts } from './contracts/contracts.js'
import type { SharedMemos } from './shared-memos.js'
import type { Credentials, Store } from './store.js'
import type { World, WorldRegistry, WorldService } from './world.js'

// biome-ignore lint/suspicious/noExplicitAny: a service's app extends Env with variables of its own, which Hono's types cannot widen back
export type ServiceApp = Hono<any, any, any>

/** One of the request's credentials, unverified, as the name of the world it belongs to. */
export interface CredentialClaim {
  /** Unique across services and kinds of credential (`<service> <kind> <value>`): the world lookup remembers owners by it. */
  key: string
  owns(world: World): boolean
}

/** The options a service takes, under their EmulatorOptions field, with their defaults. */
export interface ServiceOptionsSpec<F extends keyof ServiceOptions = keyof ServiceOptions> {
  field: F
  defaults: ServiceOptions[F]
  /** Throws a RangeError naming the option at fault. */
  check?(options: ServiceOptions[F]): void
}

/** An entity of a state snapshot, as JSON gives it. */
export type Entity = Record<string, unknown>
/** A Map of a store slice, or a list, as the entries a state rule reads. */
export type Entries = Iterable<[string, Entity]>

/** Where a Map is (`<key>.<field>`), the Map, and the key each of its entities belongs under. */
export type OwnKey = [where: string, entries: Entries, keyOf: (entity: Entity) => string]

/** Where entities are, them, the field that refers, what it refers to, its name, and (for a composite key) the key it names. */
export type Reference = [
  where: string,
  entries: Entries,
  field: string,
  target: ReadonlyMap<string, unknown>,
  targetName: string,
  refOf?: (entity: Entity) => string,
]

/** What an imported state must hold to beyond its schema: entities under their own keys, references that never dangle in a running emulator. */
export interface StateRules {
  ownKeys: OwnKey[]
  references: Reference[]
}

/** The service's part of the dashboard. */
export interface ServiceDashboard<K extends keyof Store = keyof Store> {
  /** `<dt>`/`<dd>` pairs for the credentials card. */
  Credentials(props: { credentials: Credentials[K] }): ReturnType<FC>
  /** The service's panels of the world's state. */
  Panels(props: { world: World }): ReturnType<FC>
  /** Tools beside the journal (e.g. a request signer). */
  Tools?(props: { world: World }): ReturnType<FC>
  /** Browser scripts, each sent as its own source text: self-contained functions. */
  scripts?: readonly (() => void)[]
  /**
   * Browser scripts of the API docs page, sent the same way: each pushes onto
   * `window.docsAuthorizers` how "Try it out" authenticates a request to this service with the
   * world's credentials (mock/dashboard/client-docs.ts says what one holds).
   */
  docsScripts?: readonly (() => void)[]
}

/**
 * An emulated service. Each one is a folder of mock/services/ whose index.ts exports its
 * descriptor; mock/services/index.ts lists them (SERVICES) and the entry points hand that list to
 * the core, which loops over it wherever it needs a service.
 */
export interface ServiceModule<K extends keyof Store = keyof Store> extends WorldService {
  /** In the journal, fault rules and the request log (kebab-case). */
  readonly name: keyof ServiceNames & string
  /** The vendor's name for the API, as the dashboard heads it. */
  readonly title: string
  /** Of its slice in the store and the state snapshot, its credentials and its seeding helpers (camelCase). */
  readonly key: K
  readonly options?: ServiceOptionsSpec
  /** Whether a request path is this service's (every path of its real API, served or not). */
  owns(path: string): boolean
  /** The credential that names the request's world, read without judging it (the service's routes do). */
  claim(c: Context<Env>): CredentialClaim | undefined
  createState(shared: SharedMemos): Store[K]
  /** The rules an imported state (its slice, and its references into others') must keep. */
  stateRules?(store: Store): StateRules
  /** The fields of its slice that are Maps keyed by a secret (tokens, keys): messages name their entries by position. */
  readonly secretKeyed?: readonly string[]
  /** Every credential a state answers to, labelled with the vendor's name for it: no two worlds may share one. */
  credentialsIn(state: Store[K]): string[]
  /** Random credentials of the real ones' lengths, for a new sandbox. */
  freshCredentials(): Credentials[K]
  /** Its routes, in a Hono app of any Env that extends the core's (services add their own variables). */
  routes(ctx: EmulatorContext): ServiceApp
  /** The service's own paths under /__emulator (e.g. a view of asynchronous jobs), registered after the control API's. */
  controlRoutes?(ctx: EmulatorContext): ServiceApp
  /**
   * The vendor's answer to whatever a request to this service ends in: one of its own declared
   * errors, a PipelineFailure (405, 413, 415, 501: mock/core/pipeline/errors.ts), or anything else
   * (a fault of the emulator: 500).
   */
  errorResponse(error: unknown, c: Context<Env>): Response | Promise<Response>
  /** Response headers a browser script on another origin may read (`--cors`). */
  readonly exposedHeaders?: readonly string[]
  /**
   * The path the app routes a request of this service by, when the vendor's own routing reads a
   * path differently from its segments (Zoom's meeting UUIDs sent raw with a `/` inside).
   */
  routingPath?(path: string): string
  /** Applies what the clock has made due (e.g. bulk jobs); the core calls it before anything reads the world. */
  settle?(world: World): void
  readonly dashboard?: ServiceDashboard<K>
}

/** Handed to every route factory. */
export interface EmulatorContext {
  services: readonly ServiceModule[]
  worlds: WorldRegistry
  options: ServiceOptions
  /** The contracts that validate requests (mock/core/pipeline/validation.ts) and say which bodies are JSON. */
  contracts: Contracts
}
