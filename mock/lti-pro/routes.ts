/** @module LTI Pro HTTP routes under /api/v1/lti/rich. */
import { Hono } from 'hono'
import { type EmulatorContext, type Env, notEmulatedMessage } from '../env.js'

export const LTI_PRO_BASE = '/api/v1/lti/rich'

export const ltiProRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>().all(`${LTI_PRO_BASE}/*`, (c) =>
    c.json(
      { status: false, errorCode: '501', errorMessage: notEmulatedMessage(c.req.method, c.req.path) },
      501,
    ),
  )
