/** @module The body guard: request bodies over 1 MiB are refused with 413 and non-JSON bodies of JSON operations with 415 (each in its vendor's error shape: errors.ts), before any route runs. */
import type { Context, MiddlewareHandler, Next } from 'hono'
import type { Env, Service } from '../context.js'
import type { Contracts } from '../contracts/contracts.js'
import { requestHeader } from '../http-headers.js'
import { PipelineFailure } from './errors.js'

/** 1 MiB: the largest request body any service accepts. */
export const MAX_BODY_BYTES = 1024 * 1024

export const BODY_TOO_LARGE_MESSAGE = `The request body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).`

export const unsupportedMediaTypeMessage = (contentType: string | undefined): string =>
  `Content-Type ${contentType ? `"${contentType}"` : 'missing'}: this operation takes an application/json body.`

/** Whether a contract gives the operation a JSON request body; every other body is only size-checked. */
const isJsonOperation = async (contracts: Contracts, method: string, path: string): Promise<boolean> =>
  (await contracts.load()).takesJson(method, path)

/**
 * `application/json` or `application/<x>+json`, any parameters. The control API also takes no
 * content type, text/plain and form-urlencoded (what `curl -d` and a bare `fetch` send).
 */
function acceptsMediaType(service: Service, contentType: string | undefined): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (media === 'application/json' || /^application\/[\w.-]+\+json$/.test(media)) return true
  return service === 'control' && ['', 'text/plain', 'application/x-www-form-urlencoded'].includes(media)
}

/** Reads at most `max` bytes; undefined as soon as the stream holds more (the rest stays unread). */
async function readAtMost(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks, size)
    size += value.byteLength
    if (size > max) {
      reader.releaseLock()
      return undefined
    }
    chunks.push(value)
  }
}

/** Checks the body of every request to a service before it is routed; buffers at most 1 MiB of a body without Content-Length. */
export function bodyGuard({
  contracts,
  maxBytes = MAX_BODY_BYTES,
}: {
  /** Which operations take JSON bodies. */
  contracts: Contracts
  maxBytes?: number
}): MiddlewareHandler<Env> {
  return function bodyGuard(c, next) {
    const service = c.get('service')
    if (service === undefined || c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return checkBody(c, next, { service, maxBytes, contracts })
  }
}

interface BodyCheck {
  service: Service
  maxBytes: number
  contracts: Contracts
}

/**
 * Refuses the body (413, 415) or lets the request go on, the body re-wrapped when it had to be
 * read. Reading `body` makes @hono/node-server build a full Request with a stream (tens of µs):
 * with a Content-Length, only a refusal asks whether there is a body at all.
 */
async function checkBody(c: Context<Env>, next: Next, { service, maxBytes, contracts }: BodyCheck) {
  const raw = c.req.raw
  const declared = requestHeader(c, 'content-length')
  let size: number
  if (declared !== undefined && requestHeader(c, 'transfer-encoding') === undefined) {
    size = Number(declared)
    if (size > maxBytes) {
      if (raw.body === null) return next()
      throw new PipelineFailure(413, BODY_TOO_LARGE_MESSAGE)
    }
  } else {
    const { body } = raw
    if (body === null) return next()
    const bytes = await readAtMost(body, maxBytes)
    if (bytes === undefined) throw new PipelineFailure(413, BODY_TOO_LARGE_MESSAGE)
    c.req.raw = new Request(raw, { body: new Uint8Array(bytes) })
    size = bytes.byteLength
  }
  const contentType = requestHeader(c, 'content-type')
  if (
    size > 0 &&
    !acceptsMediaType(service, contentType) &&
    (await isJsonOperation(contracts, c.req.method, c.req.path)) &&
    raw.body !== null
  )
    throw new PipelineFailure(415, unsupportedMediaTypeMessage(contentType))
  await next()
}
