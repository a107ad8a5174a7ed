/** @module The control middleware around the service routes: journal (outermost), latency, then faults. */
import type { Context, MiddlewareHandler, Next } from 'hono'
import { capturedExchange, headerValue, noteWrittenAnswers } from '../capture.js'
import type { Env } from '../context.js'
import { dropFaultOf, droppedResponse } from '../drop.js'
import type { FaultRule } from '../faults.js'
import { describeRequest, type JournalEntry, type RecordedRequest } from '../journal.js'
import { searchOf } from '../lib/request-url.js'
import type { EmulatedService } from '../match.js'

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

const emulatedService = (service: string | undefined): EmulatedService | undefined =>
  service === undefined || service === 'control' ? undefined : (service as EmulatedService)

/** What one request looked like, for the log (no headers, no bodies); `journaled` says whether it went into its world's journal. */
export interface RequestLog extends Omit<JournalEntry, 'id' | 'service' | 'request' | 'response'> {
  service: EmulatedService | 'control' | null
  journaled: boolean
}

export interface JournalOptions {
  /** Called once per request, control calls included, after it is answered. */
  onRequest?: (log: RequestLog) => void
}

/** A request of one of the emulated services: the journal's. */
const isServiceRequest = (
  request: RecordedRequest<EmulatedService | 'control' | null>,
): request is RecordedRequest => request.service !== null && request.service !== 'control'

/** Records every service request in its world's journal, with headers and bodies; control calls and unknown paths are only logged. */
export function journal({ onRequest }: JournalOptions = {}): MiddlewareHandler<Env> {
  return async function journal(c, next) {
    const started = performance.now()
    const written = emulatedService(c.get('service')) ? noteWrittenAnswers(c) : {}
    await next()
    const service = emulatedService(c.get('service'))
    if (!service && !onRequest) return
    const world = c.get('world')
    const dropped = dropFaultOf(c.res) !== undefined
    const at = world.clock.now()
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000
    const exchange = service ? capturedExchange(c, dropped, written) : undefined
    const captured = exchange instanceof Promise ? await exchange : exchange
    // Built once, with every field present, for the journal and the log alike.
    const request: RecordedRequest<EmulatedService | 'control' | null> = {
      at,
      sandbox: world.id,
      service: service ?? c.get('service') ?? null,
      method: c.req.method,
      path: c.req.path,
      search: searchOf(c.req.url),
      status: dropped ? 0 : c.res.status,
      durationMs,
      auth: c.get('auth') ?? null,
      diagnostic: captured
        ? headerValue(captured.responseHeaders, 'x-emulator-diagnostic')
        : (c.res.headers.get('x-emulator-diagnostic') ?? undefined),
      fault: c.get('fault'),
    }
    if (captured && isServiceRequest(request)) world.journal.record(request, captured)
    onRequest?.({ ...describeRequest(request), journaled: service !== undefined })
  }
}

/** Delays every service request by the same wall-clock time (`--latency`). */
export function latency(ms: number): MiddlewareHandler<Env> {
  return async function latency(c, next) {
    if (emulatedService(c.get('service'))) await sleep(ms)
    await next()
  }
}

/** Lets the world's first firing fault rule answer, delay or drop a service request; without one, no extra step. */
export function faultInjection(): MiddlewareHandler<Env> {
  return function faultInjection(c, next) {
    const service = emulatedService(c.get('service'))
    const rule = service && c.get('world').faults.fire(service, c.req.method, c.req.path)
    return rule ? applyFault(c, next, rule) : next()
  }
}

async function applyFault(c: Context<Env>, next: Next, rule: FaultRule) {
  c.set('fault', rule.id)
  if (rule.delayMs) await sleep(rule.delayMs)
  if (rule.drop) return droppedResponse(rule.id)
  if (!rule.response) return next()
  const { status, body, headers = {} } = rule.response
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body)
  const responseHeaders = new Headers()
  if (text !== null)
    responseHeaders.set(
      'content-type',
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    )
  for (const [name, value] of Object.entries(headers)) responseHeaders.set(name, value)
  responseHeaders.set('x-emulator-fault', rule.id)
  return new Response(text, { status, headers: responseHeaders })
}
