/** @module The Zoom LTI Pro service: its descriptor for the core. */
import type { Context } from 'hono'
import { token } from '../../../src/ids.js'
import type { Env, ServiceOptions } from '../../core/context.js'
import { PipelineFailure } from '../../core/pipeline/errors.js'
import type { ServiceModule } from '../../core/service.js'
import { signerClient } from './client-signer.js'
import { ltiProControlRoutes } from './control.js'
import { LtiCredentials, LtiPanels } from './dashboard.js'
import { LtiProError, ltiErrorBody } from './errors.js'
import { processDueJobs } from './model.js'
import { LTI_PRO_BASE, ltiProRoutes } from './routes.js'
import { SigningHelper } from './signer-view.js'
import { createLtiState } from './state.js'

const errorBody = (status: number, message: string) => ({
  status: false,
  errorCode: String(status),
  errorMessage: message,
})

function errorResponse(error: unknown, c: Context<Env>): Response {
  if (error instanceof LtiProError) return c.json(ltiErrorBody(error), error.httpStatus)
  if (error instanceof PipelineFailure)
    return c.json(errorBody(error.status, error.message), error.status, error.headers)
  // A fault of the emulator itself: no contract declares 500, so checked tests fail loudly on it.
  return c.json(
    errorBody(500, `Emulator fault: ${error instanceof Error ? error.message : String(error)}`),
    500,
  )
}

export const ltiPro: ServiceModule<'lti'> = {
  name: 'lti-pro',
  title: 'Zoom LTI Pro',
  key: 'lti',
  options: {
    field: 'ltiPro',
    defaults: { futureSkewMs: 5 * 60_000, bulkDelayMs: 0, maxBulkJobs: 1000 },
    check({ maxBulkJobs }: ServiceOptions['ltiPro']) {
      if (!Number.isInteger(maxBulkJobs) || maxBulkJobs < 1)
        throw new RangeError(`ltiPro.maxBulkJobs must be a whole number ≥ 1, not ${maxBulkJobs}`)
    },
  },
  owns: (path) => path.startsWith(`${LTI_PRO_BASE}/`) || path === LTI_PRO_BASE,
  claim(c) {
    const key = c.req.query('key')
    return key === undefined
      ? undefined
      : { key: `lti ${key}`, owns: (w) => w.store.lti.credentials.has(key) }
  },
  createState: createLtiState,
  credentialsIn: (state) => [...state.credentials.keys()].map((key) => `LTI Pro key ${key}`),
  freshCredentials: () => ({ key: token(16), secret: token(24) }),
  routes: ltiProRoutes,
  controlRoutes: ltiProControlRoutes,
  errorResponse,
  settle: processDueJobs,
  dashboard: {
    Credentials: LtiCredentials,
    Panels: LtiPanels,
    Tools: SigningHelper,
    scripts: [signerClient],
  },
}
