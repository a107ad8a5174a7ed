/** @module The request journal: a bounded ring buffer of what each world was asked and answered, never a secret. */

import { badInput } from '../control/errors.js'
import { bodyFilterFromQuery, bodyMatches, parseBodyFilter } from './body-match.js'
import {
  type CapturedExchange,
  describeExchange,
  exchangeBytes,
  type JournalExchange,
  type JsonValue,
  requestBodyView,
} from './exchange.js'
import {
  type EmulatedService,
  matches,
  parseMethod,
  parsePath,
  parseService,
  type RequestMatch,
} from './match.js'
import { redactedQuery } from './redaction.js'
import type { AuthVerdict } from './request-tags.js'

export interface JournalEntry extends JournalExchange {
  /** Increases by one per request the world journals, so a gap after `DELETE` or eviction shows. */
  id: number
  /** On the world's clock. */
  time: string
  /** `default` or the sandbox id. */
  sandbox: string
  service: EmulatedService
  method: string
  path: string
  /** Values of parameters that carry a secret are replaced by `[redacted]`; a repeated parameter is an array. */
  query: Record<string, string | string[]>
  /** 0 when a fault dropped the connection. */
  status: number
  durationMs: number
  /** How the service judged the credentials; null when its auth middleware set no verdict. */
  auth: AuthVerdict | null
  /** The response's `x-emulator-diagnostic` header, if any. */
  diagnostic?: string
  /** The fault rule that answered, delayed or dropped this request. */
  fault?: string
}

/** A request as the middleware records it, cheap to build: `time` and `query` are derived when the journal is read. */
export interface RecordedRequest<S = EmulatedService>
  extends Omit<JournalEntry, 'id' | 'time' | 'service' | 'query' | keyof JournalExchange> {
  service: S
  /** On the world's clock, in ms. */
  at: number
  /** The request URL's query string as sent, without `?`. */
  search: string
}

export interface RequestFilter extends RequestMatch {
  /** `404`, or a class such as `4xx`. */
  status?: number | string
  /** Matches the request body as it reads in the entry (secrets `[redacted]`): objects by the keys given, recursively; arrays element-wise. */
  body?: JsonValue
}

export interface JournalPage {
  count: number
  requests: JournalEntry[]
}

/** The entry a recorded request reads as, without its id: its own objects, secrets redacted. */
export function describeRequest<S>({ at, search, auth, ...request }: RecordedRequest<S>) {
  const { sandbox, service, method, path, status, durationMs, diagnostic, fault } = request
  return {
    time: new Date(at).toISOString(),
    sandbox,
    service,
    method,
    path,
    query: redactedQuery(new URLSearchParams(search)),
    status,
    durationMs,
    auth: auth && { ...auth },
    ...(diagnostic === undefined ? {} : { diagnostic }),
    ...(fault === undefined ? {} : { fault }),
  }
}

const statusMatches = (filter: RequestFilter['status'], status: number): boolean =>
  filter === undefined ||
  (typeof filter === 'number' ? filter === status : String(status)[0] === filter[0] && status > 0)

/** Told of each entry the journal records (its id), and of `clear()` (`'cleared'`); see `Journal.watch`. */
export type JournalWatcher = (change: number | 'cleared') => void

interface Recorded {
  id: number
  request: RecordedRequest
  exchange: CapturedExchange
  bytes: number
}

/** The newest `size` entries whose bodies fit in `maxBytes` (each counts its bodies and 1 KiB); the newest always stays. */
export class Journal {
  private ring: (Recorded | undefined)[] = []
  private start = 0
  private length = 0
  private bytes = 0
  private nextId = 1
  private readonly watchers = new Set<JournalWatcher>()

  constructor(
    readonly size: number,
    readonly maxBytes: number = DEFAULT_JOURNAL_BYTES,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Journal size must be ≥ 1, not ${size}`)
    if (!Number.isInteger(maxBytes) || maxBytes < 1)
      throw new RangeError(`Journal byte budget must be ≥ 1, not ${maxBytes}`)
  }

  record(request: RecordedRequest, exchange: CapturedExchange): void {
    const bytes = exchangeBytes(exchange)
    while (this.length > 0 && (this.length === this.size || this.bytes + bytes > this.maxBytes))
      this.forgetOldest()
    this.ring[(this.start + this.length) % this.size] = { id: this.nextId++, request, exchange, bytes }
    this.length++
    this.bytes += bytes
    if (this.watchers.size > 0) for (const watcher of this.watchers) watcher(this.nextId - 1)
  }

  /** Calls `watcher` synchronously after each record and clear until the returned function is called. */
  watch(watcher: JournalWatcher): () => void {
    this.watchers.add(watcher)
    return () => this.watchers.delete(watcher)
  }

  private forgetOldest(): void {
    this.bytes -= (this.ring[this.start] as Recorded).bytes
    this.ring[this.start] = undefined
    this.start = (this.start + 1) % this.size
    this.length--
  }

  /** Oldest first. */
  list(filter: RequestFilter = {}): JournalPage {
    const requests: JournalEntry[] = []
    for (let i = 0; i < this.length; i++) {
      const { id, request: r, exchange } = this.ring[(this.start + i) % this.size] as Recorded
      if (!matches(filter, r.service, r.method, r.path) || !statusMatches(filter.status, r.status)) continue
      if (filter.body !== undefined && !bodyMatches(filter.body, requestBodyView(exchange))) continue
      requests.push({ id, ...describeRequest(r), ...describeExchange(exchange, r.status) })
    }
    return { count: requests.length, requests }
  }

  /** The id of the newest entry recorded, even if since forgotten or cleared; 0 before the first. */
  get lastId(): number {
    return this.nextId - 1
  }

  /** The newest entries with an id above `id`, at most `limit` of them, oldest first. */
  after(id: number, limit = this.size): JournalEntry[] {
    const entries: JournalEntry[] = []
    for (let i = this.length - 1; i >= 0 && entries.length < limit; i--) {
      const recorded = this.ring[(this.start + i) % this.size] as Recorded
      if (recorded.id <= id) break
      const { request, exchange } = recorded
      entries.push({
        id: recorded.id,
        ...describeRequest(request),
        ...describeExchange(exchange, request.status),
      })
    }
    return entries.reverse()
  }

  /** Empties the journal; ids go on increasing. */
  clear(): number {
    const cleared = this.length
    this.ring = []
    this.start = 0
    this.length = 0
    this.bytes = 0
    for (const watcher of this.watchers) watcher('cleared')
    return cleared
  }
}

/** 4 MiB of bodies per world. */
export const DEFAULT_JOURNAL_BYTES = 4 * 1024 * 1024

/** A filter from query parameters or an in-process object; unknown names are refused. */
export function parseRequestFilter(
  input: Record<string, unknown>,
  services: readonly EmulatedService[],
): RequestFilter {
  const allowed = ['service', 'method', 'path', 'status', 'body']
  const unknown = Object.keys(input).find((key) => !allowed.includes(key))
  if (unknown) throw badInput(`Unknown journal filter "${unknown}" (allowed: ${allowed.join(', ')}).`)
  const { service, method, path, status, body } = input
  return {
    ...(service === undefined ? {} : { service: parseService(service, 'service', services) }),
    ...(method === undefined ? {} : { method: parseMethod(method, 'method') }),
    ...(path === undefined ? {} : { path: parsePath(path, 'path') }),
    ...(status === undefined ? {} : { status: parseStatusFilter(status) }),
    ...(body === undefined ? {} : { body: parseBodyFilter(body) }),
  }
}

/** The filter of `GET /__emulator/requests`: as in process, with `body` as URL-encoded JSON. */
export const queryRequestFilter = (
  { body, ...query }: Record<string, string>,
  services: readonly EmulatedService[],
): RequestFilter =>
  parseRequestFilter(
    { ...query, ...(body === undefined ? {} : { body: bodyFilterFromQuery(body) }) },
    services,
  )

function parseStatusFilter(value: unknown): number | string {
  const text = String(value)
  if (/^[1-5]\d\d$/.test(text) || text === '0') return Number(text)
  if (/^[1-5]xx$/i.test(text)) return text.toLowerCase()
  throw badInput(`status must be a status code such as 404, a class such as 4xx, or 0, not "${text}".`)
}
