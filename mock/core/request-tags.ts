/** @module What the pipeline tags each request with: the service it belongs to and how its credentials were judged (a module of types that imports nothing). */

/** Each emulated service by its name (journal, fault rules), mapped to its store key; each service adds itself in its state.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each service through declaration merging
export interface ServiceNames {}

/** An emulated service's name, or `control` for the emulator's own API and dashboard. */
export type Service = (keyof ServiceNames & string) | 'control'

/** How a request's credentials were judged, for the journal; never holds a secret. */
export interface AuthVerdict {
  ok: boolean
  reason?: string
}
