/** @module An emulator's contracts: the folder whose request schemas check its requests, read and compiled on first use so that start-up stays fast. */

import { resolve } from 'node:path'
import type { ValidateFunction } from 'ajv'
import { CONTRACTS_DIR } from '../lib/package-root.js'
import type { LoadedContracts } from './load.js'

export type { CheckResult, Issue, RequestInput, RequestLocation, Schema } from './schema.js'
export { escapePointer, isRecord, unescapePointer } from './schema.js'

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
    if (firstIssueOnly) {
      this.firstIssue ??= loading()
      return this.firstIssue
    }
    this.loaded ??= loading()
    return this.loaded
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
