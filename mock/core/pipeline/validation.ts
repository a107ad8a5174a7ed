/** @module validateRequest: checks a request against its contract operation (parameters, JSON body) before the handler, which reads `c.get('input')`. */
import type { Context, MiddlewareHandler, Next } from 'hono'
import type { Env } from '../context.js'
import type { Issue, OperationSchemas } from '../contracts/contracts.js'

/** How a service words a refused request. */
export interface RequestErrors {
  /** A required body is empty, or a body is not JSON (`detail`: the parser's complaint). */
  unreadableBody(detail: string | undefined): Error
  invalid(issues: Issue[]): Error
}

interface ValidateRequestOptions {
  /** The contracts folder; the package's contracts/ when undefined. */
  contractsDir: string | undefined
  /** The contract's file name in the contracts folder. */
  contract: string
  operationId: string
  errors: RequestErrors
}

/** A service's validators: `valid('getMeeting')` checks a request against that operation of `contract`. */
export const requestValidator =
  (contractsDir: string | undefined, contract: string, errorsOf: (operationId: string) => RequestErrors) =>
  (operationId: string): MiddlewareHandler<Env> =>
    validateRequest({ contractsDir, contract, operationId, errors: errorsOf(operationId) })

/** ajv and the contracts load on the first request that needs them, so that start-up stays fast. */
function validateRequest(options: ValidateRequestOptions): MiddlewareHandler<Env> {
  const { errors } = options
  let operation: OperationSchemas | undefined
  const accept = (c: Context<Env>, next: Next, schemas: OperationSchemas, body: unknown) => {
    const result = schemas.check(c.req.query(), c.req.param(), body)
    if (!result.ok) throw errors.invalid(result.issues)
    c.set('input', result.input)
    return next()
  }
  return function validate(c, next): Promise<void> {
    const schemas = operation
    if (!schemas)
      return import('../contracts/contracts.js').then(({ requestContracts }) => {
        operation = requestContracts(options.contractsDir).operation(options.contract, options.operationId)
        return validate(c, next)
      })
    if (!schemas.body) return accept(c, next, schemas, undefined)
    const { required } = schemas.body
    return c.req.text().then((text) => {
      if (text.trim() !== '') return accept(c, next, schemas, parseJson(text, errors))
      if (required) throw errors.unreadableBody(undefined)
      return accept(c, next, schemas, undefined)
    })
  }
}

function parseJson(text: string, errors: RequestErrors): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw errors.unreadableBody((error as Error).message)
  }
}
