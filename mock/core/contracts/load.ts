/** @module A folder of OpenAPI contracts read and registered with ajv: each operation's request schemas, `$ref`s resolved, and which requests take JSON. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { CORE_SCHEMA, load } from 'js-yaml'
import { describeSchema } from './describe.js'
import { OperationSchemas, type ResolvedParameter, type SchemaCompiler } from './operation.js'
import { escapePointer, isRecord, type Schema, unescapePointer } from './schema.js'

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: Schema
  $ref?: string
}

interface Servers {
  servers?: { url: string }[]
}
type PathItem = Record<string, { operationId?: string; parameters?: Parameter[]; requestBody?: Schema }> &
  Servers & { parameters?: Parameter[] }
interface Document extends Servers {
  paths?: Record<string, PathItem>
}

const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
])

/** The path part of a server URL, without its trailing slash: `/v1` for `https://api.example.com/v1`. */
const basePath = (servers: Servers['servers']): string =>
  servers?.[0] ? new URL(servers[0].url).pathname.replace(/\/$/, '') : ''

/** A path template (`/v2/users/{userId}`) as a pattern for request paths. */
const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)

/** Every contract in one folder, parsed and registered with ajv; an operation's schemas are found on first use. */
export class LoadedContracts implements SchemaCompiler {
  private readonly ajv: Ajv2020
  /** Each contract's parsed document, by file name. */
  readonly documents = new Map<string, Document>()
  private readonly operations = new Map<string, OperationSchemas>()
  private jsonRequests?: { method: string; pattern: RegExp }[]

  /** `firstIssueOnly`: each check stops at its first issue. */
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

  /** Whether a contract declares a JSON body for `method` on `path` (server base path included). */
  takesJson(method: string, path: string): boolean {
    this.jsonRequests ??= this.findJsonRequests()
    return this.jsonRequests.some((request) => request.method === method && request.pattern.test(path))
  }

  compile(schema: Schema): ValidateFunction {
    return this.ajv.compile(schema)
  }

  /** The validator of the schema at `pointer` (`file.yaml#/components/schemas/Name`), compiled once. */
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
    return describeSchema(schema, file, (ref, at) => this.resolve(ref, at))
  }

  private *eachOperation() {
    for (const [file, doc] of this.documents)
      for (const [path, item] of Object.entries(doc.paths ?? {}))
        for (const [method, operation] of Object.entries(item))
          if (HTTP_METHODS.has(method) && isRecord(operation))
            yield { file, doc, path, item, method, operation }
  }

  private findJsonRequests() {
    const requests: { method: string; pattern: RegExp }[] = []
    for (const { file, doc, path, item, method, operation } of this.eachOperation())
      if (this.requestBody(operation.requestBody, '', file))
        requests.push({
          method: method.toUpperCase(),
          pattern: templatePattern(basePath(item.servers ?? doc.servers) + path),
        })
    return requests
  }

  private find(file: string, operationId: string): OperationSchemas {
    for (const { file: at, path, item, method, operation } of this.eachOperation()) {
      if (at !== file || operation.operationId !== operationId) continue
      const pointer = `${file}#/paths/${escapePointer(path)}`
      const parameters = [
        ...(item.parameters ?? []).map((p, i) => this.parameter(p, `${pointer}/parameters/${i}`, file)),
        ...(operation.parameters ?? []).map((p, i) =>
          this.parameter(p, `${pointer}/${method}/parameters/${i}`, file),
        ),
      ]
      const body = this.requestBody(operation.requestBody, `${pointer}/${method}/requestBody`, file)
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

  /** Where the operation's JSON body schema is; undefined when it takes no JSON body. */
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
