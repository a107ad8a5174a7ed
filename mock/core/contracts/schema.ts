/** @module What checking a request against its contract gives: schemas, issues, the conforming input, and JSON pointer helpers (imports nothing). */

export type Schema = Record<string, unknown>
export type RequestLocation = 'query' | 'path' | 'body'

/** One way a request breaks its operation's schemas. */
export interface Issue {
  location: RequestLocation
  /** A parameter's name, or the property names and item indexes down to the body value at fault. */
  path: (string | number)[]
  /** The JSON Schema keyword that failed (`required` when the value is missing). */
  keyword: string
  /** The schema the value failed, references resolved. */
  schema: Schema
  /** What that schema asks for, in words: `an integer from 1 to 1000`. */
  expected: string
  /** What was sent, in words: `"0"`, `401 items`; secrets are not repeated. */
  received: string
  /** The property an `additionalProperties` or `unevaluatedProperties` refusal is about. */
  unknownField?: string
}

/** A request that conforms: parameters typed and defaulted by their schemas, the body parsed. */
export interface RequestInput {
  query: Record<string, unknown>
  path: Record<string, unknown>
  body: unknown
}

export type CheckResult = { ok: true; input: RequestInput } | { ok: false; issues: Issue[] }

/** A JSON pointer's reference token for a key (RFC 6901), and back. */
export const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1')
export const unescapePointer = (s: string) => s.replaceAll('~1', '/').replaceAll('~0', '~')

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
