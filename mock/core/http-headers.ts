/**
 * @module Request and response headers read as a Headers object would give them, without making
 * one on the HTTP path: from the IncomingMessage of @hono/node-server's bindings and its light
 * Response's header record; from the Request's and Response's own Headers otherwise (MSW, `emulator.fetch`).
 */
import type { IncomingMessage } from 'node:http'
import type { Context } from 'hono'

/** What @hono/node-server passes as `c.env` when the emulator serves over HTTP (mock/server.ts). */
export interface NodeBindings {
  incoming: IncomingMessage
}

const incomingOf = (c: Context): IncomingMessage | undefined =>
  (c.env as Partial<NodeBindings> | undefined)?.incoming

/** What Headers joins repeated values of a name with. */
const separatorOf = (lowerName: string): string => (lowerName === 'cookie' ? '; ' : ', ')

const isHttpWhitespace = (code: number): boolean => code === 9 || code === 10 || code === 13 || code === 32

/** A value without leading and trailing HTTP whitespace, as Headers keeps it. */
function normalized(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isHttpWhitespace(value.charCodeAt(start))) start++
  while (end > start && isHttpWhitespace(value.charCodeAt(end - 1))) end--
  return start === 0 && end === value.length ? value : value.slice(start, end)
}

/** The request header `name` (any case), repeated ones joined as `Headers.get` joins them; undefined when absent. */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c)
  if (!incoming) return c.req.raw.headers.get(name) ?? undefined
  const lowerName = name.toLowerCase()
  const raw = incoming.rawHeaders
  let value: string | undefined
  for (let i = 0; i < raw.length; i += 2) {
    const rawName = raw[i] as string
    if (rawName.length !== lowerName.length || rawName.toLowerCase() !== lowerName) continue
    const one = normalized(raw[i + 1] as string)
    value = value === undefined ? one : value + separatorOf(lowerName) + one
  }
  return value
}

/** Name, value, name, value … as a Headers object iterates: names lower-case and sorted, repeated ones joined, each set-cookie apart. */
function listed(pairs: Iterable<readonly [string, string]>): string[] {
  const joined = new Map<string, string>()
  const cookies: string[] = []
  for (const [name, value] of pairs) {
    const lowerName = name.toLowerCase()
    const one = normalized(value)
    if (lowerName === 'set-cookie') cookies.push(one)
    else {
      const before = joined.get(lowerName)
      joined.set(lowerName, before === undefined ? one : before + separatorOf(lowerName) + one)
    }
  }
  if (cookies.length > 0) joined.set('set-cookie', '')
  const list: string[] = []
  for (const name of [...joined.keys()].sort()) {
    if (name === 'set-cookie') for (const cookie of cookies) list.push(name, cookie)
    else list.push(name, joined.get(name) as string)
  }
  return list
}

function* rawPairs(raw: readonly string[]): Generator<readonly [string, string]> {
  // HTTP/2's pseudo-headers (:path, :method …) are no headers of the Request.
  for (let i = 0; i < raw.length; i += 2)
    if (!(raw[i] as string).startsWith(':')) yield [raw[i] as string, raw[i + 1] as string]
}

/** Every request header, name, value, name, value …, as iterating the Request's Headers gives them. */
export function requestHeaderList(c: Context): string[] {
  const incoming = incomingOf(c)
  return incoming ? listed(rawPairs(incoming.rawHeaders)) : listed(c.req.raw.headers)
}

/** @hono/node-server's light Response keeps `[status, body, headers init]` under this symbol until something asks for its Headers. */
const LIGHT_CACHE = 'cache'
const DEFAULT_CONTENT_TYPE = 'text/plain; charset=UTF-8'

/**
 * The header record a light Response was made with, with the Content-Type its Headers would add;
 * undefined when the Response is not light or its headers are not a plain record.
 */
function lightHeaderRecord(response: Response): Record<string, string> | undefined {
  for (const symbol of Object.getOwnPropertySymbols(response)) {
    if (symbol.description !== LIGHT_CACHE) continue
    const cache = (response as unknown as Record<symbol, unknown>)[symbol]
    if (!Array.isArray(cache)) return undefined
    const [, body, init] = cache as [number, unknown, unknown]
    if (init === undefined || init === null)
      return body === null ? {} : { 'content-type': DEFAULT_CONTENT_TYPE }
    if (typeof init !== 'object' || init instanceof Headers || Array.isArray(init)) return undefined
    return init as Record<string, string>
  }
  return undefined
}

/** Every response header, as iterating its Headers gives them; a light Response keeps its plain record (no Headers made). */
export function responseHeaderList(response: Response): string[] {
  const record = lightHeaderRecord(response)
  return record ? listed(Object.entries(record)) : listed(response.headers)
}

/** The response header `name` (any case) as `Headers.get` gives it; null when absent. */
export function responseHeader(response: Response, name: string): string | null {
  const record = lightHeaderRecord(response)
  if (!record) return response.headers.get(name)
  const list = listed(Object.entries(record))
  const lowerName = name.toLowerCase()
  for (let i = 0; i < list.length; i += 2) if (list[i] === lowerName) return list[i + 1] as string
  return null
}
