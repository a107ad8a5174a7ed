/** @module Zoom test wiring: a contract-checked emulator, S2S tokens and a client bound to it. */
import type { Emulator, EmulatorOptions } from '../../mock/core/emulator.js'
import { createZoomClient, type ZoomAuth } from '../../src/zoom/client.js'
import { createTestEmulator } from '../helpers.js'

export const DEMO_S2S: Extract<ZoomAuth, { type: 's2s' }> = {
  type: 's2s',
  accountId: 'demo-account',
  clientId: 'demo-client-id',
  clientSecret: 'demo-client-secret',
}

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`

export async function s2sToken(emulator: Emulator, auth = DEMO_S2S): Promise<string> {
  const response = await emulator.request(
    `/oauth/token?grant_type=account_credentials&account_id=${auth.accountId}`,
    { method: 'POST', headers: { authorization: basic(auth.clientId, auth.clientSecret) } },
  )
  return ((await response.json()) as { access_token: string }).access_token
}

/** A contract-checked emulator and a Zoom client that reaches it in-process, on the emulator's clock. */
export function zoomFixture(options: EmulatorOptions = {}, auth: ZoomAuth = DEMO_S2S) {
  const emulator = createTestEmulator(options)
  const client = createZoomClient({
    auth,
    baseUrl: 'http://127.0.0.1:4010/v2',
    oauthUrl: 'http://127.0.0.1:4010/oauth',
    fetch: (input, init) => emulator.fetch(new Request(input, init)),
    now: () => emulator.clock.now(),
  })
  return { emulator, client, store: () => emulator.worlds.defaultWorld.store.zoom }
}

/** Raw calls with a bearer token, for what the client would not send. */
export const bearer =
  (emulator: Emulator, token: string) =>
  (path: string, init: RequestInit = {}) =>
    emulator.request(path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    })

/**
 * Adds a second account, `other-account`, with its S2S app and an owner `other-owner` (a copy of
 * demo-host), to the emulator's default world; answers that app's credentials.
 */
export function addOtherAccount(emulator: Emulator): Extract<ZoomAuth, { type: 's2s' }> {
  const zoom = emulator.worlds.defaultWorld.store.zoom
  const other = {
    ...DEMO_S2S,
    accountId: 'other-account',
    clientId: 'other-id',
    clientSecret: 'other-secret',
  }
  zoom.accounts.set('other-account', { id: 'other-account', ...other, jwtKey: 'ok', jwtSecret: 'os' })
  const demoHost = zoom.users.get('demo-host')
  if (!demoHost) throw new Error('seed changed')
  zoom.users.set('other-owner', {
    ...demoHost,
    id: 'other-owner',
    email: 'o@other.example',
    account_id: 'other-account',
    role_name: 'Owner',
  })
  return other
}
