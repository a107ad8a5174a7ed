/** @module Captures an exchange for the journal at request time without copying: the body texts the app already read and wrote, and both sets of headers. */
import type { Context } from 'hono'
import { MAX_BODY_BYTES } from '../body-guard.js'
import type { Env } from '../env.js'
import { type CapturedBody, type CapturedExchange, capturedBody, unreadBody } from './exchange.js'

type Init = number | ResponseInit | undefined
type HeaderRecord = Record<string, string | string[]> | undefined

/** The three ways the routes build an answer, as Hono defines them on each context. */
interface AnswerBuilders {
  body(data: unknown, init?: Init, headers?: HeaderRecord): Response
  json(value: unknown, init?: Init, headers?: HeaderRecord): Response
  text(text: string, init?: Init, headers?: HeaderRecord): Response
}

/** The last answer the context built and its text (null for no body, undefined when not a string). */
export interface BuiltAnswer {
  response?: Response
  text?: string | null
}

/**
 * Makes this context's `c.body`, `c.json` and `c.text` remember the answer they build and its
 * text, so that the journal keeps the string the app wrote instead of reading a copy of the stream.
 * `c.json` does what Hono's does (stringify, then the body with a default Content-Type) once.
 */
export function rememberAnswers(c: Context<Env>): BuiltAnswer {
  const built: BuiltAnswer = {}
  const builders = c as unknown as AnswerBuilders
  const { body, text } = { body: builders.body, text: builders.text }
  const remember = (response: Response, written: unknown): Response => {
    built.response = response
    built.text = typeof written === 'string' ? written : written === null ? null : undefined
    return response
  }
  builders.body = (data, init, headers) => remember(body(data, init, headers), data)
  builders.json = (value, init, headers) =>
    builders.body(JSON.stringify(value), init, { 'Content-Type': 'application/json', ...headers })
  builders.text = (written, init, headers) => remember(text(written, init, headers), written)
  return built
}

/** The answer's body when the app wrote it as text (or none); undefined when it has to be read. */
function writtenBody(c: Context<Env>, built: BuiltAnswer): CapturedBody | null | undefined {
  if (built.response === c.res && built.text !== undefined)
    return built.text === null ? null : capturedBody(built.text)
  return c.res.status === 204 || c.res.status === 304 ? null : undefined
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
      const declared = Number(req.raw.headers.get('content-length'))
      if (declared > MAX_BODY_BYTES) return unreadBody(declared)
    }
    return capturedBody(await req.text())
  } catch {
    return null
  }
}

const NO_HEADERS: readonly string[] = []

/**
 * After the app answered: the request's and the answer's headers (by reference) and bodies; a
 * dropped answer has none. Synchronous for a GET whose answer the app wrote as text, the usual case.
 */
export function capturedExchange(
  c: Context<Env>,
  built: BuiltAnswer,
  dropped: boolean,
): CapturedExchange | Promise<CapturedExchange> {
  const { method } = c.req
  const response = dropped || method === 'HEAD' ? null : writtenBody(c, built)
  const exchange = {
    requestHeaders: c.req.raw.headers,
    requestBody: null,
    responseHeaders: dropped ? NO_HEADERS : c.res.headers,
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
