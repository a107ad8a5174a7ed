/** @module One webhook request as Zoom sends it: signed (`x-zm-signature`), posted to a URL or handed to a callback, answered within the timeout or failed. */
import { createHmac } from 'node:crypto'
import { trackingId } from '../tracking.js'
import type { WebhookReceiver } from './subscriptions.js'

/** Zoom's webhook client, as its requests name it (zoom/webhook-sample's logged headers). */
const ZOOM_WEBHOOK_USER_AGENT = 'Zoom Marketplace/1.0a'

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` keyed with the secret token. */
const webhookSignature = (secretToken: string, timestamp: number, body: string): string =>
  `v0=${createHmac('sha256', secretToken).update(`v0:${timestamp}:${body}`).digest('hex')}`

/** What the endpoint must answer to `endpoint.url_validation`: hex HMAC-SHA256 of the plain token. */
export const encryptedToken = (secretToken: string, plainToken: string): string =>
  createHmac('sha256', secretToken).update(plainToken).digest('hex')

export interface Outgoing {
  url: string
  /** Set for an in-process subscriber: it gets the request instead of the network. */
  receiver?: WebhookReceiver
  secretToken: string
  body: string
  /** Seconds since the epoch, on the emulator clock. */
  timestamp: number
  timeoutMs: number
  /** Aborts the request when the world is reset or deleted. */
  stop: AbortSignal
}

export interface Answer {
  /** The receiver's status, when it answered in time. */
  status?: number
  /** `timeout`, `refused`, `stopped`, or what else kept an answer from arriving. */
  error?: string
  /** The answer's body, read within the timeout. */
  text?: string
  durationMs: number
}

function signedRequest({ url, secretToken, body, timestamp }: Outgoing, signal: AbortSignal): Request {
  const target = url.startsWith('http') ? url : 'http://in-process.invalid/'
  return new Request(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': ZOOM_WEBHOOK_USER_AGENT,
      'x-zm-request-timestamp': String(timestamp),
      'x-zm-signature': webhookSignature(secretToken, timestamp, body),
      'x-zm-trackingid': trackingId(),
    },
    body,
    redirect: 'manual',
    signal,
  })
}

function failure(error: unknown, timedOut: boolean, stopped: boolean): string {
  if (stopped) return 'stopped'
  if (timedOut) return 'timeout'
  const cause = (error as { cause?: { code?: string } }).cause
  if (cause?.code === 'ECONNREFUSED') return 'refused'
  return cause?.code ?? (error instanceof Error ? error.message : String(error))
}

/** Sends one request and waits for its answer (status and body) for at most `timeoutMs` of wall time. */
export async function send(outgoing: Outgoing): Promise<Answer> {
  const started = performance.now()
  const timeout = AbortSignal.timeout(outgoing.timeoutMs)
  const signal = AbortSignal.any([timeout, outgoing.stop])
  const request = signedRequest(outgoing, signal)
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => {})
  try {
    const response = await Promise.race([
      outgoing.receiver ? Promise.resolve(outgoing.receiver(request)) : fetch(request),
      aborted,
    ])
    const text = await Promise.race([response.text(), aborted])
    return { status: response.status, text, durationMs: elapsed(started) }
  } catch (error) {
    return { error: failure(error, timeout.aborted, outgoing.stop.aborted), durationMs: elapsed(started) }
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started)
