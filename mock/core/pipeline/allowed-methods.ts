/** @module 405 or not: the methods the app serves a path with, read from its own routes. */
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

export const methodNotAllowedMessage = (method: string, path: string, allow: readonly string[]): string =>
  `${method} is not a method of ${path}; it answers ${allow.join(', ')}.`
