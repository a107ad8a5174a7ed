/**
 * @module A world's webhook deliveries: a bounded queue ordered by emulator time, worked one
 * attempt at a time off every request path; retries and URL re-validation fall due on the clock.
 */
import { token } from '../../../../src/ids.js'
import { formatGmt } from '../../../../src/zoom/time.js'
import { REDACTED } from '../../../core/redaction.js'
import type { World } from '../../../core/world.js'
import { zoomOptionsOf } from '../options.js'
import type { ZoomState, ZoomWebhookSubscription } from '../state.js'
import { type Answer, encryptedToken, send } from './delivery.js'
import { IN_PROCESS_URL, type WebhookReceiver } from './subscriptions.js'

export const VALIDATION_EVENT = 'endpoint.url_validation'

/**
 * The clock's now to the whole second: the time of events and challenges made now. What the clock
 * makes happen (a start, an end, an end now) is in the instance's whole-second times, so events
 * stamped so stay in time order with them.
 */
export const eventNow = (world: World): number => Math.floor(world.clock.now() / 1000) * 1000

const MINUTE = 60_000
/** Zoom's retries: 5 minutes after the first attempt, 20 after the first retry, 60 after the second (devsupport.zoom.us, "Webhook delays"). */
const RETRY_GAPS_MS: readonly number[] = [5 * MINUTE, 20 * MINUTE, 60 * MINUTE]
/** Zoom validates an endpoint again every 72 hours. */
const REVALIDATION_MS = 72 * 60 * MINUTE
/** Pending attempts a world holds; past it the oldest pending event is dropped (and logged). */
const MAX_PENDING = 1000
/** Attempts the deliveries log keeps, newest last. */
const MAX_LOGGED = 500
/** Wall-clock ms between looks at the clock while a world has subscriptions. */
const TICK_MS = 1000

interface Pending {
  seq: number
  /** Emulator ms: when this attempt is due. */
  dueAt: number
  subscriptionId: string
  event: string
  /** 1 for the first attempt, up to 4. */
  attempt: number
  /** The JSON sent (the same bytes on every retry); built at send time for a validation. */
  body?: string
}

/** One attempt, as `GET /__emulator/webhooks/deliveries` shows it. */
export interface DeliveryRecord {
  id: string
  event: string
  subscriptionId: string
  target: string
  attempt: number
  /** When it was due on the emulator clock, and when it was made (later, when the clock jumped past it). */
  dueAt: string
  sentAt: string
  outcome: 'delivered' | 'failed' | 'skipped' | 'dropped'
  status?: number
  error?: string
  fault?: string
  durationMs: number
  nextRetryAt?: string
  body: string
}

/** A recording event's `download_token` downloads its files: the log shows it redacted, as the journal would. */
const DOWNLOAD_TOKEN = /"download_token":"[^"]*"/
const iso = (ms: number) => new Date(ms).toISOString()
const ok = (answer: Answer) => answer.status !== undefined && answer.status >= 200 && answer.status < 300

export class WebhookDispatcher {
  readonly #queue: Pending[] = []
  readonly #log: DeliveryRecord[] = []
  readonly receivers = new Map<string, WebhookReceiver>()
  readonly #stop = new AbortController()
  #seq = 0
  #logged = 0
  #working: Promise<void> | undefined
  #tick: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly world: World,
    private readonly state: ZoomState,
  ) {}

  /** Whether the world still holds this dispatcher's state and nobody stopped it. */
  get live(): boolean {
    return !this.#stop.signal.aborted && this.world.store.zoom === this.state
  }

  deliveries(): DeliveryRecord[] {
    return structuredClone(this.#log)
  }

  /** Queues an attempt in emulator-time order; a full queue drops its oldest pending event. */
  enqueue(item: Omit<Pending, 'seq'>): void {
    const pending = { ...item, seq: this.#seq++ }
    const at = this.#queue.findIndex((p) => p.dueAt > pending.dueAt)
    this.#queue.splice(at === -1 ? this.#queue.length : at, 0, pending)
    if (this.#queue.length > MAX_PENDING) this.#dropOldest()
    this.#keepTicking()
  }

  /** Works whatever is due, after the caller's own code has run (never within a request's answer). */
  kick(): void {
    const [first] = this.#queue
    if (this.#working || !this.live || !first || first.dueAt > this.world.clock.now()) return
    this.#working = Promise.resolve().then(async () => {
      try {
        for (let next = this.#due(); next; next = this.#due())
          await this.#attempt(next).catch(this.#fault(next))
      } finally {
        this.#working = undefined
      }
    })
  }

  /** Resolves once nothing is due on the clock and no attempt is under way. */
  async idle(): Promise<void> {
    for (this.kick(); this.#working; this.kick()) await this.#working
  }

  stop(): void {
    this.#stop.abort()
    this.#queue.length = 0
    clearInterval(this.#tick)
    this.#tick = undefined
  }

  /** A fault of the emulator's own in an attempt: logged as the attempt's error, so the queue goes on. */
  #fault(item: Pending) {
    return (error: unknown) =>
      this.#record(
        item,
        this.state.webhooks.get(item.subscriptionId)?.url ?? '',
        { durationMs: 0, error: `emulator fault: ${String(error)}` },
        'failed',
      )
  }

  #due(): Pending | undefined {
    const [first] = this.#queue
    if (!this.live || !first || first.dueAt > this.world.clock.now()) return undefined
    return this.#queue.shift()
  }

  #keepTicking(): void {
    if (this.#tick || !this.live) return
    this.#tick = setInterval(() => {
      if (!this.live || this.state.webhooks.size === 0) {
        clearInterval(this.#tick)
        this.#tick = undefined
      } else this.world.settle()
    }, TICK_MS)
    this.#tick.unref?.()
  }

  #dropOldest(): void {
    const oldest = this.#queue.reduce<Pending | undefined>(
      (found, p) => (p.event !== VALIDATION_EVENT && (!found || p.seq < found.seq) ? p : found),
      undefined,
    )
    if (!oldest) return
    this.#queue.splice(this.#queue.indexOf(oldest), 1)
    const target = this.state.webhooks.get(oldest.subscriptionId)?.url ?? ''
    this.#record(oldest, target, { durationMs: 0, error: `queue full (${MAX_PENDING} pending)` }, 'dropped')
  }

  async #attempt(item: Pending): Promise<void> {
    const subscription = this.state.webhooks.get(item.subscriptionId)
    if (!subscription) return
    if (item.event === VALIDATION_EVENT) return this.#validate(item, subscription)
    const body = item.body ?? ''
    if (subscription.status === 'failed') {
      const error = 'the subscription failed URL validation'
      this.#record({ ...item, body }, subscription.url, { durationMs: 0, error }, 'skipped')
      return
    }
    const { answer, fault } = await this.#send(subscription, body)
    if (!this.live) return
    const retry = item.attempt <= RETRY_GAPS_MS.length && !ok(answer)
    const nextDue = item.dueAt + (RETRY_GAPS_MS[item.attempt - 1] ?? 0)
    this.#record({ ...item, body }, subscription.url, answer, ok(answer) ? 'delivered' : 'failed', {
      ...(fault ? { fault } : {}),
      ...(retry ? { nextRetryAt: iso(nextDue) } : {}),
    })
    if (retry) this.enqueue({ ...item, dueAt: nextDue, attempt: item.attempt + 1 })
  }

  async #validate(item: Pending, subscription: ZoomWebhookSubscription): Promise<void> {
    const plainToken = token(16)
    const body = JSON.stringify({ payload: { plainToken }, event_ts: item.dueAt, event: VALIDATION_EVENT })
    const { answer, fault } = await this.#send(subscription, body)
    if (!this.live) return
    const expected = encryptedToken(subscription.secretToken, plainToken)
    const valid = answer.status === 200 && answeredChallenge(answer.text, plainToken, expected)
    const error =
      answer.error ??
      (valid ? undefined : 'the answer is not 200 {"plainToken","encryptedToken"} for this secret token')
    this.#record(
      { ...item, body },
      subscription.url,
      { ...answer, ...(error ? { error } : {}) },
      valid ? 'delivered' : 'failed',
      fault ? { fault } : {},
    )
    const current = this.state.webhooks.get(subscription.id)
    if (!current) return
    const now = formatGmt(this.world.clock.now())
    this.state.webhooks.set(
      subscription.id,
      valid ? { ...current, status: 'validated', validatedAt: now } : { ...current, status: 'failed' },
    )
    if (valid) this.enqueue({ ...item, dueAt: item.dueAt + REVALIDATION_MS })
  }

  /** The request through the world's fault rules for `zoom-webhook` (drop: not sent; delay: wall ms first; response: taken as the answer). */
  async #send(
    subscription: ZoomWebhookSubscription,
    body: string,
  ): Promise<{ answer: Answer; fault?: string }> {
    const path = subscription.url.startsWith('http') ? new URL(subscription.url).pathname : '/'
    const rule = this.world.faults.fire('zoom-webhook', 'POST', path)
    if (rule?.delayMs) await new Promise((done) => setTimeout(done, rule.delayMs))
    if (rule?.drop) return { answer: { error: `dropped by fault ${rule.id}`, durationMs: 0 }, fault: rule.id }
    if (rule?.response) return { answer: { status: rule.response.status, durationMs: 0 }, fault: rule.id }
    const receiver = this.receivers.get(subscription.id)
    if (subscription.url === IN_PROCESS_URL && !receiver)
      return {
        answer: { error: 'no in-process receiver (it does not survive a state import)', durationMs: 0 },
      }
    const answer = await send({
      url: subscription.url,
      ...(receiver ? { receiver } : {}),
      secretToken: subscription.secretToken,
      body,
      timestamp: Math.floor(this.world.clock.now() / 1000),
      timeoutMs: zoomOptionsOf(this.world).webhookTimeoutMs,
      stop: this.#stop.signal,
    })
    return { answer, ...(rule ? { fault: rule.id } : {}) }
  }

  #record(
    item: Pending & { body?: string },
    target: string,
    answer: Answer,
    outcome: DeliveryRecord['outcome'],
    extra: Partial<DeliveryRecord> = {},
  ): void {
    this.#log.push({
      id: `delivery-${++this.#logged}`,
      event: item.event,
      subscriptionId: item.subscriptionId,
      target,
      attempt: item.attempt,
      dueAt: iso(item.dueAt),
      sentAt: iso(this.world.clock.now()),
      outcome,
      ...(answer.status === undefined ? {} : { status: answer.status }),
      ...(answer.error === undefined ? {} : { error: answer.error }),
      durationMs: answer.durationMs,
      ...extra,
      body: (item.body ?? '').replace(DOWNLOAD_TOKEN, `"download_token":"${REDACTED}"`),
    })
    if (this.#log.length > MAX_LOGGED) this.#log.shift()
  }
}

function answeredChallenge(text: string | undefined, plainToken: string, expected: string): boolean {
  try {
    const answer = JSON.parse(text ?? '') as { plainToken?: unknown; encryptedToken?: unknown }
    return answer.plainToken === plainToken && answer.encryptedToken === expected
  } catch {
    return false
  }
}

const DISPATCHER = Symbol('webhook dispatcher')
type WithDispatcher = ZoomState & { [DISPATCHER]?: WebhookDispatcher }

/**
 * The world's dispatcher, made with its current Zoom state (a reset or import brings a fresh one).
 * Subscriptions the state came with (a snapshot, a seed) are validated now if pending, again 72
 * hours after their last validation otherwise.
 */
export function dispatcherOf(world: World): WebhookDispatcher {
  const state = world.store.zoom as WithDispatcher
  const existing = state[DISPATCHER]
  if (existing) return existing
  const dispatcher = new WebhookDispatcher(world, state)
  Object.defineProperty(state, DISPATCHER, { value: dispatcher, enumerable: false })
  for (const { id, status, validatedAt } of state.webhooks.values()) {
    if (status === 'failed') continue
    const dueAt = validatedAt === undefined ? eventNow(world) : Date.parse(validatedAt) + REVALIDATION_MS
    dispatcher.enqueue({ dueAt, subscriptionId: id, event: VALIDATION_EVENT, attempt: 1 })
  }
  return dispatcher
}

/** The dispatcher if the world's Zoom state has one, without making one. */
export const existingDispatcher = (world: World): WebhookDispatcher | undefined =>
  (world.store.zoom as WithDispatcher)[DISPATCHER]
