/** @module A dropped connection: how the fault middleware marks it and how each way in turns it into a network error. */

/** The `cause` of the error a dropped request rejects with, like undici's socket errors. */
export class ConnectionDroppedError extends Error {
  readonly code = 'ECONNRESET'
  constructor(readonly fault: string) {
    super(`zoom-lti-mock: fault rule ${fault} dropped the connection`)
    this.name = 'ConnectionDroppedError'
  }
}

/** Stands for "no answer" inside the Hono app; `emulator.fetch` never hands it out. */
class DroppedResponse extends Response {
  constructor(readonly fault: string) {
    super(null, { status: 502 })
  }
}

export const droppedResponse = (fault: string): Response => new DroppedResponse(fault)

/** The fault that dropped this response, if it is the marker. */
export const dropFaultOf = (response: Response): string | undefined =>
  response instanceof DroppedResponse ? response.fault : undefined

/** What `fetch` rejects with when the peer closes the connection: a TypeError with a recognisable cause. */
export const connectionDropped = (fault: string): TypeError =>
  new TypeError('fetch failed', { cause: new ConnectionDroppedError(fault) })

export const isConnectionDropped = (error: unknown): error is TypeError & { cause: ConnectionDroppedError } =>
  error instanceof TypeError && error.cause instanceof ConnectionDroppedError
