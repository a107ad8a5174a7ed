/** @module The files the dashboard serves from disk: the OpenAPI contracts and Swagger UI's static assets. */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { extname, join } from 'node:path'

/** Swagger UI's folder, found on the first request for one of its files rather than at start-up. */
export const swaggerUiDir = (): string =>
  (createRequire(import.meta.url)('swagger-ui-dist/absolute-path.js') as () => string)()

/** The contract file names in `dir` (`lti-pro.yaml`, …), sorted. */
export const contractFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.yaml': 'application/yaml; charset=utf-8',
}

/**
 * A file directly inside `dir` as a Response, or undefined when `name` is not such a file: names
 * with a path separator or a leading dot never match, so nothing outside `dir` can be read.
 */
export async function fileResponse(dir: string, name: string): Promise<Response | undefined> {
  if (!/^[\w-][\w.-]*$/.test(name) || !readdirSync(dir).includes(name)) return undefined
  const body = await readFile(join(dir, name))
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    },
  })
}
