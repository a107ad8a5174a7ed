/**
 * @module A literal path segment served through a route parameter: Hono's RegExpRouter refuses a
 * literal segment beside a parameter of the same method (and its SmartRouter then falls back to the
 * slower trie router), so such a route takes the parameter and answers for that one value only; it
 * lists under the path its contract names.
 */
import type { Env as HonoEnv, MiddlewareHandler, Next } from 'hono'
import { every } from 'hono/combine'

const SEGMENT = Symbol('literal segment')

/** A middleware or handler of any environment: the route's own, which Hono's chained overloads would type. */
type AnyHandler = (c: never, next: Next) => Promise<unknown>

interface Segment {
  name: string
  value: string
}

/**
 * The one handler of a route whose parameter `name` stands for the literal `value`: runs `handlers`
 * for that value; for any other the request goes on as if the route did not match (405, 501, 404).
 */
export function literalSegment<E extends HonoEnv>(
  name: string,
  value: string,
  ...handlers: AnyHandler[]
): MiddlewareHandler<E> {
  const chain = every(...(handlers as MiddlewareHandler[]))
  const handler: MiddlewareHandler<E> = (c, next) =>
    c.req.param(name) === value ? chain(c as never, next) : next()
  return Object.assign(handler, { [SEGMENT]: { name, value } satisfies Segment })
}

interface Route {
  method: string
  path: string
}

/** A route as its contract names it: the parameter of a literalSegment route replaced by its value. */
export function declaredRoute({ method, path, handler }: Route & { handler: unknown }): Route {
  const segment = (handler as { [SEGMENT]?: Segment })[SEGMENT]
  return { method, path: segment ? path.replace(new RegExp(`:${segment.name}(?=/|$)`), segment.value) : path }
}
