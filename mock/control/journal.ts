/** @module The request journal: a bounded ring buffer of what each world was asked and answered, never a secret. */
import type { AuthVerdict } from '../env.js'
import { badInput } from './errors.js'
import {
  type EmulatedService,
  matches,
  parseMethod,
  parsePath,
  parseService,
  type RequestMatch,
} from './match.js'

export interface JournalEntry {
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
  extends Omit<JournalEntry, 'id' | 'time' | 'service' | 'query'> {
  service: S
  /** On the world's clock, in ms. */
  at: number
  /** The request URL's query string as sent, without `?`. */
  search: string
}

export interface RequestFilter extends RequestMatch {
  /** `404`, or a class such as `4xx`. */
  status?: number | string
}

export interface JournalPage {
  count: number
  requests: JournalEntry[]
}

/** Query parameters whose values are credentials; `key` (LTI Pro) is an identifier and stays. */
export const SECRET_QUERY_PARAMETERS = new Set([
  'subscription-key',
  'access_token',
  'token',
  'client_secret',
  'secret',
  'signature',
])

export function redactedQuery(params: URLSearchParams): Record<string, string | string[]> {
  // Object.fromEntries defines each name as an own property, so `__proto__` is just a name here.
  return Object.fromEntries(
    [...new Set(params.keys())].map((name) => {
      const values = params
        .getAll(name)
        .map((value) => (SECRET_QUERY_PARAMETERS.has(name.toLowerCase()) ? '[redacted]' : value))
      return [name, values.length === 1 ? (values[0] as string) : values]
    }),
  )
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

export class Journal {
  private entries: { id: number; request: RecordedRequest }[] = []
  private start = 0
  private nextId = 1

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Journal size must be ≥ 1, not ${size}`)
  }

  record(request: RecordedRequest): void {
    const recorded = { id: this.nextId++, request }
    if (this.entries.length < this.size) this.entries.push(recorded)
    else {
      this.entries[this.start] = recorded
      this.start = (this.start + 1) % this.size
    }
  }

  /** Oldest first. */
  list(filter: RequestFilter = {}): JournalPage {
    const ordered = [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)]
    const requests = ordered
      .filter(
        ({ request: r }) =>
          matches(filter, r.service, r.method, r.path) && statusMatches(filter.status, r.status),
      )
      .map(({ id, request }) => ({ id, ...describeRequest(request) }))
    return { count: requests.length, requests }
  }

  /** Empties the journal; ids go on increasing. */
  clear(): number {
    const cleared = this.entries.length
    this.entries = []
    this.start = 0
    return cleared
  }
}

/** A filter from query parameters or an in-process object; unknown names are refused. */
export function parseRequestFilter(input: Record<string, unknown>): RequestFilter {
  const allowed = ['service', 'method', 'path', 'status']
  const unknown = Object.keys(input).find((key) => !allowed.includes(key))
  if (unknown) throw badInput(`Unknown journal filter "${unknown}" (allowed: ${allowed.join(', ')}).`)
  const { service, method, path, status } = input
  return {
    ...(service === undefined ? {} : { service: parseService(service, 'service') }),
    ...(method === undefined ? {} : { method: parseMethod(method, 'method') }),
    ...(path === undefined ? {} : { path: parsePath(path, 'path') }),
    ...(status === undefined ? {} : { status: parseStatusFilter(status) }),
  }
}

function parseStatusFilter(value: unknown): number | string {
  const text = String(value)
  if (/^[1-5]\d\d$/.test(text) || text === '0') return Number(text)
  if (/^[1-5]xx$/i.test(text)) return text.toLowerCase()
  throw badInput(`status must be a status code such as 404, a class such as 4xx, or 0, not "${text}".`)
}
