/** @module Test wiring: an emulator whose every response is checked against the contracts, and the three clients on it. */
import { createEmulator, type Emulator, type EmulatorOptions, LOCAL_ORIGIN } from '../mock/core/emulator.js'
import { DEMO_CREDENTIALS } from '../mock/seed/demo.js'
import { createLtiProClient } from '../src/lti-pro/client.js'
import { createLuminusClient } from '../src/luminus/client.js'
import { createZoomClient } from '../src/zoom/client.js'
import { validatingFetch } from './contract.js'

/** A fixed instant for tests: 2026-11-22T12:00:00Z. */
export const T0 = Date.parse('2026-11-22T12:00:00.000Z')

/** An emulator frozen at T0 (unless told otherwise) whose responses must all match their contracts. */
export function createTestEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ now: T0, ...options })
  const unchecked = emulator.fetch
  emulator.fetch = validatingFetch(unchecked)
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
