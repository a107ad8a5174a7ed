/** @module Test wiring: an emulator whose every response is checked against the contracts, and the three clients on it. */
import { Contracts } from '../mock/core/contracts/contracts.js'
import { type Emulator, type EmulatorOptions, FETCH_OVER_HTTP, LOCAL_ORIGIN } from '../mock/core/emulator.js'
import { createWorld, type World, type WorldOptions } from '../mock/core/world.js'
import { createEmulator } from '../mock/emulator.js'
import { DEMO_CREDENTIALS, seedDemo } from '../mock/seed/demo.js'
import { SERVICES } from '../mock/services/index.js'
import { createLtiProClient } from '../src/lti-pro/client.js'
import { createLuminusClient } from '../src/luminus/client.js'
import { createZoomClient } from '../src/zoom/client.js'
import { validatingFetch } from './contract.js'

/** Shared by the test emulators of a file that use the package's contracts, so that each loads them once. */
const packageContracts = new Contracts()

/** A fixed instant for tests: 2026-11-22T12:00:00Z. */
export const T0 = Date.parse('2026-11-22T12:00:00.000Z')

/** A world of every service, with the demo seed and credentials unless the options say otherwise. */
export const createTestWorld = (options: Partial<WorldOptions> & { id: string }): World =>
  createWorld({ services: SERVICES, credentials: DEMO_CREDENTIALS, seed: seedDemo, ...options })

/** An emulator frozen at T0 (unless told otherwise) whose responses must all match their contracts. */
export function createTestEmulator(options: EmulatorOptions = {}): Emulator {
  const contracts = options.contractsDir === undefined ? { contracts: packageContracts } : {}
  const emulator = createEmulator({ now: T0, ...contracts, ...options })
  const unchecked = emulator.fetch
  emulator.fetch = validatingFetch(unchecked)
  // What startServer({ emulator }) answers HTTP requests with.
  const uncheckedOverHttp = emulator[FETCH_OVER_HTTP]
  emulator[FETCH_OVER_HTTP] = (request, bindings) =>
    validatingFetch((checked) => uncheckedOverHttp(checked, bindings))(request)
  return emulator
}

/** The three typed clients with the demo credentials, in-process on `emulator`, on its clock. */
export function demoClients(emulator: Emulator) {
  const { fetch } = emulator
  const now = () => emulator.clock.now()
  const { lti, zoom, luminus } = DEMO_CREDENTIALS
  const { accountId, clientId, clientSecret } = zoom
  return {
    lti: createLtiProClient({ ...lti, baseUrl: `${LOCAL_ORIGIN}/api/v1/lti/rich`, fetch, now }),
    zoom: createZoomClient({
      auth: { type: 's2s', accountId, clientId, clientSecret },
      baseUrl: `${LOCAL_ORIGIN}/v2`,
      oauthUrl: `${LOCAL_ORIGIN}/oauth`,
      fetch,
      now,
    }),
    luminus: createLuminusClient({ subscriptionKey: luminus.subscriptionKey, baseUrl: LOCAL_ORIGIN, fetch }),
  }
}

/** Replaces row `id` of a store table with `change(row)`: stored rows are written through their table, never edited in place. */
export function rewrite<V>(table: Map<string, V>, id: string, change: (row: V) => V): V {
  const row = table.get(id)
  if (row === undefined) throw new Error(`no row ${id} to rewrite`)
  const changed = change(row)
  table.set(id, changed)
  return changed
}
