/** @module The control API's answer to whatever a control call (or a request to no service) ends in, in its `{"error"}` shape. */
import type { Context } from 'hono'
import { PipelineFailure } from '../core/pipeline/errors.js'
import { ControlError, controlErrorBody } from './errors.js'

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
