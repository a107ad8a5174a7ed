/** @module The state snapshot's schema (contracts/emulator.yaml `StateSnapshot`), compiled by ajv on the first import and stopping at the first fault. */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Contracts } from '../core/contracts/contracts.js'
import { badInput } from './errors.js'

const SNAPSHOT = 'emulator.yaml#/components/schemas/StateSnapshot'

/**
 * Loaded with `require`, not `import`: imports (`createEmulator({ state })`, `importState`, `--state-file`)
 * are synchronous, and start-up should not pay for ajv when no snapshot is imported.
 */
function compileSnapshotSchema(dir: string): ValidateFunction {
  const require = createRequire(import.meta.url)
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
  const { load, CORE_SCHEMA } = require('js-yaml') as typeof import('js-yaml')
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    formats: { int32: true, int64: true },
    validateSchema: false,
  })
  addFormats(ajv)
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml')))
    ajv.addSchema(load(readFileSync(join(dir, file), 'utf8'), { schema: CORE_SCHEMA }) as object, file)
  return ajv.compile({ $ref: SNAPSHOT })
}

/** The error's JSON pointer, with a secret key replaced by its entry's position (`/zoom/tokens/<entry 1>/scope`). */
function pointer(error: ErrorObject, snapshot: Record<string, unknown>, secret: ReadonlySet<string>): string {
  const [, slice = '', field = '', key, ...rest] = error.instancePath.split('/')
  if (key === undefined || !secret.has(`${slice}.${field}`)) return error.instancePath || '/'
  const entries = (snapshot[slice] as Record<string, Record<string, unknown>>)[field] ?? {}
  const position = Object.keys(entries).indexOf(key.replaceAll('~1', '/').replaceAll('~0', '~'))
  return ['', slice, field, `<entry ${position + 1}>`, ...rest].join('/')
}

/** `/zoom/users/u1/email: must match format "email"`, from ajv's first error. */
function faultMessage(
  error: ErrorObject,
  snapshot: Record<string, unknown>,
  secret: ReadonlySet<string>,
): string {
  const where = pointer(error, snapshot, secret)
  const { additionalProperty, unevaluatedProperty, missingProperty } = error.params as Record<string, unknown>
  const unknown = additionalProperty ?? unevaluatedProperty
  if (typeof unknown === 'string') return `${where}: unknown field "${unknown}"`
  if (typeof missingProperty === 'string') return `${where}: "${missingProperty}" is required`
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
  return `${where}: ${error.message ?? 'is invalid'}${allowed ? ` (${allowed.map((v) => JSON.stringify(v)).join(', ')})` : ''}`
}

/** Throws a 400 naming, as a JSON pointer, the first value of `snapshot` its schema refuses. */
/** `secretKeyed`: the Maps (`<key>.<field>`) whose keys a message must not show. */
export function assertSnapshotSchema(
  snapshot: Record<string, unknown>,
  contracts: Contracts,
  secretKeyed: ReadonlySet<string>,
): void {
  const validate = contracts.synchronous(SNAPSHOT, () => compileSnapshotSchema(contracts.dir))
  if (validate(snapshot)) return
  const [first] = validate.errors ?? []
  throw badInput(
    `The state does not match StateSnapshot (contracts/emulator.yaml) at ${first ? faultMessage(first, snapshot, secretKeyed) : '/'}.`,
  )
}
