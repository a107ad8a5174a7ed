/** @module One operation's request schemas: its parameters converted from text and defaulted, then parameters and JSON body checked by ajv. */
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { issuesOf, type RawParameters } from './describe.js'
import type { CheckResult, Issue, RequestInput, Schema } from './schema.js'

export interface ResolvedParameter {
  name: string
  in: string
  required: boolean
  /** JSON pointer of its schema, for ajv. */
  schemaAt: string
  /** Its schema, one reference deep resolved: for type conversion and defaults. */
  schema: Schema
}

/** What an operation needs of the contracts it is in. */
export interface SchemaCompiler {
  compile(schema: Schema): ValidateFunction
  /** The validator of the schema at a JSON pointer (`file.yaml#/components/schemas/Name`). */
  validator(pointer: string): ValidateFunction
  describe(schema: Schema, file: string): string
}

const PARAMETER_LOCATIONS = ['query', 'path'] as const
type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number]

/** A parameter's raw text as its schema's type; an empty value counts as absent (emulator choice). */
function fromText(raw: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number')
    return /^-?[0-9]+(\.[0-9]+)?$/.test(raw) ? Number(raw) : raw
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

/** The schemas of one operation; its validators compile on its first check. */
export class OperationSchemas {
  private validators?: { parameters?: ValidateFunction; body?: ValidateFunction }
  /** Its query and path parameters: those that `check` reads (header parameters are the services' own). */
  private readonly checked: readonly ResolvedParameter[]
  /** Whether it declares query, and path, parameters: a request's others are not read. */
  readonly reads: Readonly<Record<ParameterLocation, boolean>>

  constructor(
    private readonly contracts: SchemaCompiler,
    private readonly file: string,
    private readonly parameters: ResolvedParameter[],
    /** Present when the operation takes a JSON body. */
    readonly body: { required: boolean; schemaAt: string } | undefined,
  ) {
    this.checked = parameters.filter((p) => (PARAMETER_LOCATIONS as readonly string[]).includes(p.in))
    this.reads = {
      query: this.checked.some((p) => p.in === 'query'),
      path: this.checked.some((p) => p.in === 'path'),
    }
  }

  /** The query parameters whose schema gives a default: a conforming request always has them. */
  get defaulted(): string[] {
    return this.parameters
      .filter((p) => p.in === 'query' && p.schema.default !== undefined)
      .map((p) => p.name)
  }

  /**
   * Checks parameters (raw strings as received; only those of a location it `reads` are looked at)
   * and the parsed body (undefined when none was sent).
   */
  check(query: Record<string, string>, path: Record<string, string>, body: unknown): CheckResult {
    this.validators ??= this.compile()
    const raw: RawParameters = { query, path }
    const input: RequestInput = { query: {}, path: {}, body }
    for (const parameter of this.checked) {
      const location = parameter.in as ParameterLocation
      const text = raw[location][parameter.name]
      const value =
        text === undefined || (text === '' && parameter.schema.type !== 'string')
          ? parameter.schema.default
          : fromText(text, parameter.schema)
      if (value !== undefined) input[location][parameter.name] = value
    }
    const { parameters, body: bodyValidator } = this.validators
    // concat, not push(...): a huge body can have more issues than a call can take arguments.
    let issues: Issue[] = []
    if (parameters && !parameters({ query: input.query, path: input.path }))
      issues = issues.concat(issuesOf(parameters.errors ?? [], raw, this.describe))
    if (bodyValidator && body !== undefined && !bodyValidator(body))
      issues = issues.concat(issuesOf(bodyValidator.errors ?? [], undefined, this.describe))
    return issues.length > 0 ? { ok: false, issues } : { ok: true, input }
  }

  private readonly describe = (schema: Schema) => this.contracts.describe(schema, this.file)

  /** Without query or path parameters, every request's (empty) parameters conform: no validator for them. */
  private compile() {
    const body = this.body ? { body: this.contracts.validator(this.body.schemaAt) } : {}
    if (this.checked.length === 0) return body
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
    return { parameters, ...body }
  }
}
