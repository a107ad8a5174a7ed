/** @module Webhook subscriptions of a world (an app's event subscriptions): checked input, the stored record, its public view. */
import { isIP } from 'node:net'
import { token } from '../../../../src/ids.js'
import { formatGmt } from '../../../../src/zoom/time.js'
import { badInput, ControlError, isRecord, onlyKeys } from '../../../control/errors.js'
import type { World } from '../../../core/world.js'
import { zoomOptionsOf } from '../options.js'
import type { ZoomWebhookSubscription } from '../state.js'

/** Every event the emulator sends: from state changes, and (meeting.started … recording.completed, webinar.started … participant_left) from what the clock makes happen. */
export const ZOOM_WEBHOOK_EVENTS = [
  'meeting.created',
  'meeting.updated',
  'meeting.deleted',
  'user.created',
  'user.updated',
  'user.deleted',
  'meeting.started',
  'meeting.ended',
  'meeting.participant_joined',
  'meeting.participant_left',
  'recording.completed',
  'meeting.registration_created',
  'meeting.registration_approved',
  'meeting.registration_denied',
  'meeting.registration_cancelled',
  'webinar.registration_created',
  'webinar.registration_approved',
  'webinar.registration_denied',
  'webinar.registration_cancelled',
  'recording.trashed',
  'recording.deleted',
  'recording.recovered',
  'webinar.created',
  'webinar.updated',
  'webinar.deleted',
  'webinar.started',
  'webinar.ended',
  'webinar.participant_joined',
  'webinar.participant_left',
] as const

/** Zoom's limit of event subscriptions per app (developers.zoom.us/docs/api/webhooks). */
const MAX_SUBSCRIPTIONS = 20

/** The `url` of a subscription to a callback in the emulator's process that named no URL. */
export const IN_PROCESS_URL = 'in-process'

/** What a callback subscriber is: it gets the signed request and answers as the endpoint would. */
export type WebhookReceiver = (request: Request) => Response | Promise<Response>

/** A subscription as answers show it: everything but the secret token. */
export type SubscriptionView = Omit<ZoomWebhookSubscription, 'secretToken'>

export const subscriptionView = ({ secretToken: _, ...view }: ZoomWebhookSubscription): SubscriptionView =>
  structuredClone(view)

export interface SubscriptionInput {
  /** An http(s) URL; with `receiver`, the URL its requests are addressed to (`in-process` when left out). */
  url?: string
  /** Gets each signed request instead of the network: an app's `fetch` (Hono's `app.fetch`) will do. */
  receiver?: WebhookReceiver
  secretToken: string
  events: readonly string[]
}

const isLoopback = (host: string): boolean => {
  const bare = host.replace(/^\[|\]$/g, '')
  if (bare === 'localhost' || bare === '::1') return true
  return isIP(bare) === 4 && bare.startsWith('127.')
}

/** The URL, or a 400: http(s), and loopback unless `allowHosts` names its host (or is `*`). */
export function checkedTarget(value: unknown, allowHosts: readonly string[]): string {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    throw badInput(`url must be an http(s) URL, not ${JSON.stringify(value)}.`)
  }
  if (typeof value !== 'string' || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw badInput(`url must be an http(s) URL, not ${JSON.stringify(value)}.`)
  const host = url.hostname.toLowerCase()
  if (!isLoopback(host) && !allowHosts.includes('*') && !allowHosts.includes(host))
    throw badInput(
      `url's host ${host} is not loopback (127.0.0.0/8, ::1, localhost): allow it with the option zoom.webhookAllowHosts (--webhook-allow-host ${host}).`,
    )
  return url.href
}

function checkedEvents(value: unknown): string[] {
  const known: readonly string[] = ZOOM_WEBHOOK_EVENTS
  if (!Array.isArray(value) || value.length === 0)
    throw badInput(`events must be a non-empty list of event names: ${known.join(', ')}.`)
  const unknown = value.find((event) => typeof event !== 'string' || !known.includes(event))
  if (unknown !== undefined)
    throw badInput(
      `events: ${JSON.stringify(unknown)} is not an event the emulator sends (${known.join(', ')}).`,
    )
  return [...new Set(value as string[])]
}

function checkedSecret(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256)
    throw badInput('secretToken must be a string of 1 to 256 characters (the app\'s "Secret Token").')
  return value
}

/** A new subscription from JSON (or in-process input), or a 400 saying what to fix; nothing stored yet. */
export function newSubscription(input: unknown, world: World): ZoomWebhookSubscription {
  if (!isRecord(input))
    throw badInput(
      'A subscription must be an object like {"url":"http://127.0.0.1:3000/zoom","secretToken":"...","events":["meeting.created"]}.',
    )
  onlyKeys(input, ['url', 'secretToken', 'events', 'receiver'], 'subscription')
  const callback = typeof input.receiver === 'function'
  if (!callback && input.url === undefined)
    throw badInput('A subscription needs "url" (or, in process, a "receiver" function).')
  const url =
    callback && input.url === undefined
      ? IN_PROCESS_URL
      : checkedTarget(input.url, zoomOptionsOf(world).webhookAllowHosts)
  const secretToken = checkedSecret(input.secretToken)
  const events = checkedEvents(input.events)
  if (world.store.zoom.webhooks.size >= MAX_SUBSCRIPTIONS)
    throw badInput(
      `A world holds at most ${MAX_SUBSCRIPTIONS} subscriptions, as Zoom allows an app; delete one first.`,
    )
  return {
    id: `wh_${token(12)}`,
    url,
    secretToken,
    events,
    status: 'pending',
    createdAt: formatGmt(world.clock.now()),
  }
}

export const unknownSubscription = (id: string) =>
  new ControlError(404, `No webhook subscription "${id}" in this world: GET /__emulator/webhooks lists them.`)
