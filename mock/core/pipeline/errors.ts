/** @module The one error pipeline: whatever a request ends in (a thrown error, a refused body, a path or method not served) is answered here, by the service's own errorResponse. */
import type { Context, MiddlewareHandler } from 'hono'
import type { Env } from '../context.js'
import type { ServiceModule } from '../service.js'
import { type MethodsOf, methodNotAllowedMessage } from './allowed-methods.js'

/** A refusal the pipeline makes for a service, answered in the service's error shape. */
export class PipelineFailure extends Error {
  constructor(
    readonly status: 404 | 405 | 413 | 415 | 501,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'PipelineFailure'
  }
}

export const notEmulatedMessage = (method: string, path: string): string =>
  `${method} ${path} is not emulated by zoom-lti-mock.`

export type ErrorAnswer = (error: unknown, c: Context<Env>) => Response | Promise<Response>

/** The answer of the request's service, or `control` for the emulator's own paths and paths of no service. */
export function errorAnswer(services: readonly ServiceModule[], control: ErrorAnswer): ErrorAnswer {
  const byName = new Map(services.map((service) => [service.name, service]))
  return (error, c) => {
    const service = byName.get(c.get('service') as ServiceModule['name'])
    return service ? service.errorResponse(error, c) : control(error, c)
  }
}

/**
 * The last route: 405 with `Allow` when the path is served with other methods; else 501 (not
 * emulated) for a service's path, 404 for a path of no service.
 */
export function notServed(methodsOf: MethodsOf): MiddlewareHandler<Env> {
  return async function notServed(c) {
    const { method, path } = c.req
    const allow = methodsOf(path)
    if (allow.length > 0)
      throw new PipelineFailure(405, methodNotAllowedMessage(method, path, allow), {
        Allow: allow.join(', '),
      })
    if (c.get('service') === undefined)
      throw new PipelineFailure(404, `${method} ${path} is not a path of any emulated service.`)
    throw new PipelineFailure(501, notEmulatedMessage(method, path))
  }
}
