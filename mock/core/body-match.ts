/** @module The journal's body filter: a partial deep match on the request body, as WireMock's verify matches JSON. */
import { badInput, isRecord } from '../control/errors.js'
import type { JsonValue } from './exchange.js'

/**
 * Objects match when every key `expected` gives matches, recursively (others may be there too);
 * arrays element by element, of the same length; anything else when equal.
 */
export function bodyMatches(expected: JsonValue, actual: JsonValue): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => bodyMatches(item, actual[i] as JsonValue))
    )
  if (isRecord(expected))
    return (
      isRecord(actual) &&
      Object.entries(expected).every(
        ([name, value]) => Object.hasOwn(actual, name) && bodyMatches(value, actual[name] as JsonValue),
      )
    )
  return expected === actual
}

function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonValue)
  if (!isRecord(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isJsonValue)
}

/** The body filter given in process: any JSON value; `undefined`, functions, dates and the like are refused. */
export function parseBodyFilter(value: unknown): JsonValue {
  if (isJsonValue(value)) return value
  throw badInput(
    'body must be a JSON value to match the request body against (an object, array, string, number, boolean or null).',
  )
}

/** The body filter of `GET /__emulator/requests?body=<JSON>`. */
export function bodyFilterFromQuery(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    throw badInput(
      `body must be URL-encoded JSON, such as body=%7B%22topic%22%3A%22Review%22%7D, not ${JSON.stringify(text)}.`,
    )
  }
}
