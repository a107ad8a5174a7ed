/** @module The command line: options become server options; one readable line per request, never a secret. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import { createEmulator } from '../../mock/emulator.js'
import { T0 } from '../helpers.js'

describe('the command line', () => {
  test('turns every option into a server option', () => {
    const options = serverOptions(
      [
        '--port',
        '0',
        '--host',
        '::1',
        '--journal-size',
        '5',
        '--journal-bytes',
        '65536',
        '--latency',
        '20',
        '--rate-limits',
        '--fault-seed',
        '9',
        '--contracts',
        'contracts',
      ],
      {},
    )
    expect(options).toMatchObject({
      port: 0,
      host: '::1',
      journalSize: 5,
      journalBytes: 65_536,
      latencyMs: 20,
      faultSeed: 9,
      zoom: { rateLimits: true },
      contractsDir: 'contracts',
    })
  })

  test('takes the port, host and admin token from the environment too', () => {
    const env = { PORT: '4999', HOST: 'localhost', ZOOM_LTI_MOCK_ADMIN_TOKEN: 't' }
    expect(serverOptions([], env)).toMatchObject({ port: 4999, host: 'localhost', adminToken: 't' })
  })

  test.each([
    [['--port', '70000'], '--port must be'],
    [['--latency', 'slow'], '--latency must be'],
    [['--journal-size', '0'], '--journal-size must be'],
    [['--journal-bytes', '1e3x'], '--journal-bytes must be'],
    [['--now', 'noon'], '--now must be'],
    [['--seed', '/nonexistent/state.json'], '--seed /nonexistent/state.json'],
    [['--contracts', '/nonexistent'], '--contracts /nonexistent: no such folder'],
    [['--colour'], "Unknown option '--colour'"],
  ])('refuses %j with a message naming the option', (args, message) => {
    expect(() => serverOptions(args, {})).toThrow(message)
  })

  test('--seed loads a state snapshot that the emulator starts from', () => {
    const source = createEmulator({ now: T0 })
    source.worlds.defaultWorld.store.zoom.meetings.clear()
    const dir = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-'))
    const file = join(dir, 'state.json')
    writeFileSync(file, JSON.stringify(source.exportState()))
    const { state } = serverOptions(['--seed', file], {})
    rmSync(dir, { recursive: true })
    expect(createEmulator({ now: T0, ...(state ? { state } : {}) }).exportState()).toEqual(
      source.exportState(),
    )
  })

  test('logs one line per request with method, path, status, time, service and auth, without secrets', async () => {
    const lines: string[] = []
    const { onRequest } = serverOptions([], {}, (line) => lines.push(line))
    const emulator = createEmulator({ ...(onRequest ? { onRequest } : {}) })
    await emulator.request('/zoom/Meeting/x/Sync?subscription-key=azure-secret', {
      headers: { 'Ocp-Apim-Subscription-Key': 'azure-secret' },
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^GET \/zoom\/Meeting\/x\/Sync 401 [\d.]+ms luminus default auth denied: subscription key not found$/,
    )
  })

  test('--quiet logs nothing', () => {
    expect(serverOptions(['--quiet'], {}).onRequest).toBeUndefined()
  })
})

describe('a log line', () => {
  test('names a denied verdict with its reason, and a dropped connection with its fault', async () => {
    const { formatRequestLog } = await import('../../mock/log.js')
    const base = { time: '', sandbox: 'sandbox-1', query: {}, durationMs: 12.4, journaled: true } as const
    expect(
      formatRequestLog({
        ...base,
        service: 'lti-pro',
        method: 'GET',
        path: '/p',
        status: 401,
        auth: { ok: false, reason: 'expired' },
      }),
    ).toBe('GET /p 401 12ms lti-pro sandbox-1 auth denied: expired')
    expect(
      formatRequestLog({
        ...base,
        service: 'zoom',
        method: 'POST',
        path: '/p',
        status: 0,
        auth: null,
        fault: 'fault-2',
      }),
    ).toBe('POST /p dropped 12ms zoom sandbox-1 auth — fault fault-2')
  })
})
