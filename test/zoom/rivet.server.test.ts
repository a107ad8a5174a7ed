/** @module @zoom/rivet against the emulator served on a local port, its base URL pointed there. */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator } from '../helpers.js'
import { runRivetScenario } from './rivet-scenario.js'
import { basic, DEMO_S2S } from './support.js'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0, emulator: createTestEmulator() })
})
afterAll(() => server.close())

test('rivet, with a token from the local /oauth/token and baseUrl on the local server, runs the same scenario', async () => {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: basic(DEMO_S2S.clientId, DEMO_S2S.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=account_credentials&account_id=${DEMO_S2S.accountId}`,
  })
  expect(response.status).toBe(200)
  const { access_token, scope } = (await response.json()) as { access_token: string; scope: string }
  await runRivetScenario({
    baseUrl: `${server.url}/v2`,
    token: {
      accessToken: access_token,
      expirationTimeIso: new Date(Date.now() + 3_000_000).toISOString(),
      scopes: scope.split(' '),
    },
  })
})
