/** @module The command line's webhooks (`--webhook`, `--webhook-secret`): subscriptions to every event that each world starts with, and returns to on reset. */
import { token } from '../src/ids.js'
import { formatGmt } from '../src/zoom/time.js'
import { ControlError } from './control/errors.js'
import type { Seed } from './core/world.js'
import { seedDemo } from './seed/demo.js'
import type { ServerOptions } from './server.js'
import type { ZoomWebhookSubscription } from './services/zoom/state.js'
import { checkedTarget, ZOOM_WEBHOOK_EVENTS } from './services/zoom/webhooks/subscriptions.js'

export interface CliWebhooks {
  urls: string[]
  secretToken: string
  /** The secret was made up (no `--webhook-secret`): the command prints it once, at start. */
  generated: boolean
}

/** The URLs checked as POST /__emulator/webhooks checks them; throws `fail(message)` for the first wrong one. */
export function cliWebhooks(
  urls: string[],
  secret: string | undefined,
  allowHosts: string[],
  fail: (message: string) => Error,
): CliWebhooks | undefined {
  if (urls.length === 0) {
    if (secret !== undefined) throw fail('--webhook-secret needs at least one --webhook <url>')
    return undefined
  }
  const checked = urls.map((url) => {
    try {
      return checkedTarget(url, allowHosts)
    } catch (error) {
      throw error instanceof ControlError ? fail(`--webhook ${url}: ${error.message}`) : error
    }
  })
  if (secret === '') throw fail('--webhook-secret needs a value')
  return { urls: checked, secretToken: secret ?? token(16), generated: secret === undefined }
}

const subscriptions = ({ urls, secretToken }: CliWebhooks, now: number): ZoomWebhookSubscription[] =>
  urls.map((url, i) => ({
    id: `wh_cli_${i + 1}`,
    url,
    secretToken,
    events: [...ZOOM_WEBHOOK_EVENTS],
    status: 'pending',
    createdAt: formatGmt(now),
  }))

/** The server options with the subscriptions in what each world starts from: the `--seed` snapshot, or the seed. */
export function withCliWebhooks(options: ServerOptions, webhooks: CliWebhooks): ServerOptions {
  if (options.state) {
    const state = structuredClone(options.state)
    const now = state.clock?.now ? Date.parse(state.clock.now) : Date.now()
    const added = Object.fromEntries(subscriptions(webhooks, now).map((s) => [s.id, s]))
    state.zoom = { ...state.zoom, webhooks: { ...state.zoom?.webhooks, ...added } }
    return { ...options, state }
  }
  const seed: Seed = options.seed ?? seedDemo
  return {
    ...options,
    seed: (store, now, credentials) => {
      seed(store, now, credentials)
      for (const s of subscriptions(webhooks, now)) store.zoom.webhooks.set(s.id, s)
    },
  }
}
