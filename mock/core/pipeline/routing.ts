/** @module Which service a request is for, and which world its credentials belong to, decided before any route runs. */
import type { Context, MiddlewareHandler } from 'hono'
import type { Env } from '../context.js'
import { requestHeader } from '../http-headers.js'
import type { ServiceModule } from '../service.js'
import type { World, WorldRegistry } from '../world.js'

export const SANDBOX_HEADER = 'x-emulator-sandbox'

/** The emulator's own paths: the control API and the dashboard. */
const isControlPath = (path: string): boolean => path.startsWith('/__emulator') || path === '/'

/**
 * The world whose credentials the request carries, found without verifying them (the service
 * does that); undefined when they belong to no world. Control calls name their world with the
 * `x-emulator-sandbox` header.
 */
function worldOf(
  worlds: WorldRegistry,
  owner: ServiceModule | undefined,
  c: Context<Env>,
): World | undefined {
  if (owner) {
    const claim = owner.claim(c)
    return claim && worlds.findOwner(claim.key, claim.owns)
  }
  const id = requestHeader(c, SANDBOX_HEADER)
  return id === undefined ? worlds.defaultWorld : worlds.get(id)
}

/**
 * Sets `service` (the owner of the path, `control` for the emulator's own paths, unset for any
 * other) and `world` (the default world when the credentials name none), and settles the world.
 */
export function routing(services: readonly ServiceModule[], worlds: WorldRegistry): MiddlewareHandler<Env> {
  return function routing(c, next) {
    const owner = services.find((service) => service.owns(c.req.path))
    const control = !owner && isControlPath(c.req.path)
    if (owner) c.set('service', owner.name)
    else if (control) c.set('service', 'control')
    const world = (owner || control ? worldOf(worlds, owner, c) : undefined) ?? worlds.defaultWorld
    world.settle()
    c.set('world', world)
    return next()
  }
}
