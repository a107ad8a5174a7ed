/** @module Sandboxes: isolated worlds with the seed's structure and fresh random credentials, reached by those credentials. */

import { token } from '../../src/ids.js'
import type { ServiceModule } from '../core/service.js'
import type { Credentials } from '../core/store.js'
import type { World, WorldRegistry } from '../core/world.js'
import { badInput, unknownSandbox } from './errors.js'

/** What `POST /__emulator/sandboxes` answers: the id for `x-emulator-sandbox` and the credentials that route to it. */
export interface SandboxInfo {
  id: string
  credentials: Credentials
}

/** Credentials no other world has: each service's, random, url-safe, as long as the real ones. */
export const freshCredentials = (services: readonly ServiceModule[]): Credentials =>
  Object.fromEntries(
    services.map((service) => [service.key, service.freshCredentials()]),
  ) as unknown as Credentials

export function createSandbox(
  worlds: WorldRegistry,
  services: readonly ServiceModule[],
  makeWorld: (id: string, credentials: Credentials) => World,
): SandboxInfo {
  const id = `sandbox-${token(9)}`
  const world = makeWorld(id, freshCredentials(services))
  worlds.sandboxes.set(id, world)
  return { id, credentials: structuredClone(world.credentials) }
}

export function deleteSandbox(worlds: WorldRegistry, id: string): void {
  if (id === worlds.defaultWorld.id) throw badInput('The default world cannot be deleted; reset it instead.')
  const world = worlds.sandboxes.get(id)
  if (!world) throw unknownSandbox(id)
  worlds.sandboxes.delete(id)
  world.dispose()
}

/** Every sandbox, oldest first, with its credentials (`GET /__emulator/sandboxes`). */
export const listSandboxes = (worlds: WorldRegistry): SandboxInfo[] =>
  [...worlds.sandboxes.values()].map((world) => ({
    id: world.id,
    credentials: structuredClone(world.credentials),
  }))
