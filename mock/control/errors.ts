/** @module The control API's one error: a status and a message that says what to fix, answered as `{"error"}`. */

export type ControlErrorStatus = 400 | 401 | 404 | 409 | 413 | 415

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
