/** @module The Zoom REST API v2 and OAuth service: its descriptor for the core. */
import { type Context, Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { token } from '../../../src/ids.js'
import type { Env, ServiceOptions } from '../../core/context.js'
import { requestHeader } from '../../core/http-headers.js'
import { basicCredentials, bearerToken, jwtIssuer } from '../../core/lib/http-auth.js'
import { PipelineFailure } from '../../core/pipeline/errors.js'
import type { Entity, Entries, ServiceModule, StateRules } from '../../core/service.js'
import type { Store } from '../../core/store.js'
import type { World } from '../../core/world.js'
import { zoomDocsClient } from './client-docs.js'
import { ZoomCredentials, ZoomPanels } from './dashboard.js'
import { OAuthError, oauthErrorBody, ZoomError, zoomErrorBody } from './errors.js'
import { settleHappenings } from './happenings.js'
import { happeningControlRoutes } from './happenings-control.js'
import { ZOOM_OPTION_DEFAULTS } from './options.js'
import {
  holdsRecordingToken,
  isRecordingDelay,
  MAX_RECORDING_DELAY_MINUTES,
  recordingFileToken,
} from './recording-access.js'
import { zoomRoutes } from './routes.js'
import { createZoomState, ZOOM_PLANS } from './state.js'
import { trackingId } from './tracking.js'
import { routedZoomPath } from './uuid-path.js'
import { dispatcherOf, existingDispatcher } from './webhooks/dispatcher.js'
import { webhookControlRoutes } from './webhooks/webhook-control.js'

const accounts = (world: World) => [...world.store.zoom.accounts.values()]
const someAccount = (world: World, test: (account: { clientId: string; jwtKey: string }) => boolean) =>
  accounts(world).some(test)

/** The token endpoint's own error shape, `{error, reason}`, for the bodies it refuses. */
const isTokenEndpoint = (c: Context<Env>) => c.req.path.startsWith('/oauth/')
/** A recording file's download or play URL, which also takes its token as the `access_token` query parameter. */
const isRecordingFile = (c: Context<Env>) => c.req.path.startsWith('/rec/')

function errorResponse(error: unknown, c: Context<Env>): Response {
  if (error instanceof ZoomError)
    return c.json(zoomErrorBody(error), error.status as ContentfulStatusCode, error.headers ?? {})
  if (error instanceof OAuthError) return c.json(oauthErrorBody(error), error.status)
  if (error instanceof PipelineFailure) {
    const headers = { 'x-zm-trackingid': trackingId(), ...error.headers }
    if (isTokenEndpoint(c) && (error.status === 413 || error.status === 415))
      return c.json(
        oauthErrorBody(new OAuthError(error.status, 'invalid_request', error.message)),
        error.status,
        headers,
      )
    return c.json({ code: error.status, message: error.message }, error.status, headers)
  }
  return c.json(
    { code: 500, message: `Emulator fault: ${error instanceof Error ? error.message : String(error)}` },
    500,
  )
}

const id = (entity: Entity) => String(entity.id)

/** References to what a running emulator never deletes: accounts, and users with their meetings. */
const stateRules = ({ zoom }: Store): StateRules => ({
  ownKeys: [
    ['zoom.accounts', zoom.accounts as Entries, id],
    ['zoom.users', zoom.users as Entries, id],
    ['zoom.meetings', zoom.meetings as Entries, id],
    ['zoom.webinars', zoom.webinars as Entries, id],
    ['zoom.registrants', zoom.registrants as Entries, id],
    ['zoom.groups', zoom.groups as Entries, id],
    ['zoom.trackingFields', zoom.trackingFields as Entries, id],
    ['zoom.assistants', zoom.assistants as Entries, (a) => `${a.user_id}|${a.assistant_id}`],
  ],
  references: [
    ['zoom.users', zoom.users as Entries, 'account_id', zoom.accounts, 'Zoom account'],
    ['zoom.meetings', zoom.meetings as Entries, 'host_id', zoom.users, 'Zoom user'],
    ['zoom.webinars', zoom.webinars as Entries, 'host_id', zoom.users, 'Zoom user'],
    ['zoom.tokens', zoom.tokens as Entries, 'accountId', zoom.accounts, 'Zoom account'],
    ['zoom.recordingTokens', zoom.recordingTokens as Entries, 'accountId', zoom.accounts, 'Zoom account'],
    ['zoom.recordingTokens', zoom.recordingTokens as Entries, 'instance', zoom.instances, 'Zoom instance'],
    ['zoom.groups', zoom.groups as Entries, 'account_id', zoom.accounts, 'Zoom account'],
    ['zoom.trackingFields', zoom.trackingFields as Entries, 'account_id', zoom.accounts, 'Zoom account'],
    ['zoom.assistants', zoom.assistants as Entries, 'user_id', zoom.users, 'Zoom user'],
    ['zoom.assistants', zoom.assistants as Entries, 'assistant_id', zoom.users, 'Zoom user'],
  ],
})

export const zoom: ServiceModule<'zoom'> = {
  name: 'zoom',
  title: 'Zoom REST API v2',
  key: 'zoom',
  options: {
    field: 'zoom',
    defaults: ZOOM_OPTION_DEFAULTS,
    check({ plan, webhookTimeoutMs, webhookAllowHosts, recordingDelayMinutes }: ServiceOptions['zoom']) {
      if (!ZOOM_PLANS.includes(plan))
        throw new RangeError(`zoom.plan must be one of ${ZOOM_PLANS.join(', ')}, not ${JSON.stringify(plan)}`)
      if (!Number.isInteger(webhookTimeoutMs) || webhookTimeoutMs < 1 || webhookTimeoutMs > 300_000)
        throw new RangeError(
          `zoom.webhookTimeoutMs must be a whole number of ms from 1 to 300000, not ${JSON.stringify(webhookTimeoutMs)}`,
        )
      if (
        !Array.isArray(webhookAllowHosts) ||
        webhookAllowHosts.some((host) => typeof host !== 'string' || host === '')
      )
        throw new RangeError(
          `zoom.webhookAllowHosts must be a list of host names (or "*"), not ${JSON.stringify(webhookAllowHosts)}`,
        )
      if (!isRecordingDelay(recordingDelayMinutes))
        throw new RangeError(
          `zoom.recordingDelayMinutes must be a whole number from 0 to ${MAX_RECORDING_DELAY_MINUTES}, not ${JSON.stringify(recordingDelayMinutes)}`,
        )
    },
  },
  owns: (path) =>
    path.startsWith('/v2/') || path === '/v2' || path.startsWith('/oauth/') || path.startsWith('/rec/'),
  claim(c) {
    const authorization = requestHeader(c, 'authorization')
    if (isTokenEndpoint(c)) {
      const clientId = basicCredentials(authorization)?.user
      return clientId === undefined
        ? undefined
        : { key: `zoom client ${clientId}`, owns: (w) => someAccount(w, (a) => a.clientId === clientId) }
    }
    if (isRecordingFile(c)) {
      const held = recordingFileToken(authorization, c.req.query('access_token'))
      return held === undefined
        ? undefined
        : { key: `zoom token ${held}`, owns: (w) => holdsRecordingToken(w.store.zoom, held) }
    }
    const bearer = bearerToken(authorization)
    if (!bearer) return undefined
    const issuer = jwtIssuer(bearer)
    return issuer === undefined
      ? { key: `zoom token ${bearer}`, owns: (w) => w.store.zoom.tokens.has(bearer) }
      : { key: `zoom jwt ${issuer}`, owns: (w) => someAccount(w, (a) => a.jwtKey === issuer) }
  },
  createState: createZoomState,
  stateRules,
  secretKeyed: ['tokens', 'recordingTokens'],
  credentialsIn: (state) =>
    [...state.accounts.values()].flatMap((account) => [
      `Zoom client id ${account.clientId}`,
      `Zoom JWT key ${account.jwtKey}`,
    ]),
  freshCredentials: () => ({
    accountId: token(16),
    clientId: token(16),
    clientSecret: token(24),
    jwtKey: token(16),
    jwtSecret: token(24),
  }),
  routes: zoomRoutes,
  controlRoutes: (ctx) =>
    new Hono<Env>().route('/', happeningControlRoutes(ctx)).route('/', webhookControlRoutes(ctx)),
  outboundNames: ['zoom-webhook'],
  settle: (world) => {
    settleHappenings(world)
    if (world.store.zoom.webhooks.size > 0) dispatcherOf(world).kick()
  },
  dispose: (world) => existingDispatcher(world)?.stop(),
  routingPath: routedZoomPath,
  errorResponse,
  exposedHeaders: [
    'x-zm-trackingid',
    'Retry-After',
    'X-RateLimit-Category',
    'X-RateLimit-Type',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
  ],
  dashboard: { Credentials: ZoomCredentials, Panels: ZoomPanels, docsScripts: [zoomDocsClient] },
}
