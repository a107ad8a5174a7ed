/** @module Zoom REST API v2 and OAuth token routes. */
import { Hono } from 'hono'
import { type EmulatorContext, type Env, notEmulatedMessage } from '../env.js'

export const zoomRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>().all('/v2/*', (c) =>
    c.json({ code: 501, message: notEmulatedMessage(c.req.method, c.req.path) }, 501),
  )
