/** @module validateRequest: checks a request against its contract operation (parameters, JSON body) before the handler, which reads `c.get('input')`. */
import type { MiddlewareHandler } from 'hono'
import type { Issue, OperationSchemas } from './contracts.js'
import type { Env } from './env.js'

/** How a service words a refused request. */
export interface RequestErrors {
  /** A required body is empty, or a body is not JSON (`detail`: the parser's complaint). */
  unreadableBody(detail: string | undefined): Error
  invalid(issues: Issue[]): Error
}

export interface ValidateRequestOptions {
  /** The contracts folder; the package's contracts/ when undefined. */
  contractsDir: string | undefined
  /** `lti-pro.yaml`, … */
  contract: string
  operationId: string
  errors: RequestErrors
}

/** ajv and the contracts load on the first request that needs them, so that start-up stays fast. */
export function validateRequest(options: ValidateRequestOptions): MiddlewareHandler<Env> {
  let operation: OperationSchemas | undefined
  return async function validateRequest(c, next) {
    operation ??= (await import('./contracts.js'))
      .requestContracts(options.contractsDir)
      .operation(options.contract, options.operationId)
    let body: unknown
    if (operation.body) {
      const text = await c.req.text()
      if (text.trim() !== '') body = parseJson(text, options.errors)
      else if (operation.body.required) throw options.errors.unreadableBody(undefined)
    }
    const result = operation.check(c.req.query(), c.req.param(), body)
    if (!result.ok) throw options.errors.invalid(result.issues)
    c.set('input', result.input)
    await next()
  }
}

function parseJson(text: string, errors: RequestErrors): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw errors.unreadableBody((error as Error).message)
  }
}
