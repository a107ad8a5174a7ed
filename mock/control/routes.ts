/** @module The control API under /__emulator: thin HTTP over the in-process control (world-control.ts). */
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { Env } from '../core/context.js'
import type { FaultRuleInput } from '../core/faults.js'
import { requestHeader } from '../core/http-headers.js'
import { queryRequestFilter } from '../core/journal.js'
import { SANDBOX_HEADER } from '../core/pipeline/routing.js'
import type { World } from '../core/world.js'
import type { SeedRequest } from '../seed/seeding.js'
import { ControlError, unknownSandbox } from './errors.js'
import { jsonBody } from './json-body.js'
import type { SandboxInfo } from './sandboxes.js'
import type { StateSnapshot } from './state.js'
import type { WorldControl } from './world-control.js'

export const CONTROL_BASE = '/__emulator'

/** What the routes need from the emulator. */
export interface ControlApi {
  control(world: World): WorldControl
  createSandbox(): SandboxInfo
  listSandboxes(): SandboxInfo[]
  deleteSandbox(id: string): void
}

/** The sandbox named by `x-emulator-sandbox` must exist (the admin token is checked before: access.ts). */
function controlGuard(): MiddlewareHandler<Env> {
  return async function controlGuard(c, next) {
    const requested = requestHeader(c, SANDBOX_HEADER)
    if (requested !== undefined && c.get('world').id !== requested) throw unknownSandbox(requested)
    await next()
  }
}

export const controlRoutes = (api: ControlApi) => {
  const world = (c: Context<Env>) => api.control(c.get('world'))
  return new Hono<Env>()
    .use(`${CONTROL_BASE}/*`, controlGuard())
    .get(`${CONTROL_BASE}/health`, (c) => c.json({ status: 'ok' }))
    .post(`${CONTROL_BASE}/reset`, (c) => {
      world(c).reset()
      return c.body(null, 204)
    })
    .get(`${CONTROL_BASE}/state`, (c) => c.json(world(c).exportState()))
    .put(`${CONTROL_BASE}/state`, async (c) => {
      world(c).importState((await jsonBody(c)) as StateSnapshot)
      return c.body(null, 204)
    })
    .patch(`${CONTROL_BASE}/state/:slice/:table/:key`, async (c) =>
      c.json(world(c).patchEntry(c.req.param(), (await jsonBody(c)) as Record<string, unknown>)),
    )
    .delete(`${CONTROL_BASE}/state/:slice/:table/:key`, (c) => {
      world(c).deleteEntry(c.req.param())
      return c.body(null, 204)
    })
    .get(`${CONTROL_BASE}/clock`, (c) => c.json(world(c).clockState()))
    .post(`${CONTROL_BASE}/clock`, async (c) =>
      c.json(world(c).setClock((await jsonBody(c)) as { advanceMs: number })),
    )
    .get(`${CONTROL_BASE}/requests`, (c) => {
      const names = c.get('world').services.map((service) => service.name)
      return c.json(world(c).requests(queryRequestFilter(c.req.query(), names)))
    })
    .delete(`${CONTROL_BASE}/requests`, (c) => {
      world(c).clearRequests()
      return c.body(null, 204)
    })
    .get(`${CONTROL_BASE}/faults`, (c) => c.json({ faults: world(c).faults.list() }))
    .post(`${CONTROL_BASE}/faults`, async (c) =>
      c.json(world(c).faults.add((await jsonBody(c)) as FaultRuleInput), 201),
    )
    .delete(`${CONTROL_BASE}/faults`, (c) => {
      world(c).faults.clear()
      return c.body(null, 204)
    })
    .delete(`${CONTROL_BASE}/faults/:id`, (c) => {
      const id = c.req.param('id')
      if (!world(c).faults.remove(id)) throw new ControlError(404, `No fault rule "${id}" in this world.`)
      return c.body(null, 204)
    })
    .post(`${CONTROL_BASE}/seed`, async (c) =>
      c.json(await world(c).seed.batch((await jsonBody(c)) as SeedRequest), 201),
    )
    .post(`${CONTROL_BASE}/sandboxes`, (c) => c.json(api.createSandbox(), 201))
    .get(`${CONTROL_BASE}/sandboxes`, (c) => c.json({ sandboxes: api.listSandboxes() }))
    .delete(`${CONTROL_BASE}/sandboxes/:id`, (c) => {
      api.deleteSandbox(c.req.param('id'))
      return c.body(null, 204)
    })
}
