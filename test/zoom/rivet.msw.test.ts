/** @module @zoom/rivet against the emulator through MSW, at Zoom's real origins (its token URL is fixed to zoom.us). */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createTestEmulator } from '../helpers.js'
import { runRivetScenario } from './rivet-scenario.js'

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

test("rivet gets its own S2S token and runs its scenario: users, scheduled and recurring meetings, paging both ways, Zoom's error codes", async () => {
  await runRivetScenario({})
})
