/** @module Checks any emulator response against the OpenAPI contracts in contracts/ (ajv, JSON Schema 2020-12). */

import { escapePointer } from '../mock/core/contracts/contracts.js'
import { LoadedContracts } from '../mock/core/contracts/load.js'
import { CONTRACTS_DIR } from '../mock/core/lib/package-root.js'
import { routedZoomPath } from '../mock/services/zoom/uuid-path.js'

interface ResponseObject {
  $ref?: string
  content?: Record<string, { schema?: unknown }>
}
interface Operation {
  responses?: Record<string, ResponseObject>
}
interface Document {
  servers?: { url: string }[]
  paths?: Record<string, Record<string, Operation> & { servers?: { url: string }[] }>
}
interface Route {
  contract: string
  method: string
  template: string
  pattern: RegExp
  operation: Operation
  pointer: string
}

/** The package's contracts, loaded once for every check in a test file. */
export const contracts = new LoadedContracts(CONTRACTS_DIR)

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

const basePath = (servers: { url: string }[] | undefined): string =>
  servers?.[0] ? new URL(servers[0].url).pathname.replace(/\/$/, '') : ''

/** Follows a `$ref` (`#/components/responses/…`) to the response object and its JSON pointer. */
function resolveResponse(
  route: Route,
  key: string,
): { response: ResponseObject; pointer: string } | undefined {
  let response = route.operation.responses?.[key]
  let pointer = `${route.pointer}/responses/${escapePointer(key)}`
  let file = route.contract
  while (response?.$ref) {
    const target = contracts.resolve(response.$ref, file)
    if (!target) return undefined
    file = target.file
    pointer = `${file}#${response.$ref.split('#')[1]}`
    response = target.node as ResponseObject
  }
  return response && { response, pointer }
}

function loadRoutes(): Route[] {
  const routes: Route[] = []
  for (const [file, contract] of contracts.documents) {
    const doc = contract as Document
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const template = basePath(item.servers ?? doc.servers) + path
      const pattern = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
      )
      for (const method of METHODS) {
        const operation = item[method]
        if (operation) {
          const pointer = `${file}#/paths/${escapePointer(path)}/${method}`
          routes.push({
            contract: file,
            method: method.toUpperCase(),
            template,
            pattern,
            operation,
            pointer,
          })
        }
      }
    }
  }
  return routes
}

let contractRoutes: Route[] | undefined

/** Every operation of every contract: method and full path template (server base path + path). */
export function contractOperations(): { method: string; template: string; contract: string }[] {
  contractRoutes ??= loadRoutes()
  return contractRoutes.map(({ method, template, contract }) => ({ method, template, contract }))
}

/** The contract operation a request targets, if any. */
export function findOperation(method: string, pathname: string): Route | undefined {
  contractRoutes ??= loadRoutes()
  const matches = contractRoutes.filter((r) => r.method === method && r.pattern.test(pathname))
  // A literal segment beats a template parameter, as in OpenAPI path matching.
  return matches.sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0]
}

/** Every operation on a path, whatever its method. */
export function pathOperations(pathname: string): Route[] {
  contractRoutes ??= loadRoutes()
  return contractRoutes.filter((r) => r.pattern.test(pathname))
}

/** What `Allow` must list for a path: its operations' methods, HEAD with GET (Hono answers HEAD for GET). */
export function allowedMethods(pathname: string): string[] {
  const methods = new Set(pathOperations(pathname).map((r) => r.method))
  if (methods.has('GET')) methods.add('HEAD')
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => methods.has(m))
}

/** Each contract's error schema, which a 405 or 501 in that service's shape follows. */
const ERROR_SCHEMAS: Record<string, string> = {
  'lti-pro.yaml': 'Failure',
  'zoom.yaml': 'Error',
  'luminus.yaml': 'ApimError',
  'emulator.yaml': 'ControlError',
}

/** A request for a method its path does not declare: 405 with `Allow` in the contract's error shape, or 501/404 for an unknown path; 413 from the body guard anywhere. */
async function undeclaredMethodViolations(request: Request, response: Response): Promise<string[]> {
  const pathname = routedZoomPath(new URL(request.url).pathname)
  const where = `${request.method} ${pathname} → ${response.status}`
  const allow = allowedMethods(pathname)
  // The body guard refuses an oversized body before any route is chosen, whatever the path.
  const tooLarge = response.status === 413
  if (allow.length === 0)
    return response.status === 501 || response.status === 404 || tooLarge
      ? []
      : [`${where} but no contract describes this path`]
  if (response.status !== 405 && !tooLarge)
    return [`${where}: the path answers ${allow.join(', ')}, so 405 is due`]
  const violations: string[] = []
  if (!tooLarge && response.headers.get('allow') !== allow.join(', '))
    violations.push(`${where}: Allow is ${response.headers.get('allow')}, not ${allow.join(', ')}`)
  const contract = pathOperations(pathname)[0]?.contract ?? 'emulator.yaml'
  const validate = contracts.validator(`${contract}#/components/schemas/${ERROR_SCHEMAS[contract]}`)
  if (request.method !== 'HEAD' && !validate(await response.clone().json()))
    violations.push(`${where}: body off the error schema: ${JSON.stringify(validate.errors)}`)
  return violations
}

/** What is wrong with this response by the contract; empty when it conforms. */
export async function contractViolations(request: Request, response: Response): Promise<string[]> {
  // A fault rule's answer is whatever the test asked for, deliberately outside the vendor's contract.
  if (response.headers.has('x-emulator-fault')) return []
  // As Zoom reads it: a raw UUID with a lone `/` is one segment, which the contract's parameter holds.
  const pathname = routedZoomPath(new URL(request.url).pathname)
  // Hono answers HEAD as GET without the body.
  const route = findOperation(request.method === 'HEAD' ? 'GET' : request.method, pathname)
  if (!route) return undeclaredMethodViolations(request, response)
  const responses = route.operation.responses ?? {}
  const status = String(response.status)
  const key = status in responses ? status : `${status[0]}XX` in responses ? `${status[0]}XX` : 'default'
  const resolved = resolveResponse(route, key)
  const where = `${request.method} ${pathname} → ${status}`
  if (!resolved) return [`${where}: status not declared in ${route.contract}`]
  const declared = resolved.response
  const text = await response.clone().text()
  if (request.method === 'HEAD') return text === '' ? [] : [`${where}: a HEAD answer has a body`]
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim()
  const media = declared.content ? Object.keys(declared.content) : []
  if (media.length === 0) return text === '' ? [] : [`${where}: declared without a body but has one`]
  if (!contentType || !media.includes(contentType))
    return [`${where}: content-type ${contentType} not in ${media}`]
  if (!declared.content?.[contentType]?.schema || contentType !== 'application/json') return []
  const pointer = `${resolved.pointer}/content/${escapePointer(contentType)}/schema`
  const validate = contracts.validator(pointer)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return [`${where}: body is not JSON: ${text.slice(0, 200)}`]
  }
  if (validate(body)) return []
  return (validate.errors ?? []).map(
    (e) => `${where}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
  )
}

/** Wraps a fetch so that any response that breaks its contract makes the call throw. */
export const validatingFetch =
  (inner: (request: Request) => Promise<Response>) =>
  async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const response = await inner(request.clone())
    const violations = await contractViolations(request, response)
    if (violations.length > 0) throw new Error(`Contract violation:\n${violations.join('\n')}`)
    return response
  }
