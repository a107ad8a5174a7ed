/** @module Captures an exchange for the journal at request time, cheaply: the body texts the app already read and wrote (no copy), and both sets of headers. */
import type { Context } from 'hono'
import type { Env } from './context.js'
import {
  type CapturedBody,
  type CapturedExchange,
  type CapturedHeaders,
  capturedBody,
  unreadBody,
} from './exchange.js'
import { flatHeaders, requestHeader, requestHeaderList } from './http-headers.js'
import { MAX_BODY_BYTES } from './pipeline/body-guard.js'

/** The text of the last answer the app wrote through `c.body`, `c.text` or `c.json`, and the Response it made. */
export interface WrittenAnswer {
  response?: Response
  text?: string | null
}

/** `c.body` or `c.text`: Hono's take at most these three arguments. */
type Writer = (data: unknown, arg?: unknown, headers?: unknown) => Response

/** `response`, made from `data`, with that text noted in `written`. */
function noted(written: WrittenAnswer, data: unknown, response: Response): Response {
  if (typeof data === 'string' || data === null) {
    written.response = response
    written.text = data
  }
  return response
}

/**
 * Has this request's `c.body`, `c.text` and `c.json` note the text each answer is made from, so that
 * capturing it reads no stream (Node 24's undici keeps a Response's source text where it cannot be
 * seen). Three small closures a request: `bind` costs more, a named closure more again under tsx.
 */
export function noteWrittenAnswers(c: Context<Env>): WrittenAnswer {
  const written: WrittenAnswer = {}
  // Hono's overloads narrow what each writer takes; these pass every argument on unchanged.
  const body = c.body as Writer
  const text = c.text as Writer
  c.body = ((data: unknown, arg?: unknown, headers?: unknown) =>
    noted(written, data, body(data, arg, headers))) as typeof c.body
  c.text = ((data: unknown, arg?: unknown, headers?: unknown) =>
    noted(written, data, text(data, arg, headers))) as typeof c.text
  // Hono's own c.json, with the text kept: the same Content-Type default, the caller's headers over it.
  c.json = ((object: unknown, arg?: unknown, headers?: object) => {
    const json = JSON.stringify(object)
    return noted(written, json, body(json, arg, { 'Content-Type': 'application/json', ...headers }))
  }) as typeof c.json
  return written
}

/**
 * The text a Response the app did not write was made from, read without its stream: Node 20's and
 * 22's undici keep it as `[Symbol(state)].body.source` (Node 24's in a private field), `@hono/node-server`'s
 * light Response as `[Symbol(cache)][1]`. Null for no body; undefined when neither holds a string,
 * and the body has to be read.
 */
function sourceText(response: Response): string | null | undefined {
  for (const symbol of Object.getOwnPropertySymbols(response)) {
    const inner = (response as unknown as Record<symbol, unknown>)[symbol]
    if (symbol.description === 'state') {
      const body = (inner as { body?: { source?: unknown } | null } | undefined)?.body
      if (body === null) return null
      if (typeof body?.source === 'string') return body.source
    } else if (symbol.description === 'cache' && Array.isArray(inner)) {
      const [, body] = inner as unknown[]
      if (body === null || typeof body === 'string') return body
    }
  }
  return undefined
}

/** The answer's body when it was made from text (or has none); undefined when it has to be read. */
function writtenBody(response: Response, written: WrittenAnswer): CapturedBody | null | undefined {
  if (response.status === 204 || response.status === 304) return null
  const text = written.response === response ? written.text : sourceText(response)
  return text === undefined ? undefined : text === null ? null : capturedBody(text)
}

async function readBody(response: Response): Promise<CapturedBody | null> {
  try {
    return capturedBody(await response.clone().text())
  } catch {
    return null
  }
}

async function requestBody(c: Context<Env>): Promise<CapturedBody | null> {
  const { req } = c
  try {
    // What the routes read is in Hono's body cache; `text()` answers from it.
    if (req.bodyCache.text) return capturedBody(await req.bodyCache.text)
    if (Object.keys(req.bodyCache).length === 0) {
      if (req.raw.body === null) return null
      // The body guard refused it: read up to its limit (no length given), or not at all.
      if (req.raw.bodyUsed) return unreadBody(`more than ${MAX_BODY_BYTES}`)
      const declared = Number(requestHeader(c, 'content-length'))
      if (declared > MAX_BODY_BYTES) return unreadBody(declared)
    }
    return capturedBody(await req.text())
  } catch {
    return null
  }
}

/** The value of header `name` (lower-case) in captured headers, as `Headers.get` gives it. */
export function headerValue(headers: CapturedHeaders, name: string): string | undefined {
  for (let i = 0; i + 1 < headers.length; i += 2) if (headers[i] === name) return headers[i + 1]
  return undefined
}

/**
 * After the app answered: the request's and the answer's headers and bodies; a dropped answer has
 * none. Synchronous for a GET whose answer the app wrote as text, the usual case (`written`: what
 * noteWrittenAnswers saw).
 */
export function capturedExchange(
  c: Context<Env>,
  dropped: boolean,
  written: WrittenAnswer,
): CapturedExchange | Promise<CapturedExchange> {
  const { method } = c.req
  const response = dropped || method === 'HEAD' ? null : writtenBody(c.res, written)
  const exchange = {
    requestHeaders: requestHeaderList(c),
    requestBody: null,
    responseHeaders: dropped ? [] : flatHeaders(c.res.headers),
    responseBody: response ?? null,
  }
  const bodiless = method === 'GET' || method === 'HEAD'
  if (bodiless && response !== undefined) return exchange
  return (async () => ({
    ...exchange,
    requestBody: bodiless ? null : await requestBody(c),
    responseBody: response === undefined ? await readBody(c.res) : response,
  }))()
}
