/** @module Who may fetch a recording file: the token it carries (bearer, or the `access_token` query parameter), and the download access tokens Zoom issues with a recording. */
import { token } from '../../../src/ids.js'
import { bearerToken, jwtIssuer } from '../../core/lib/http-auth.js'
import type { ZoomState } from './state.js'

/** The processing delay's bound: a week. */
export const MAX_RECORDING_DELAY_MINUTES = 10_080
export const isRecordingDelay = (minutes: unknown): minutes is number =>
  Number.isInteger(minutes) && (minutes as number) >= 0 && (minutes as number) <= MAX_RECORDING_DELAY_MINUTES

/** Zoom's download access tokens last a day unless `ttl` says otherwise (emulator choice: the spec gives no default). */
export const DEFAULT_DOWNLOAD_TTL_SECONDS = 86_400

/** The token a recording file request carries: its bearer token, else its `access_token` query parameter. */
export const recordingFileToken = (authorization: string | undefined, accessToken: string | undefined) =>
  bearerToken(authorization) ?? (accessToken || undefined)

/** Whether a world knows the token: an access token, a download access token, or a JWT of one of its apps. */
export function holdsRecordingToken(state: ZoomState, held: string): boolean {
  const issuer = jwtIssuer(held)
  if (issuer !== undefined) return [...state.accounts.values()].some((account) => account.jwtKey === issuer)
  return state.tokens.has(held) || state.recordingTokens.has(held)
}

/** A new download access token for the instance's recording, valid for `ttlSeconds`; expired ones are forgotten. */
export function issueDownloadToken(
  state: ZoomState,
  grant: { accountId: string; instance: string },
  now: number,
  ttlSeconds: number,
): string {
  for (const [held, { expiresAt }] of state.recordingTokens)
    if (expiresAt <= now) state.recordingTokens.delete(held)
  const issued = token(32)
  state.recordingTokens.set(issued, { ...grant, expiresAt: now + ttlSeconds * 1000 })
  return issued
}
