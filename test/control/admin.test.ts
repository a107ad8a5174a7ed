/** @module Who may drive the control API: loopback by default; elsewhere only with the admin token. */
import { afterEach, describe, expect, test } from 'vitest'
import { isLoopback, type RunningServer, startServer } from '../../mock/server.js'

import { createTestEmulator, T0 } from '../helpers.js'
import { control } from './helpers.js'

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

describe('the admin token', () => {
  test('is required for every control call but health, and nothing changes without it', async () => {
    const emulator = createTestEmulator({ adminToken: 'let-me-in' })
    const denied = await control(emulator, 'POST', '/clock', { body: { advanceMs: 1000 } })
    expect(denied).toEqual({ status: 401, body: { error: expect.stringContaining('Bearer <token>') } })
    for (const path of ['/state', '/clock', '/requests', '/faults', '/sandboxes', '/lti-pro/bulk-jobs'])
      expect((await control(emulator, 'GET', path)).status, path).toBe(401)
    expect((await control(emulator, 'POST', '/sandboxes', bearer('wrong'))).status).toBe(401)
    expect(emulator.worlds.sandboxes.size).toBe(0)
    expect(emulator.clock.now()).toBe(T0)
    expect((await control(emulator, 'GET', '/health')).status).toBe(200)
    expect((await control(emulator, 'GET', '/clock', bearer('let-me-in'))).status).toBe(200)
    const allowed = await control(emulator, 'POST', '/clock', {
      body: { advanceMs: 1000 },
      ...bearer('let-me-in'),
    })
    expect(allowed.status).toBe(200)
  })

  test('is not asked for when none is configured', async () => {
    expect((await control(createTestEmulator(), 'POST', '/reset')).status).toBe(204)
  })
})

describe('the server', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  test.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1'])('treats %s as loopback', (host) => {
    expect(isLoopback(host)).toBe(true)
  })

  test.each(['0.0.0.0', '::', '192.168.1.10', 'example.test'])('does not treat %s as loopback', (host) => {
    expect(isLoopback(host)).toBe(false)
  })

  test('refuses to start on a non-loopback host without an admin token, saying what to do', async () => {
    await expect(startServer({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/--admin-token/)
  })

  test('starts on a non-loopback host with an admin token, and enforces it', async () => {
    server = await startServer({ host: '0.0.0.0', port: 0, adminToken: 'let-me-in' })
    const url = `http://127.0.0.1:${server.port}/__emulator/reset`
    expect((await fetch(url, { method: 'POST' })).status).toBe(401)
    expect((await fetch(url, { method: 'POST', ...bearer('let-me-in') })).status).toBe(204)
  })
})
