/** @module A typed client for LumiNUS's Zoom Conferencing API: `{ data } | { error }`, throwing only for transport faults. */
import { serviceBaseUrl } from '../base-url.js'
import type { components, operations } from '../generated/luminus.js'

export const LUMINUS_BASE_URL = 'https://luminus.azure-api.net'

export type LuminusMeeting = components['schemas']['Meeting']
export type LuminusApiError = components['schemas']['ApimError']
export type SyncMeetingStatus = keyof operations['syncMeeting']['responses']

export type LuminusResult<T> =
  | { data: T; error?: never; response: Response }
  | { data?: never; error: LuminusApiError; response: Response }

export interface LuminusClientOptions {
  /** The Azure API Management subscription key, sent as `Ocp-Apim-Subscription-Key`. */
  subscriptionKey: string
  /**
   * `https://luminus.azure-api.net` unless given, e.g. the emulator's origin `http://127.0.0.1:4010`
   * (LumiNUS's paths start at the origin); a URL with a path is the full base.
   */
  baseUrl?: string
  /** Any fetch taking a Request: `globalThis.fetch` by default, or an emulator's `fetch`. */
  fetch?: (request: Request) => Promise<Response>
}

export interface LuminusClient {
  /** Refreshes LumiNUS's record of the meeting from Zoom and returns it. */
  syncMeeting(id: string): Promise<LuminusResult<LuminusMeeting>>
}

/** An error body that is not APIM's JSON (a proxy's HTML page, say) still becomes an error. */
async function errorOf(response: Response): Promise<LuminusApiError> {
  const text = await response.text()
  try {
    const body = JSON.parse(text) as Partial<LuminusApiError>
    if (typeof body.message === 'string')
      return { statusCode: body.statusCode ?? response.status, message: body.message }
  } catch {}
  return { statusCode: response.status, message: text || response.statusText }
}

export function createLuminusClient({
  subscriptionKey,
  baseUrl = LUMINUS_BASE_URL,
  fetch = (request) => globalThis.fetch(request),
}: LuminusClientOptions): LuminusClient {
  const base = serviceBaseUrl(baseUrl, LUMINUS_BASE_URL)
  const get = async <T>(path: string): Promise<LuminusResult<T>> => {
    const request = new Request(`${base}${path}`, {
      headers: { 'Ocp-Apim-Subscription-Key': subscriptionKey, accept: 'application/json' },
    })
    const response = await fetch(request)
    if (!response.ok) return { error: await errorOf(response), response }
    const text = await response.text()
    try {
      return { data: JSON.parse(text) as T, response }
    } catch {
      throw new Error(
        `LumiNUS answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
      )
    }
  }
  return {
    syncMeeting: (id) => get<LuminusMeeting>(`/zoom/Meeting/${encodeURIComponent(id)}/Sync`),
  }
}
