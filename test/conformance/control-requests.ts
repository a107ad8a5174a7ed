/** @module Fuzz requests for the control API and the dashboard, driven from contracts/emulator.yaml: every operation, its parameters and a body drawn from its schema. */
import { fc } from '@fast-check/vitest'
import { createEmulator } from '../../mock/emulator.js'
import { contracts } from '../contract.js'
import { ABSENT, DATE_EXTREMES, HUGE, NUMBER_EXTREMES } from './extremes.js'
import type { FuzzRequest } from './requests.js'

type Schema = Record<string, unknown>
interface Parameter {
  name: string
  in: string
  example?: unknown
  schema?: Schema
  $ref?: string
}
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, unknown> }>
}

const CONTRACT = 'emulator.yaml'
/** Replaced when the request is sent: an existing sandbox's id, when there is one. */
export const SANDBOX_PLACEHOLDER = '{existing-sandbox}'
/** Replaced when the request is sent: the world's state as `GET state` gives it, with `statePatch` over it. */
const CURRENT_STATE = Symbol('current state')

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const resolved = (node: Schema | Parameter, file = CONTRACT): Schema => {
  let at = node as Schema
  while (typeof at.$ref === 'string') at = (contracts.resolve(at.$ref, file)?.node as Schema) ?? {}
  return at
}

const instants = fc.oneof(
  fc.constantFrom(...DATE_EXTREMES),
  fc
    .integer({ min: Date.parse(DATE_EXTREMES[0] ?? ''), max: Date.parse(DATE_EXTREMES[1] ?? '') })
    .map((ms) => new Date(ms).toISOString()),
)

function patterned(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern), { size: 'xsmall' })
  } catch {
    return fc.string()
  }
}

/** Values a schema admits (roughly: `not`, `if` and cross-field rules are left to the emulator to refuse), at the edges too. */
export function schemaValues(node: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolved(node)
  if ('const' in schema) return fc.constant(schema.const)
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum)
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return fc.constantFrom(...schema.examples)
  const union = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined
  if (union && !schema.properties && !schema.allOf)
    return fc.oneof(...union.map((s) => schemaValues(s, depth)))
  if (Array.isArray(schema.allOf)) {
    const merged: Schema = Object.assign({}, ...(schema.allOf as Schema[]).map((s) => resolved(s)), schema)
    const { allOf: _, ...rest } = merged
    return schemaValues(rest, depth)
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined
  switch (type) {
    case 'integer': {
      const range = { min: min ?? Number.MIN_SAFE_INTEGER, max: max ?? Number.MAX_SAFE_INTEGER }
      return fc.oneof(fc.constantFrom(range.min, range.max), fc.integer(range))
    }
    case 'number':
      return fc.double({ min: min ?? -1e12, max: max ?? 1e12, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'string':
      if (schema.format === 'date-time') return instants
      if (schema.format === 'email') return fc.emailAddress()
      if (schema.format === 'uuid') return fc.uuid()
      return typeof schema.pattern === 'string' ? patterned(schema.pattern) : fc.string({ maxLength: 20 })
    case 'array':
      // Items the contract leaves open (a store's lists) are not made up: the list stays empty.
      return depth > 3 || !schema.items
        ? fc.constant([])
        : fc.array(schemaValues(resolved(schema.items as Schema), depth + 1), { maxLength: 3 })
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      const entries = schema.additionalProperties
      if (depth <= 3 && Object.keys(properties).length === 0 && typeof entries === 'object') {
        const names = (schema.propertyNames ?? {}) as Schema
        const keys =
          typeof names.pattern === 'string' ? patterned(names.pattern) : fc.string({ maxLength: 12 })
        return fc.dictionary(keys, schemaValues(entries as Schema, depth + 1), { maxKeys: 2 })
      }
      if (depth > 3 || Object.keys(properties).length === 0) return fc.constant({})
      const required = (schema.required ?? []) as string[]
      const model = Object.fromEntries(
        Object.entries(properties).map(([name, s]) => [name, schemaValues(s, depth + 1)]),
      )
      return fc.record(model, { requiredKeys: required.filter((name) => name in model) })
    }
    default:
      return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 })
  }
}

function parameterValue(parameter: Parameter, path: string): fc.Arbitrary<string> {
  if (parameter.in === 'path' && path.startsWith('/sandboxes/')) return fc.constant(SANDBOX_PLACEHOLDER)
  if (parameter.name === 'x-emulator-sandbox')
    return fc.constantFrom(SANDBOX_PLACEHOLDER, 'sandbox-unknown', 'default')
  if (parameter.example !== undefined) return fc.constant(String(parameter.example))
  const values = schemaValues(parameter.schema ?? {}).map((v) =>
    typeof v === 'string' ? v : JSON.stringify(v),
  )
  return parameter.in === 'path' ? values.filter((v) => v !== '' && !v.includes('/')) : values
}

/** A structural change to the current state for `PUT state` (its slices and fields, not their entities): where the emulator checks the shape, with extremes, `__proto__` keys, deep nesting and huge arrays. */
const statePatch: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  instants.map((now) => ({ clock: { now } })),
  fc.constantFrom(...NUMBER_EXTREMES).map((offsetMs) => ({ clock: { now: DATE_EXTREMES[1], offsetMs } })),
  fc.constantFrom(...NUMBER_EXTREMES, '1', null, 2).map((version) => ({ version })),
  fc
    .constantFrom('zoom', 'lti', 'luminus')
    .chain((slice) =>
      fc
        .constantFrom<unknown>(
          [],
          'x',
          ...Object.keys(HUGE),
          { unknownField: {} },
          { meetings: [] },
          { bulkJobs: {} },
          JSON.parse('{"__proto__":{"polluted":true}}'),
        )
        .map((value) => ({ [slice]: value })),
    ),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constantFrom(...Object.keys(HUGE)).map((huge) => ({ unknown: huge })),
)

/** Every field of every entity of the demo world's state: where entity junk goes. */
const entityFields: [string, string, string, string][] = Object.entries(
  createEmulator().exportState() as unknown as Record<string, unknown>,
).flatMap(([slice, fields]) =>
  Object.entries(isRecord(fields) ? fields : {}).flatMap(([field, entries]) =>
    Object.entries(isRecord(entries) ? entries : {}).flatMap(([key, entity]) =>
      Object.keys(isRecord(entity) ? entity : {}).map((prop): [string, string, string, string] => [
        slice,
        field,
        key,
        prop,
      ]),
    ),
  ),
)

/** Each store field's entity schema, by slice and field (`zoom.users` → the stored user). */
const storeSchemas: [string, string, Schema][] = Object.entries(
  (resolved({ $ref: '#/components/schemas/StateSnapshot' }).properties ?? {}) as Record<string, Schema>,
).flatMap(([slice, sliceSchema]) =>
  Object.entries((resolved(sliceSchema).properties ?? {}) as Record<string, Schema>).map(
    ([field, fieldSchema]): [string, string, Schema] => [
      slice,
      field,
      (fieldSchema.additionalProperties ?? fieldSchema.items ?? {}) as Schema,
    ],
  ),
)

/** Values no entity field should hold: wrong types, extremes, absence, prototype keys. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, '', 'x', [], {}, ABSENT, ...NUMBER_EXTREMES, ...DATE_EXTREMES),
  fc.constantFrom(...Object.keys(HUGE)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
  fc.jsonValue({ maxDepth: 2 }),
)

/** Entity junk over the current state: a field of an entity, a whole entity, or a new entity drawn from its schema (valid or not with the rest). */
const entityPatch: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.tuple(fc.constantFrom(...entityFields), junk).map(
    ([[slice, field, key, prop], value]): Record<string, unknown> => ({
      [slice]: { [field]: { [key]: { [prop]: value } } },
    }),
  ),
  fc
    .tuple(fc.constantFrom(...entityFields), junk)
    .map(
      ([[slice, field, key], value]): Record<string, unknown> => ({ [slice]: { [field]: { [key]: value } } }),
    ),
  fc
    .constantFrom(...storeSchemas)
    .chain(([slice, field, schema]) =>
      field === 'bulkJobs'
        ? fc
            .array(fc.oneof(schemaValues(schema, 2), junk), { maxLength: 2 })
            .map((jobs): Record<string, unknown> => ({ lti: { bulkJobs: jobs } }))
        : fc
            .tuple(
              fc.oneof(fc.constantFrom('demo-host', '81000000001', 'demo-lti-key'), fc.string()),
              schemaValues(schema, 2),
            )
            .map(([key, entity]): Record<string, unknown> => ({ [slice]: { [field]: { [key]: entity } } })),
    ),
)

/** Fault delays a fuzz run can wait for: the contract allows 5 minutes, which would stall the run, not test it. */
const shortDelay = (body: unknown): unknown =>
  isRecord(body) && typeof body.delayMs === 'number' ? { ...body, delayMs: body.delayMs % 5 } : body

function operationRequests(
  path: string,
  method: string,
  operation: Operation,
  base: string,
): fc.Arbitrary<FuzzRequest> {
  const parameters = (operation.parameters ?? []).map((p) => resolved(p) as unknown as Parameter)
  const pathParams = parameters.filter((p) => p.in === 'path')
  const query = parameters.filter((p) => p.in === 'query')
  const headers = parameters.filter((p) => p.in === 'header')
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema
  const isStateImport = path === '/state' && method === 'PUT'
  return fc
    .record({
      pathValues: fc.tuple(...pathParams.map((p) => parameterValue(p, path))),
      queryValues: fc
        .array(fc.constantFrom(...(query.length > 0 ? query : [undefined])), { maxLength: query.length })
        .chain((picked) =>
          fc.tuple(
            ...picked
              .filter((p): p is Parameter => p !== undefined)
              .map((p) => parameterValue(p, path).map((v): [string, string] => [p.name, v])),
          ),
        ),
      headerValues: fc.tuple(
        ...headers.map((p) =>
          fc.option(
            parameterValue(p, path).map((v): [string, string] => [p.name, v]),
            { nil: undefined },
          ),
        ),
      ),
      body: !bodySchema
        ? fc.constant(undefined)
        : isStateImport
          ? // Half drawn from the schema; half the current state with a patch, which reaches deeper.
            fc.oneof(fc.constant(CURRENT_STATE), schemaValues(bodySchema))
          : schemaValues(bodySchema).map(path === '/faults' ? shortDelay : (body) => body),
      patch: isStateImport ? fc.oneof(statePatch, entityPatch) : fc.constant({}),
    })
    .map(({ pathValues, queryValues, headerValues, body, patch }): FuzzRequest => {
      let filled = path
      pathParams.forEach((p, i) => {
        filled = filled.replace(`{${p.name}}`, encodeURIComponent(pathValues[i] ?? 'x'))
      })
      const isState = body === CURRENT_STATE
      return {
        method,
        path: `${base}${filled}`.replace(/\/$/, '') || '/',
        query: queryValues,
        headers: {
          ...Object.fromEntries(headerValues.filter((h): h is [string, string] => h !== undefined)),
          ...(bodySchema ? { 'content-type': 'application/json' } : {}),
        },
        ...(isState ? { statePatch: patch } : {}),
        ...(body === undefined || isState ? {} : { body }),
      }
    })
}

const takesInput = (operation: Operation) =>
  operation.requestBody !== undefined ||
  (operation.parameters ?? []).some((p) =>
    ['query', 'path'].includes((resolved(p) as unknown as Parameter).in),
  )

/** The dashboard's pages and files (answers other than JSON) are costly to serve and have little to break. */
const answersJson = (operation: Operation) =>
  Object.entries(operation.responses ?? {})
    .filter(([status]) => status.startsWith('2'))
    .every(([, response]) => Object.keys(response.content ?? {}).every((type) => type === 'application/json'))

/** How often an operation is drawn: control calls that take input most, the dashboard's pages least. */
const weightOf = (operation: Operation) => (!answersJson(operation) ? 1 : takesInput(operation) ? 8 : 3)

/** One arbitrary per operation of contracts/emulator.yaml, so that an operation added to it is fuzzed too. */
export function controlOperations(): { name: string; weight: number; requests: fc.Arbitrary<FuzzRequest> }[] {
  const doc = contracts.documents.get(CONTRACT) as {
    servers?: { url: string }[]
    paths: Record<string, Record<string, Operation> & { servers?: { url: string }[] }>
  }
  const basePath = (servers?: { url: string }[]) =>
    servers?.[0] ? new URL(servers[0].url).pathname.replace(/\/$/, '') : ''
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    ['get', 'put', 'post', 'delete', 'patch']
      .filter((method) => item[method])
      .map((method) => ({
        name: `${method.toUpperCase()} ${path}`,
        weight: weightOf(item[method] as Operation),
        requests: operationRequests(
          path,
          method.toUpperCase(),
          item[method] as Operation,
          basePath(item.servers ?? doc.servers),
        ),
      })),
  )
}
