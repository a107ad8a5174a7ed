/** @module The LTI Pro part of the control API: bulk jobs and their per-item outcomes. */
import { Hono } from 'hono'
import type { Env } from '../../core/context.js'
import type { EmulatorContext } from '../../core/service.js'
import { processDueJobs } from './model.js'

export const ltiProControlRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>().get('/__emulator/lti-pro/bulk-jobs', (c) => {
    processDueJobs(c.get('world'))
    return c.json({ jobs: c.get('world').store.lti.bulkJobs })
  })
