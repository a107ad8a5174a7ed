/** @module How each group of Zoom calls reaches Zoom (ZoomTransport), and the types its calls are written in; apart from client.ts so that the call groups it assembles need not import it back. */
import type { operations } from '../generated/zoom.js'
import type { ZoomApiError } from './auth.js'

/** The query parameters of a Zoom operation, by its contract's operationId. */
export type Query<Op extends keyof operations> = operations[Op]['parameters'] extends { query?: infer Q }
  ? NonNullable<Q>
  : never

export type ZoomResult<T> =
  | { data: T; error?: undefined; response: Response }
  | { data?: undefined; error: ZoomApiError; response?: Response }

/** How a group of calls (one file per area of the API) reaches Zoom: one authenticated call, page iteration, a path segment. */
export interface ZoomTransport {
  call<T>(method: string, path: string, query?: object, body?: unknown): Promise<ZoomResult<T>>
  pages<T extends { next_page_token: string }>(
    fetchPage: (nextPageToken: string | undefined) => Promise<ZoomResult<T>>,
  ): AsyncGenerator<ZoomResult<T>>
  /** A path segment from an id, a number or an email. */
  id(value: string | number): string
}
