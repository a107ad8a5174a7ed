/** @module Sandboxes: isolated worlds with the seed's structure and fresh random credentials, reached by those credentials. */

import { token } from '../../src/ids.js'
import type { World, WorldRegistry } from '../core/world.js'
import type { Credentials } from '../seed/demo.js'
import { badInput, unknownSandbox } from './errors.js'

/** What `POST /__emulator/sandboxes` answers: the id for `x-emulator-sandbox` and the credentials that route to it. */
export interface SandboxInfo {
  id: string
  credentials: Credentials
}

/** Credentials no other world has: random, url-safe, as long as the real ones. */
export const freshCredentials = (): Credentials => ({
  lti: { key: token(16), secret: token(24) },
  zoom: {
    accountId: token(16),
    clientId: token(16),
    clientSecret: token(24),
    jwtKey: token(16),
    jwtSecret: token(24),
  },
  luminus: { subscriptionKey: token(24), studentKey: token(24) },
})

export function createSandbox(
  worlds: WorldRegistry,
  makeWorld: (id: string, credentials: Credentials) => World,
): SandboxInfo {
  const id = `sandbox-${token(9)}`
  const world = makeWorld(id, freshCredentials())
  worlds.sandboxes.set(id, world)
  return { id, credentials: structuredClone(world.credentials) }
}

export function deleteSandbox(worlds: WorldRegistry, id: string): void {
  if (id === worlds.defaultWorld.id) throw badInput('The default world cannot be deleted; reset it instead.')
  if (!worlds.sandboxes.delete(id)) throw unknownSandbox(id)
}

/** Every sandbox, oldest first, with its credentials (`GET /__emulator/sandboxes`). */
export const listSandboxes = (worlds: WorldRegistry): SandboxInfo[] =>
  [...worlds.sandboxes.values()].map((world) => ({
    id: world.id,
    credentials: structuredClone(world.credentials),
  }))
