/** @module A dropped connection: how the fault middleware marks it and how each way in turns it into a network error. */

/** The `cause` of the error a dropped request rejects with, like undici's socket errors. */
export class ConnectionDroppedError extends Error {
  readonly code = 'ECONNRESET'
  constructor(readonly fault: string) {
    super(`zoom-lti-mock: fault rule ${fault} dropped the connection`)
    this.name = 'ConnectionDroppedError'
  }
}

const droppedBy = new WeakMap<Response, string>()

/** Stands for "no answer" inside the Hono app; `emulator.fetch` never hands it out. */
export function droppedResponse(fault: string): Response {
  const marker = new Response(null, { status: 502 })
  droppedBy.set(marker, fault)
  return marker
}

/** The fault that dropped this response, if it is the marker. */
export const dropFaultOf = (response: Response): string | undefined => droppedBy.get(response)

/** What `fetch` rejects with when the peer closes the connection: a TypeError with a recognisable cause. */
export const connectionDropped = (fault: string): TypeError =>
  new TypeError('fetch failed', { cause: new ConnectionDroppedError(fault) })

export const isConnectionDropped = (error: unknown): error is TypeError & { cause: ConnectionDroppedError } =>
  error instanceof TypeError && error.cause instanceof ConnectionDroppedError
