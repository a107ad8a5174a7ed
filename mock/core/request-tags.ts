/** @module What the pipeline tags each request with: the service it belongs to and how its credentials were judged (a module of types that imports nothing). */

export type Service = 'lti-pro' | 'zoom' | 'luminus' | 'control'

/** How a request's credentials were judged, for the journal; never holds a secret. */
export interface AuthVerdict {
  ok: boolean
  reason?: string
}
