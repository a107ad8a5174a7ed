/** @module The JSON body of a control call: parsed, and refused with a 400 when it is not JSON or nests too deep. */
import type { Context } from 'hono'
import type { Env } from '../core/context.js'
import { badInput } from './errors.js'

/** Deeper than any snapshot or rule; deeper bodies are refused before anything recursive reads them. */
export const MAX_BODY_DEPTH = 64

function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/** The JSON body of a control call, or a 400 saying what to send. */
export async function jsonBody(c: Context<Env>): Promise<unknown> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw badInput(`${c.req.method} ${c.req.path} needs a JSON body (Content-Type: application/json).`)
  }
  if (depthExceeds(body, MAX_BODY_DEPTH))
    throw badInput(`The body is nested deeper than ${MAX_BODY_DEPTH} levels of arrays and objects.`)
  return body
}
