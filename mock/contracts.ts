/** @module The contracts' request schemas: each operation's parameters and JSON body, compiled once by ajv, checked into typed input or issues. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { CORE_SCHEMA, load } from 'js-yaml'
import { CONTRACTS_DIR } from './package-root.js'

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

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: Schema
  $ref?: string
}

type PathItem = Record<string, { operationId?: string; parameters?: Parameter[]; requestBody?: Schema }> & {
  parameters?: Parameter[]
}
interface Document {
  paths?: Record<string, PathItem>
}

const PARAMETER_LOCATIONS = ['query', 'path'] as const
const SECRET_FIELD = /pass|secret|token/i

export const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1')
const unescapePointer = (s: string) => s.replaceAll('~1', '/').replaceAll('~0', '~')

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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

/** A parameter's raw text as its schema's type; an empty value counts as absent (emulator choice). */
function fromText(raw: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number')
    return /^-?[0-9]+(\.[0-9]+)?$/.test(raw) ? Number(raw) : raw
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

/** Every contract in one folder, parsed and registered with ajv; an operation's validators compile on its first check. */
export class RequestContracts {
  private readonly ajv: Ajv2020
  /** Each contract's parsed document, by file name. */
  readonly documents = new Map<string, Document>()
  private readonly operations = new Map<string, OperationSchemas>()

  /** `firstIssueOnly`: stop at the first issue, in time linear in the input however many issues it has. */
  constructor(
    readonly dir: string,
    firstIssueOnly = false,
  ) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: !firstIssueOnly,
      verbose: true,
      formats: { int32: true, int64: true },
      // The documents are OpenAPI, not JSON Schemas: only the schemas inside them are compiled.
      validateSchema: false,
    })
    addFormats.default(this.ajv)
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
      const doc = load(readFileSync(join(dir, file), 'utf8'), { schema: CORE_SCHEMA }) as Document
      this.documents.set(file, doc)
      this.ajv.addSchema(doc as object, file)
    }
  }

  /** The schemas of `operationId` in `file`; throws when the contract has no such operation. */
  operation(file: string, operationId: string): OperationSchemas {
    const key = `${file}#${operationId}`
    let operation = this.operations.get(key)
    if (!operation) {
      operation = this.find(file, operationId)
      this.operations.set(key, operation)
    }
    return operation
  }

  compile(schema: Schema): ValidateFunction {
    return this.ajv.compile(schema)
  }

  /** The validator of the schema at `pointer` (`zoom.yaml#/components/schemas/Meeting`), compiled once. */
  validator(pointer: string): ValidateFunction {
    return this.ajv.getSchema(pointer) ?? this.compile({ $ref: pointer })
  }

  /** The node a `$ref` names: `#/…` in `file` (or, failing that, any contract), or `other.yaml#/…`. */
  resolve(ref: string, file: string): { node: Schema; file: string } | undefined {
    const [target = '', pointer = ''] = ref.split('#')
    const files = target ? [target.replace(/^\.\//, '')] : [file, ...this.documents.keys()]
    for (const name of files) {
      const node = pointer
        .split('/')
        .slice(1)
        .map(unescapePointer)
        .reduce<unknown>((at, part) => (isRecord(at) ? at[part] : undefined), this.documents.get(name))
      if (isRecord(node)) return { node, file: name }
    }
    return undefined
  }

  /** `schema` in words, for messages: `an integer from 1 to 1000`, `an object {userId, meetingList}`. */
  describe(schema: Schema, file: string): string {
    if (typeof schema.$ref === 'string') {
      const target = this.resolve(schema.$ref, file)
      const { $ref: _, ...rest } = schema
      return target ? this.describe({ ...target.node, ...rest }, target.file) : 'a valid value'
    }
    const union = schema.oneOf ?? schema.anyOf
    if (Array.isArray(union)) return orList(union.map((branch: Schema) => this.describe(branch, file)))
    if ('const' in schema) return JSON.stringify(schema.const)
    if (Array.isArray(schema.enum)) return orList(schema.enum.map((value) => JSON.stringify(value)))
    if (Array.isArray(schema.type))
      return orList(schema.type.map((type) => this.describe({ ...schema, type }, file)))
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

  private find(file: string, operationId: string): OperationSchemas {
    const doc = this.documents.get(file)
    for (const [path, item] of Object.entries(doc?.paths ?? {}))
      for (const [method, operation] of Object.entries(item)) {
        if (method === 'parameters' || !isRecord(operation) || operation.operationId !== operationId) continue
        const at = `${file}#/paths/${escapePointer(path)}`
        const parameters = [
          ...(item.parameters ?? []).map((p, i) => this.parameter(p, `${at}/parameters/${i}`, file)),
          ...(operation.parameters ?? []).map((p, i) =>
            this.parameter(p, `${at}/${method}/parameters/${i}`, file),
          ),
        ]
        const body = this.requestBody(operation.requestBody, `${at}/${method}/requestBody`, file)
        return new OperationSchemas(this, file, parameters, body)
      }
    throw new Error(`${this.dir}/${file} has no operation ${operationId}`)
  }

  private parameter(parameter: Parameter, pointer: string, file: string): ResolvedParameter {
    const target = parameter.$ref ? this.resolve(parameter.$ref, file) : undefined
    const resolved = (target?.node ?? parameter) as unknown as Parameter
    const schemaAt = target
      ? `${target.file}#${(parameter.$ref ?? '').split('#')[1]}/schema`
      : `${pointer}/schema`
    const schema = resolved.schema ?? {}
    const own =
      typeof schema.$ref === 'string' ? (this.resolve(schema.$ref, target?.file ?? file)?.node ?? {}) : schema
    return {
      name: resolved.name,
      in: resolved.in,
      required: resolved.required ?? false,
      schemaAt,
      schema: own,
    }
  }

  private requestBody(body: Schema | undefined, pointer: string, file: string) {
    if (!body) return undefined
    const target = typeof body.$ref === 'string' ? this.resolve(body.$ref, file) : undefined
    const node = target?.node ?? body
    const content = isRecord(node.content) ? node.content : {}
    if (!isRecord(content['application/json'])) return undefined
    const at = target ? `${target.file}#${String(body.$ref).split('#')[1]}` : pointer
    return { required: node.required === true, schemaAt: `${at}/content/application~1json/schema` }
  }
}

interface ResolvedParameter {
  name: string
  in: string
  required: boolean
  /** JSON pointer of its schema, for ajv. */
  schemaAt: string
  /** Its schema, one reference deep resolved: for type conversion and defaults. */
  schema: Schema
}

/** The schemas of one operation. */
export class OperationSchemas {
  private validators?: { parameters: ValidateFunction; body?: ValidateFunction }

  constructor(
    private readonly contracts: RequestContracts,
    private readonly file: string,
    private readonly parameters: ResolvedParameter[],
    /** Present when the operation takes a JSON body. */
    readonly body: { required: boolean; schemaAt: string } | undefined,
  ) {}

  /** Checks parameters (raw strings as received) and the parsed body (undefined when none was sent). */
  check(query: Record<string, string>, path: Record<string, string>, body: unknown): CheckResult {
    this.validators ??= this.compile()
    const raw = { query, path }
    const input: RequestInput = { query: {}, path: {}, body }
    for (const parameter of this.parameters) {
      const location = parameter.in as (typeof PARAMETER_LOCATIONS)[number]
      if (!PARAMETER_LOCATIONS.includes(location)) continue
      const text = raw[location][parameter.name]
      const value =
        text === undefined || (text === '' && parameter.schema.type !== 'string')
          ? parameter.schema.default
          : fromText(text, parameter.schema)
      if (value !== undefined) input[location][parameter.name] = value
    }
    // concat, not push(...): a huge body can have more issues than a call can take arguments.
    let issues: Issue[] = []
    if (!this.validators.parameters({ query: input.query, path: input.path }))
      issues = issues.concat(this.issues(this.validators.parameters.errors ?? [], raw))
    if (this.validators.body && body !== undefined && !this.validators.body(body))
      issues = issues.concat(this.issues(this.validators.body.errors ?? [], undefined))
    return issues.length > 0 ? { ok: false, issues } : { ok: true, input }
  }

  private compile() {
    const properties = (location: string) =>
      Object.fromEntries(
        this.parameters.filter((p) => p.in === location).map((p) => [p.name, { $ref: p.schemaAt }]),
      )
    const required = (location: string) =>
      this.parameters.filter((p) => p.in === location && p.required).map((p) => p.name)
    const parameters = this.contracts.compile({
      type: 'object',
      properties: Object.fromEntries(
        PARAMETER_LOCATIONS.map((location) => [
          location,
          { type: 'object', properties: properties(location), required: required(location) },
        ]),
      ),
    })
    return this.body ? { parameters, body: this.contracts.validator(this.body.schemaAt) } : { parameters }
  }

  /** ajv's errors as issues: within a `oneOf`, only the branch whose type fits the value speaks. */
  private issues(errors: ErrorObject[], raw: Record<string, Record<string, string>> | undefined): Issue[] {
    const unions = new Set(
      errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath),
    )
    const specific = errors.filter(
      (e) =>
        !unions.has(e.instancePath) ||
        (e.keyword !== 'type' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf'),
    )
    const chosen =
      specific.length > 0 ? specific : errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    return chosen.map((error) => this.issue(error, raw))
  }

  private issue(error: ErrorObject, raw: Record<string, Record<string, string>> | undefined): Issue {
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
      expected: this.contracts.describe(schema, this.file),
      received:
        missing !== undefined
          ? 'nothing'
          : raw
            ? JSON.stringify(raw[location]?.[field])
            : this.received(error.data, field),
    }
  }

  private received(value: unknown, field: string): string {
    if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`
    if (isRecord(value)) return 'an object'
    if (typeof value === 'string') {
      if (SECRET_FIELD.test(field)) return `a string of ${value.length} characters`
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    }
    return JSON.stringify(value) ?? String(value)
  }
}

const loaded = new Map<string, RequestContracts>()

/**
 * The contracts of `dir` (the package's contracts/ by default), loaded once per folder. Their checks
 * report every issue, unless `firstIssueOnly`: ajv collecting every issue of a huge input takes time
 * that grows with the square of their number.
 */
export function requestContracts(dir: string = CONTRACTS_DIR, firstIssueOnly = false): RequestContracts {
  const key = `${firstIssueOnly ? 'first:' : 'all:'}${resolve(dir)}`
  let contracts = loaded.get(key)
  if (!contracts) {
    contracts = new RequestContracts(resolve(dir), firstIssueOnly)
    loaded.set(key, contracts)
  }
  return contracts
}
