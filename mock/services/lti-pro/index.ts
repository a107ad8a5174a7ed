/** @module The Zoom LTI Pro service: its descriptor for the core. */
import type { Context } from 'hono'
import { token } from '../../../src/ids.js'
import type { Env, ServiceOptions } from '../../core/context.js'
import { PipelineFailure } from '../../core/pipeline/errors.js'
import type { Entity, Entries, ServiceModule, StateRules } from '../../core/service.js'
import type { Store } from '../../core/store.js'
import { ltiProDocsClient } from './client-docs.js'
import { ltiSignatureClient } from './client-signature.js'
import { signerClient } from './client-signer.js'
import { ltiProControlRoutes } from './control.js'
import { LtiCredentials, LtiPanels } from './dashboard.js'
import { LtiProError, ltiErrorBody } from './errors.js'
import { courseKey, processDueJobs } from './model.js'
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

const text = (entity: Entity, field: string) => String(entity[field])
const courseOf = (entity: Entity) =>
  courseKey(text(entity, 'credentialKey'), text(entity, 'domain'), text(entity, 'contextId'))

/** References to what a running emulator never deletes: Zoom accounts, credentials and courses (a meeting may be deleted). */
function stateRules({ zoom, lti }: Store): StateRules {
  const jobs = lti.bulkJobs.map((job, index): [string, Entity] => [String(index), job as unknown as Entity])
  return {
    ownKeys: [
      ['lti.credentials', lti.credentials as Entries, (c) => text(c, 'key')],
      ['lti.courses', lti.courses as Entries, courseOf],
      [
        'lti.associations',
        lti.associations as Entries,
        (a) => ['credentialKey', 'meetingId', 'domain', 'contextId'].map((f) => text(a, f)).join('|'),
      ],
    ],
    references: [
      ['lti.credentials', lti.credentials as Entries, 'accountId', zoom.accounts, 'Zoom account'],
      ['lti.courses', lti.courses as Entries, 'credentialKey', lti.credentials, 'LTI credential'],
      ['lti.associations', lti.associations as Entries, 'credentialKey', lti.credentials, 'LTI credential'],
      ['lti.associations', lti.associations as Entries, 'contextId', lti.courses, 'LTI course', courseOf],
      ['lti.bulkJobs', jobs, 'credentialKey', lti.credentials, 'LTI credential'],
    ],
  }
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
  stateRules,
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
    scripts: [ltiSignatureClient, signerClient],
    docsScripts: [ltiSignatureClient, ltiProDocsClient],
  },
}
