/** @module The LumiNUS Zoom Conferencing API behind Azure API Management: its descriptor for the core. */
import type { Context } from 'hono'
import { token } from '../../../src/ids.js'
import type { Env } from '../../core/context.js'
import { PipelineFailure } from '../../core/pipeline/errors.js'
import type { ServiceModule } from '../../core/service.js'
import { LuminusCredentials, LuminusPanels } from './dashboard.js'
import { apimErrorBody, LuminusError, MESSAGES } from './errors.js'
import { luminusRoutes } from './routes.js'
import { createLuminusState } from './state.js'

function errorResponse(error: unknown, c: Context<Env>): Response {
  if (error instanceof LuminusError)
    return c.json(apimErrorBody(error.status, error.message), error.status, error.headers)
  if (error instanceof PipelineFailure)
    return c.json(apimErrorBody(error.status, error.message), error.status, error.headers)
  return c.json(apimErrorBody(500, MESSAGES.internal), 500, { 'x-emulator-diagnostic': String(error) })
}

export const luminus: ServiceModule<'luminus'> = {
  name: 'luminus',
  title: 'LumiNUS',
  key: 'luminus',
  options: { field: 'luminus', defaults: {} },
  owns: (path) => path.startsWith('/zoom/'),
  claim(c) {
    const key = c.req.header('ocp-apim-subscription-key') ?? c.req.query('subscription-key')
    return key === undefined
      ? undefined
      : { key: `luminus ${key}`, owns: (w) => w.store.luminus.subscriptions.has(key) }
  },
  createState: createLuminusState,
  credentialsIn: (state) => [...state.subscriptions.keys()].map((key) => `LumiNUS subscription key ${key}`),
  freshCredentials: () => ({ subscriptionKey: token(24), studentKey: token(24) }),
  routes: luminusRoutes,
  errorResponse,
  exposedHeaders: ['Retry-After'],
  dashboard: { Credentials: LuminusCredentials, Panels: LuminusPanels },
}
