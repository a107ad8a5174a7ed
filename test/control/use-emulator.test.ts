/** @module zoom-lti-mock/vitest: useEmulator puts the emulator behind MSW for a test file and resets between tests. */
import { describe, expect, test } from 'vitest'
import { useEmulator } from '../../mock/vitest.js'
import { T0 } from '../helpers.js'

const emulator = useEmulator({ now: T0 })
const sync = () =>
  fetch('https://luminus.azure-api.net/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync', {
    headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' },
  })

describe('useEmulator', () => {
  test('answers the real origins from the emulator and journals the calls', async () => {
    emulator.faults.add({ match: { service: 'luminus' }, response: { status: 503 } })
    emulator.setClock({ advanceMs: 1000 })
    emulator.createSandbox()
    expect((await sync()).status).toBe(503)
    expect(emulator.requests({ service: 'luminus' }).count).toBe(1)
  })

  test('starts every test afresh: no fault rules, journal, sandboxes or clock changes left over', async () => {
    expect(emulator.faults.list()).toEqual([])
    expect(emulator.requests().count).toBe(0)
    expect(emulator.worlds.sandboxes.size).toBe(0)
    expect(emulator.clock.now()).toBe(T0)
    expect((await sync()).status).toBe(200)
  })

  test('lets no request through to a real host', async () => {
    await expect(fetch('https://example.com/')).rejects.toThrow()
  })
})
