/** @module The emulator as a whole: health, unknown paths, reset and the clock. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator, T0 } from './helpers.js'

describe('the emulator', () => {
  test('answers health with status ok', async () => {
    const response = await createTestEmulator().request('/__emulator/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  test.each([
    ['/api/v1/lti/rich/open/unknown', { status: false, errorCode: '501' }],
    ['/v2/webinars', { code: 501 }],
    ['/zoom/Unknown', { statusCode: 501 }],
  ])(
    'answers an unknown path under a service (%s) with 501 in the vendor shape, naming it',
    async (path, shape) => {
      const response = await createTestEmulator().request(path, { method: 'DELETE' })
      expect(response.status).toBe(501)
      const body = await response.json()
      expect(body).toMatchObject(shape)
      expect(JSON.stringify(body)).toContain(`DELETE ${path} is not emulated`)
    },
  )

  test('a frozen clock moves only when told, and reset puts it back with the seed', () => {
    const emulator = createTestEmulator()
    expect(emulator.clock.now()).toBe(T0)
    emulator.clock.advance(60_000)
    emulator.worlds.defaultWorld.store.zoom.meetings.clear()
    expect(emulator.clock.now()).toBe(T0 + 60_000)
    emulator.reset()
    expect(emulator.clock.now()).toBe(T0)
    expect(emulator.worlds.defaultWorld.store.zoom.meetings.size).toBeGreaterThan(0)
  })
})
