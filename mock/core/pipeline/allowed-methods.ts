/** @module 405 or not: the methods the app serves a path with, read from its own routes, and the answer for a method it does not. */
import type { Context, Env as HonoEnv, MiddlewareHandler } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'

/** In the order an `Allow` header lists them; HEAD goes with GET, as Hono answers HEAD for every GET route. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

/** A path's methods, as `Allow` lists them; empty when no route serves the path. */
export type MethodsOf = (path: string) => readonly string[]

/**
 * The methods each path is served with, from a route table such as Hono's `app.routes` (read on
 * first use, when the app is complete). `ALL` entries are middleware and catch-alls, not routes.
 */
export function methodsOfRoutes(routes: () => readonly { method: string; path: string }[]): MethodsOf {
  let router: TrieRouter<string> | undefined
  return (path) => {
    if (!router) {
      router = new TrieRouter<string>()
      for (const { method, path: route } of routes()) if (method !== 'ALL') router.add('ALL', route, method)
    }
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method))
    if (methods.has('GET')) methods.add('HEAD')
    return METHOD_ORDER.filter((method) => methods.has(method))
  }
}

export const notEmulatedMessage = (method: string, path: string): string =>
  `${method} ${path} is not emulated by zoom-lti-mock.`

export const methodNotAllowedMessage = (method: string, path: string, allow: readonly string[]): string =>
  `${method} is not a method of ${path}; it answers ${allow.join(', ')}.`

/** A service's error body for a status and a message (Zoom `{code, message}`, control `{error}`, …). */
export type ErrorShape = (status: 405 | 501, message: string) => object

/**
 * A service's catch-all: 405 with `Allow` in the service's error shape when the path is served
 * with other methods; else `unknownPath`, by default 501 (not emulated) in the same shape.
 */
export function notServed<E extends HonoEnv>(
  methodsOf: MethodsOf,
  shape: ErrorShape,
  unknownPath: (c: Context<E>) => Response | Promise<Response> = (c) =>
    c.json(shape(501, notEmulatedMessage(c.req.method, c.req.path)), 501),
): MiddlewareHandler<E> {
  return async (c) => {
    const allow = methodsOf(c.req.path)
    if (allow.length === 0) return unknownPath(c)
    const message = methodNotAllowedMessage(c.req.method, c.req.path, allow)
    return c.json(shape(405, message), 405, { Allow: allow.join(', ') })
  }
}
