/** @module The control API under /__emulator. */
import { Hono } from 'hono'
import { type EmulatorContext, type Env, notEmulatedMessage } from '../env.js'

export const CONTROL_BASE = '/__emulator'

export const controlRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>()
    .get(`${CONTROL_BASE}/health`, (c) => c.json({ status: 'ok' }))
    .all(`${CONTROL_BASE}/*`, (c) => c.json({ error: notEmulatedMessage(c.req.method, c.req.path) }, 501))
