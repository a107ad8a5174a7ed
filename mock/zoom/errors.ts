/** @module Zoom errors (temporary minimal version for LTI Pro's createAndAssociate; the zoom branch replaces it). */

export class ZoomError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: { field: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

export const userNotFound = (userId: string) => new ZoomError(404, 1001, `User does not exist: ${userId}.`)

export const validationFailed = (errors: { field: string; message: string }[]) =>
  new ZoomError(400, 300, 'Validation Failed.', errors)
