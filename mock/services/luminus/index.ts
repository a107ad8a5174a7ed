/** @module The LumiNUS Zoom Conferencing API behind Azure API Management: its descriptor for the core. */
import type { Context } from 'hono'
import { token } from '../../../src/ids.js'
import type { Env } from '../../core/context.js'
import { requestHeader } from '../../core/http-headers.js'
import { PipelineFailure } from '../../core/pipeline/errors.js'
import type { Entity, Entries, ServiceModule, StateRules } from '../../core/service.js'
import type { Store } from '../../core/store.js'
import { luminusDocsClient } from './client-docs.js'
import { LuminusCredentials, LuminusPanels } from './dashboard.js'
import { apimErrorBody, LuminusError, MESSAGES } from './errors.js'
import { staffKey } from './records.js'
import { luminusRoutes } from './routes.js'
import { createLuminusState } from './state.js'

function errorResponse(error: unknown, c: Context<Env>): Response {
  if (error instanceof LuminusError || error instanceof PipelineFailure)
    return c.json(apimErrorBody(error.status, error.message), error.status, error.headers)
  return c.json(apimErrorBody(500, MESSAGES.internal), 500, { 'x-emulator-diagnostic': String(error) })
}

const text = (entity: Entity, field: string) => String(entity[field])

/** References to what a running emulator never deletes: modules and users (a linked Zoom meeting may be deleted). */
const stateRules = ({ luminus }: Store): StateRules => ({
  ownKeys: [
    ['luminus.users', luminus.users as Entries, (u) => text(u, 'id')],
    ['luminus.modules', luminus.modules as Entries, (m) => text(m, 'id')],
    ['luminus.staff', luminus.staff as Entries, (s) => staffKey(text(s, 'moduleId'), text(s, 'userId'))],
    ['luminus.subscriptions', luminus.subscriptions as Entries, (s) => text(s, 'key')],
    ['luminus.meetings', luminus.meetings as Entries, (m) => text(m, 'id')],
  ],
  references: [
    ['luminus.staff', luminus.staff as Entries, 'moduleId', luminus.modules, 'LumiNUS module'],
    ['luminus.staff', luminus.staff as Entries, 'userId', luminus.users, 'LumiNUS user'],
    ['luminus.subscriptions', luminus.subscriptions as Entries, 'userId', luminus.users, 'LumiNUS user'],
    ['luminus.meetings', luminus.meetings as Entries, 'moduleId', luminus.modules, 'LumiNUS module'],
    ['luminus.meetings', luminus.meetings as Entries, 'creatorID', luminus.users, 'LumiNUS user'],
  ],
})

export const luminus: ServiceModule<'luminus'> = {
  name: 'luminus',
  title: 'LumiNUS',
  key: 'luminus',
  options: { field: 'luminus', defaults: {} },
  owns: (path) => path.startsWith('/zoom/'),
  claim(c) {
    const key = requestHeader(c, 'ocp-apim-subscription-key') ?? c.req.query('subscription-key')
    return key === undefined
      ? undefined
      : { key: `luminus ${key}`, owns: (w) => w.store.luminus.subscriptions.has(key) }
  },
  createState: createLuminusState,
  stateRules,
  secretKeyed: ['subscriptions', 'rateLimitWindows'],
  credentialsIn: (state) => [...state.subscriptions.keys()].map((key) => `LumiNUS subscription key ${key}`),
  freshCredentials: () => ({ subscriptionKey: token(24), studentKey: token(24) }),
  routes: luminusRoutes,
  errorResponse,
  exposedHeaders: ['Retry-After'],
  dashboard: { Credentials: LuminusCredentials, Panels: LuminusPanels, docsScripts: [luminusDocsClient] },
}
