/** @module LumiNUS Zoom Conferencing API routes under /zoom. */
import { Hono } from 'hono'
import { type EmulatorContext, type Env, notEmulatedMessage } from '../env.js'

export const luminusRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>().all('/zoom/*', (c) =>
    c.json({ statusCode: 501, message: notEmulatedMessage(c.req.method, c.req.path) }, 501),
  )
