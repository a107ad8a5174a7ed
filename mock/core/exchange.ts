/** @module What the journal keeps of a request and its answer: headers and body text as captured, read back redacted and parsed. */
import { redactedForm, redactedHeaders, redactedJson, redactedJsonText } from './redaction.js'

/** A journaled body longer than this (in UTF-8 bytes) keeps only its first 64 KiB. */
export const MAX_JOURNAL_BODY_BYTES = 64 * 1024

/** What a cut body ends with: `…[truncated 1234 bytes]`, or `…[truncated more than 1048576 bytes]` when the size is unknown. */
export const truncationMarker = (bytes: number | string): string => `…[truncated ${bytes} bytes]`

/** A body's text as the app read or wrote it; `truncatedBytes` when only its first 64 KiB (or nothing) was kept. */
export interface CapturedBody {
  text: string
  truncatedBytes?: number | string
}

/** Name, value, name, value …, names lower-case, as a Headers object lists them. */
export type CapturedHeaders = readonly string[]

export interface CapturedExchange {
  requestHeaders: CapturedHeaders
  requestBody: CapturedBody | null
  responseHeaders: CapturedHeaders
  responseBody: CapturedBody | null
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [name: string]: JsonValue }

export interface JournalExchange {
  request: { headers: Record<string, string>; body: JsonValue }
  response: { status: number; headers: Record<string, string>; body: JsonValue }
}

/** The body text, or its first 64 KiB (on a character boundary, copied so that the full text is not kept alive). */
export function capturedBody(text: string): CapturedBody {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no count.
  if (text.length * 3 <= MAX_JOURNAL_BODY_BYTES) return { text }
  const bytes = Buffer.byteLength(text)
  if (bytes <= MAX_JOURNAL_BODY_BYTES) return { text }
  const head = Buffer.from(text.slice(0, MAX_JOURNAL_BODY_BYTES))
  let end = Math.min(MAX_JOURNAL_BODY_BYTES, head.length)
  while (end > 0 && ((head[end] ?? 0) & 0xc0) === 0x80) end--
  return { text: head.toString('utf8', 0, end), truncatedBytes: bytes - end }
}

/** A body the app refused unread for its size: `bytes` as declared, or a bound such as `more than 1048576`. */
export const unreadBody = (bytes: number | string): CapturedBody => ({ text: '', truncatedBytes: bytes })

const contentTypeOf = (headers: Record<string, string>): string =>
  headers['content-type']?.toLowerCase() ?? ''

const looksLikeJson = (text: string, contentType: string): boolean =>
  contentType.includes('json') || /^\s*[[{"]/.test(text)

const redactedText = (text: string, contentType: string): string =>
  looksLikeJson(text, contentType) ? redactedJsonText(text) : redactedForm(text)

/** Parsed JSON when the text is JSON, otherwise the text; secrets redacted either way. */
function bodyView(body: CapturedBody | null, headers: Record<string, string>): JsonValue {
  if (body === null) return null
  const contentType = contentTypeOf(headers)
  if (body.truncatedBytes !== undefined)
    return `${redactedText(body.text, contentType)}${truncationMarker(body.truncatedBytes)}`
  if (body.text === '') return null
  if (looksLikeJson(body.text, contentType))
    try {
      return redactedJson(JSON.parse(body.text)) as JsonValue
    } catch {}
  return redactedText(body.text, contentType)
}

/** The exchange as the journal shows it: header names lower-case, secrets redacted, bodies parsed when JSON. */
export function describeExchange(exchange: CapturedExchange, status: number): JournalExchange {
  const requestHeaders = redactedHeaders(exchange.requestHeaders)
  const responseHeaders = redactedHeaders(exchange.responseHeaders)
  return {
    request: { headers: requestHeaders, body: bodyView(exchange.requestBody, requestHeaders) },
    response: { status, headers: responseHeaders, body: bodyView(exchange.responseBody, responseHeaders) },
  }
}

/** The request body alone, for the journal's body filter. */
export const requestBodyView = (exchange: CapturedExchange): JsonValue =>
  bodyView(exchange.requestBody, redactedHeaders(exchange.requestHeaders))

/** A flat allowance for an entry's fields and headers in its world's journal budget. */
export const ENTRY_OVERHEAD_BYTES = 1024

/** What an exchange counts against its world's journal budget: its bodies' characters (a byte each in memory for ASCII), plus 1 KiB. */
export const exchangeBytes = (exchange: CapturedExchange): number =>
  ENTRY_OVERHEAD_BYTES + (exchange.requestBody?.text.length ?? 0) + (exchange.responseBody?.text.length ?? 0)
