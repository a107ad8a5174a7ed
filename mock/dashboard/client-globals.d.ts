/**
 * @module What the page's scripts share through `window`, and the journal entry they read: declared
 * once for every browser script (client-*.ts), which may import nothing; types only, so nothing of
 * it is in the source text a script is sent as.
 */

/** LTI Pro's signing, set by its dashboard script (mock/services/lti-pro/client-signature.ts). */
interface LtiSignature {
  bodyUserId(path: string, body: string): string | undefined
  baseString(params: [string, string][]): string
  sign(secret: string, text: string): Promise<string>
}

/** What a request of the world actions' `send` or `control` answered. */
interface WorldAnswer {
  ok: boolean
  status: number
  data: unknown
  /** The API's own words when it refused: `{"error"}` of the control API, `{"message"}` of Zoom's. */
  reason: string
}

/** Set by the actions' script (mock/dashboard/client-actions.ts) for the forms' script, which runs after it. */
interface WorldActions {
  say(text: string, isError?: boolean): void
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<WorldAnswer>
  control(method: string, path: string, body?: unknown): Promise<WorldAnswer>
}

/** A journal entry as `GET /__emulator/requests` answers it. */
interface JournalEntry {
  id: number
  time: string
  sandbox: string
  service: string
  method: string
  path: string
  query: Record<string, string | string[]>
  status: number
  durationMs: number
  auth: { ok: boolean; reason?: string } | null
  diagnostic?: string
  fault?: string
  request: { headers: Record<string, string>; body: unknown }
  response: { status: number; headers: Record<string, string>; body: unknown }
}

interface Window {
  ltiSignature: LtiSignature
  worldActions: WorldActions
}
