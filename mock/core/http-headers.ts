/**
 * @module Request headers read as the Request's Headers would give them, without making one on the
 * HTTP path: from the IncomingMessage of @hono/node-server's bindings; from the Request's own Headers
 * otherwise (MSW, `emulator.fetch`).
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

/**
 * Name, value, name, value … as a Headers object made from these lines iterates: names lower-case
 * and sorted, repeated ones joined, each set-cookie apart; HTTP/2's pseudo-headers (:path …) left out.
 * Lines are few: an insertion sort into flat arrays beats a Map and a sort.
 */
function listed(lines: readonly string[]): string[] {
  const names: string[] = []
  const values: string[] = []
  for (let i = 0; i < lines.length; i += 2) {
    const name = (lines[i] as string).toLowerCase()
    if (name.startsWith(':')) continue
    const value = normalized(lines[i + 1] as string)
    const at = name === 'set-cookie' ? -1 : names.indexOf(name)
    if (at >= 0) {
      values[at] += separatorOf(name) + value
      continue
    }
    let j = names.length
    for (; j > 0 && (names[j - 1] as string) > name; j--) {
      names[j] = names[j - 1] as string
      values[j] = values[j - 1] as string
    }
    names[j] = name
    values[j] = value
  }
  const list: string[] = new Array(names.length * 2)
  for (let i = 0; i < names.length; i++) {
    list[2 * i] = names[i] as string
    list[2 * i + 1] = values[i] as string
  }
  return list
}

/** Name, value, name, value … (names lower-case) as iterating `headers` gives them: a copy, and less for the journal to keep alive than a Headers object. */
export function flatHeaders(headers: Headers): string[] {
  const list: string[] = []
  for (const [name, value] of headers) list.push(name, value)
  return list
}

/** Every request header, name, value, name, value …, as iterating the Request's Headers gives them. */
export function requestHeaderList(c: Context): string[] {
  const incoming = incomingOf(c)
  return incoming ? listed(incoming.rawHeaders) : flatHeaders(c.req.raw.headers)
}
