/** @module The control API's one error: a status and a message that says what to fix, answered as `{"error"}`. */
import type { Context } from 'hono'
import { PipelineFailure } from '../core/pipeline/errors.js'

export type ControlErrorStatus = 400 | 401 | 404 | 413 | 415

export class ControlError extends Error {
  constructor(
    readonly status: ControlErrorStatus,
    message: string,
  ) {
    super(message)
    this.name = 'ControlError'
  }
}

/** The control API's error body. */
export const controlErrorBody = (message: string) => ({ error: message })

/** The control API's answer to whatever a control call (or a request to no service) ends in. */
export function controlErrorResponse(error: unknown, c: Context): Response {
  if (error instanceof ControlError) return c.json(controlErrorBody(error.message), error.status)
  if (error instanceof PipelineFailure)
    return c.json(controlErrorBody(error.message), error.status, error.headers)
  return c.json(
    controlErrorBody(`Emulator fault: ${error instanceof Error ? error.message : String(error)}`),
    500,
  )
}

export const badInput = (message: string) => new ControlError(400, message)

export const unknownSandbox = (id: string) =>
  new ControlError(404, `No sandbox "${id}": create one with POST /__emulator/sandboxes.`)

/** A plain object (not an array, not null), as JSON objects parse. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Rejects any key outside `allowed`, naming it and the keys that are allowed. */
export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key))
  if (unknown.length > 0)
    throw badInput(`${where}: unknown field "${unknown[0]}" (allowed: ${allowed.join(', ') || 'none'}).`)
}
