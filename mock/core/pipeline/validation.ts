/** @module Request validation: a route's validator checks the request against its contract operation (parameters, JSON body) before the handler, which reads `c.get('input')` typed from the operation's generated types. */
import type { Context, MiddlewareHandler, Next } from 'hono'
import type { Contracts, Issue } from '../contracts/contracts.js'
import type { OperationSchemas } from '../contracts/operation.js'

/** How a service words a refused request. */
export interface RequestErrors {
  /** A required body is empty, or a body is not JSON (`detail`: the parser's complaint). */
  unreadableBody(detail: string | undefined): Error
  invalid(issues: Issue[]): Error
}

type NoParameters = Record<string, never>
type ParametersIn<Op, In extends 'query' | 'path'> = Op extends { parameters: { [K in In]?: infer P } }
  ? [NonNullable<P>] extends [never]
    ? NoParameters
    : NonNullable<P>
  : NoParameters
type JsonBody<Body> = Body extends { content: { 'application/json': infer Json } } ? Json : never
type BodyOf<Op> = Op extends { requestBody: infer Body }
  ? JsonBody<Body>
  : Op extends { requestBody?: infer Body }
    ? JsonBody<NonNullable<Body>> | undefined
    : undefined

/**
 * A conforming request to operation `Op` (an entry of a contract's generated `operations`), as the
 * validator hands it on: integer, number and boolean parameters converted from their text, the
 * `Defaulted` query parameters always present (the contract gives them defaults), the JSON body parsed.
 */
export interface ValidInput<Op, Defaulted extends keyof ParametersIn<Op, 'query'> = never> {
  query: Omit<ParametersIn<Op, 'query'>, Defaulted> & Required<Pick<ParametersIn<Op, 'query'>, Defaulted>>
  path: ParametersIn<Op, 'path'>
  body: BodyOf<Op>
}

/** What a validator adds to its route's environment. */
export interface InputEnv<Input> {
  Variables: { input: Input }
}

export interface ValidatorOptions<Defaulted> {
  /** Query parameters the handler relies on being present: the contract must give each a default. */
  defaulted?: readonly Defaulted[]
}

/**
 * A service's validators: `valid('getMeeting')` checks a request against that operation of
 * `contract`, whose generated `operations` type is `Ops`. The contracts load on the first request
 * that needs them, so that start-up stays fast.
 */
export const requestValidator =
  <Ops>(contracts: Contracts, contract: string, errorsOf: (operationId: string) => RequestErrors) =>
  <
    Op extends keyof Ops & string,
    const Defaulted extends keyof ParametersIn<Ops[Op], 'query'> & string = never,
  >(
    operationId: Op,
    { defaulted = [] }: ValidatorOptions<Defaulted> = {},
  ): MiddlewareHandler<InputEnv<ValidInput<Ops[Op], Defaulted>>> => {
    const errors = errorsOf(operationId)
    const load = async () => {
      const schemas = (await contracts.load()).operation(contract, operationId)
      const missing = defaulted.filter((name) => !schemas.defaulted.includes(name))
      if (missing.length > 0)
        throw new Error(
          `${contracts.dir}/${contract}: ${operationId} must give ${missing.join(', ')} a default; the emulator relies on it.`,
        )
      return schemas
    }
    let operation: OperationSchemas | undefined
    return function validate(c, next): Promise<void> {
      const schemas = operation
      if (!schemas)
        return load().then((loaded) => {
          operation = loaded
          return validate(c, next)
        })
      if (!schemas.body) return accept(c, next, schemas, errors, undefined)
      const { required } = schemas.body
      return c.req.text().then((text) => {
        if (text.trim() !== '') return accept(c, next, schemas, errors, parseJson(text, errors))
        if (required) throw errors.unreadableBody(undefined)
        return accept(c, next, schemas, errors, undefined)
      })
    }
  }

/** The parameters of a location the operation declares none in: never read. */
const NONE: Record<string, string> = Object.freeze({})

function accept<Input>(
  c: Context<InputEnv<Input>>,
  next: Next,
  schemas: OperationSchemas,
  errors: RequestErrors,
  body: unknown,
) {
  const { reads } = schemas
  const result = schemas.check(reads.query ? c.req.query() : NONE, reads.path ? c.req.param() : NONE, body)
  if (!result.ok) throw errors.invalid(result.issues)
  // The contract's schemas, which Input is generated from, have just accepted it.
  c.set('input', result.input as Input)
  return next()
}

function parseJson(text: string, errors: RequestErrors): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw errors.unreadableBody((error as Error).message)
  }
}
