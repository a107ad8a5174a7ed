/** @module An emulator's contracts: the folder whose request schemas check its requests, read and compiled on first use so that start-up stays fast. */

import { resolve } from 'node:path'
import type { ValidateFunction } from 'ajv'
import { CONTRACTS_DIR } from '../lib/package-root.js'
import type { LoadedContracts } from './load.js'

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

/** The contracts of one emulator (its sandboxes share them); ajv and the YAML load on the first `load()`. */
export class Contracts {
  readonly dir: string
  private loaded?: Promise<LoadedContracts>

  /** `dir`: the package's contracts/ by default. */
  constructor(dir: string = CONTRACTS_DIR) {
    this.dir = resolve(dir)
  }

  private firstIssue?: Promise<LoadedContracts>
  private readonly compiled = new Map<string, ValidateFunction>()

  /** `issues: 'first'` stops each check at its first issue, in time linear in the input however many it has (ajv collecting every issue takes time growing with their square). */
  load(issues: 'every' | 'first' = 'every'): Promise<LoadedContracts> {
    const firstIssueOnly = issues === 'first'
    const loading = () =>
      import('./load.js').then(({ LoadedContracts }) => new LoadedContracts(this.dir, firstIssueOnly))
    if (firstIssueOnly) return (this.firstIssue ??= loading())
    return (this.loaded ??= loading())
  }

  /** A validator that must be at hand without waiting for `load()` (state imports are synchronous), compiled by `compile` once for these contracts. */
  synchronous(name: string, compile: () => ValidateFunction): ValidateFunction {
    let validate = this.compiled.get(name)
    if (!validate) {
      validate = compile()
      this.compiled.set(name, validate)
    }
    return validate
  }
}
