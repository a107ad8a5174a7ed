/** @module MSW handlers that forward the real services' origins (and the local one) to an emulator; no endpoint logic here. */
import { HttpResponse, http } from 'msw'
import { isConnectionDropped } from './core/drop.js'
import { type Emulator, LOCAL_ORIGIN } from './core/emulator.js'

/** The real origins and base paths the emulator answers for. */
export const REAL_ORIGINS = {
  ltiPro: 'https://applications.zoom.us/api/v1/lti/rich',
  zoomApi: 'https://api.zoom.us/v2',
  zoomOAuth: 'https://zoom.us/oauth',
  zoomRecordings: 'https://zoom.us/rec',
  luminus: 'https://luminus.azure-api.net',
} as const

export interface HandlerOptions {
  /**
   * Also answer this origin (every path: services and `/__emulator`), so code written for the
   * server works unchanged under MSW. `http://127.0.0.1:4010` by default; `false` for none.
   */
  localOrigin?: string | false
}

/** A dropped connection becomes `HttpResponse.error()`: the client's fetch rejects with a TypeError. */
const forward =
  (emulator: Pick<Emulator, 'fetch'>) =>
  async ({ request }: { request: Request }): Promise<Response> => {
    try {
      return await emulator.fetch(request)
    } catch (error) {
      if (isConnectionDropped(error)) return HttpResponse.error()
      throw error
    }
  }

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Any URL under one of `bases`, as MSW matches `${base}/*` (its origin and path, the query aside;
 * case-insensitive): one handler instead of one a base, since MSW tries each handler in turn, and a
 * string path costs it a compiled path-to-regexp per request.
 */
const underAny = (bases: readonly string[]): RegExp =>
  new RegExp(`^(?:${bases.map(escaped).join('|')})/`, 'i')

/** One MSW handler forwarding every request under the real origins (and the local one) to `emulator`. */
export const createHandlers = (
  emulator: Pick<Emulator, 'fetch'>,
  { localOrigin = LOCAL_ORIGIN }: HandlerOptions = {},
) => [
  http.all(
    underAny([...Object.values(REAL_ORIGINS), ...(localOrigin === false ? [] : [localOrigin])]),
    forward(emulator),
  ),
]
