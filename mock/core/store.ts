/** @module A world's state and credentials: one slice of each per service, declared by the service itself (declaration merging), created empty and filled by a seed. */
import type { SharedMemos } from './shared-memos.js'

/** A world's whole state: each service adds its slice (`interface Store { <key>: <State> }`) in its state.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each service through declaration merging
export interface Store {}

/** The credentials that route to a world: each service adds its own in its state.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each service through declaration merging
export interface Credentials {}

/** A store with every service's slice empty; `shared` are the emulator's memos its slices may start from. */
export const createStore = (
  services: readonly { key: keyof Store; createState(shared: SharedMemos): unknown }[],
  shared: SharedMemos,
): Store =>
  Object.fromEntries(
    services.map((service) => [service.key, service.createState(shared)]),
  ) as unknown as Store
