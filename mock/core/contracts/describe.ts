/** @module Schemas and ajv's errors in words: what a refused request sent, what its contract asks for, as `Issue`s. */
import type { ErrorObject } from 'ajv/dist/2020.js'
import { type Issue, isRecord, type RequestLocation, type Schema, unescapePointer } from './schema.js'

/** The node a `$ref` names, and the contract file it is in. */
export type ResolveRef = (ref: string, file: string) => { node: Schema; file: string } | undefined

/** The parameters as received (raw text), by location; undefined when the errors are about the body. */
export type RawParameters = Record<'query' | 'path', Record<string, string>>

const SECRET_FIELD = /pass|secret|token/i

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

function span(min: unknown, max: unknown, unit: string): string {
  if (min !== undefined && max !== undefined) return ` of ${min} to ${max} ${unit}`
  if (max !== undefined) return ` of at most ${max} ${unit}`
  return min === undefined ? '' : ` of at least ${min} ${unit}`
}

function range(min: unknown, max: unknown): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`
  if (max !== undefined) return ` ≤ ${max}`
  return min === undefined ? '' : ` ≥ ${min}`
}

/** `schema` (in contract `file`) in words, for messages: `an integer from 1 to 1000`, `an object {userId, meetingList}`. */
export function describeSchema(schema: Schema, file: string, resolve: ResolveRef): string {
  const describe = (other: Schema, at = file) => describeSchema(other, at, resolve)
  if (typeof schema.$ref === 'string') {
    const target = resolve(schema.$ref, file)
    const { $ref: _, ...rest } = schema
    return target ? describe({ ...target.node, ...rest }, target.file) : 'a valid value'
  }
  const union = schema.oneOf ?? schema.anyOf
  if (Array.isArray(union)) return orList(union.map((branch: Schema) => describe(branch)))
  if ('const' in schema) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return orList(schema.enum.map((value) => JSON.stringify(value)))
  if (Array.isArray(schema.type)) return orList(schema.type.map((type) => describe({ ...schema, type })))
  switch (schema.type) {
    case 'integer':
      return `an integer${range(schema.minimum, schema.maximum)}`
    case 'number':
      return `a number${range(schema.minimum, schema.maximum)}`
    case 'boolean':
      return 'true or false'
    case 'null':
      return 'null'
    case 'array':
      return `an array${span(schema.minItems, schema.maxItems, 'items')}`
    case 'object':
      return Array.isArray(schema.required) && schema.required.length > 0
        ? `an object {${schema.required.join(', ')}}`
        : 'an object'
    case 'string': {
      const base =
        schema.minLength === 1 && schema.maxLength === undefined
          ? 'a non-empty string'
          : `a string${span(schema.minLength, schema.maxLength, 'characters')}`
      const format = typeof schema.format === 'string' ? ` in ${schema.format} format` : ''
      const pattern = typeof schema.pattern === 'string' ? ` matching ${schema.pattern}` : ''
      return base + format + pattern
    }
    default:
      return 'a valid value'
  }
}

/** ajv's errors as issues: within a `oneOf`, only the branch whose type fits the value speaks. */
export function issuesOf(
  errors: ErrorObject[],
  raw: RawParameters | undefined,
  describe: (schema: Schema) => string,
): Issue[] {
  const unions = new Set(
    errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath),
  )
  const specific = errors.filter(
    (e) =>
      !unions.has(e.instancePath) || (e.keyword !== 'type' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf'),
  )
  const chosen =
    specific.length > 0 ? specific : errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
  return chosen.map((error) => issueOf(error, raw, describe))
}

function issueOf(
  error: ErrorObject,
  raw: RawParameters | undefined,
  describe: (schema: Schema) => string,
): Issue {
  const steps = error.instancePath
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .map((step) => (/^[0-9]+$/.test(step) ? Number(step) : step))
  const location: RequestLocation = raw ? (steps.shift() as 'query' | 'path') : 'body'
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined
  const parent = (error.parentSchema ?? {}) as Schema
  const schema =
    missing === undefined
      ? parent
      : (isRecord(parent.properties) && (parent.properties[missing] as Schema)) || {}
  const path = missing === undefined ? steps : [...steps, missing]
  const field = String(path.at(-1) ?? '')
  const unknownField = error.params.additionalProperty ?? error.params.unevaluatedProperty
  return {
    ...(typeof unknownField === 'string' ? { unknownField } : {}),
    location,
    path,
    keyword: error.keyword,
    schema,
    expected: describe(schema),
    received:
      missing !== undefined
        ? 'nothing'
        : raw
          ? JSON.stringify(raw[location as 'query' | 'path']?.[field])
          : received(error.data, field),
  }
}

function received(value: unknown, field: string): string {
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`
  if (isRecord(value)) return 'an object'
  if (typeof value === 'string') {
    if (SECRET_FIELD.test(field)) return `a string of ${value.length} characters`
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  }
  return JSON.stringify(value) ?? String(value)
}
