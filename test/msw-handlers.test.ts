/** @module zoom-lti-mock/msw: createHandlers is one MSW handler that forwards exactly the URLs under the real origins and the local one. */
import { fc, test } from '@fast-check/vitest'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterEach, describe, expect } from 'vitest'
import { LOCAL_ORIGIN } from '../mock/core/emulator.js'
import type { RequestLog } from '../mock/core/pipeline/journal-and-faults.js'
import { createEmulator } from '../mock/emulator.js'
import { createHandlers, REAL_ORIGINS } from '../mock/msw.js'
import { T0 } from './helpers.js'

const BASES = [...Object.values(REAL_ORIGINS), LOCAL_ORIGIN]

let close = () => {}
afterEach(() => close())

/** An emulator behind its handlers on an MSW server that fails unhandled requests; `logs` has a line per request it answered. */
function served(options: Parameters<typeof createHandlers>[1] = {}) {
  const logs: RequestLog[] = []
  const emulator = createEmulator({ now: T0, onRequest: (log) => logs.push(log) })
  const msw = setupServer(...createHandlers(emulator, options))
  msw.listen({ onUnhandledRequest: 'error' })
  close = () => msw.close()
  return logs
}

describe('createHandlers', () => {
  test('is one handler that forwards a request under each real origin and the local one to the emulator', async () => {
    const logs = served()
    expect(createHandlers(createEmulator({ now: T0 }))).toHaveLength(1)
    for (const base of BASES) {
      const response = await fetch(`${base}/probe?x=1`)
      expect(response.headers.get('content-type')).toMatch(/json/)
    }
    expect(logs.map((log) => log.path)).toEqual([
      '/api/v1/lti/rich/probe',
      '/v2/probe',
      '/oauth/probe',
      '/rec/probe',
      '/probe',
      '/probe',
    ])
  })

  test('leaves every other URL to the other handlers, the emulator never asked', async () => {
    const logs = served()
    for (const url of [
      'https://api.zoom.us/v2x/users',
      'https://api.zoom.us/v3/users',
      'https://api.zoom.us/v2',
      'http://api.zoom.us/v2/users',
      'https://api.zoom.us.example.com/v2/users',
      'https://example.com/?next=https://api.zoom.us/v2/users',
      'https://zoom.us/oauthx/token',
      'http://127.0.0.1:4011/__emulator/health',
    ])
      await expect(fetch(url), url).rejects.toThrow()
    expect(logs).toEqual([])
  })

  test('answers the localOrigin given instead of the default one, and none with false', async () => {
    const logs = served({ localOrigin: 'http://localhost:9999' })
    expect((await fetch('http://localhost:9999/__emulator/health')).status).toBe(200)
    await expect(fetch(`${LOCAL_ORIGIN}/__emulator/health`)).rejects.toThrow()
    close()
    const none = served({ localOrigin: false })
    await expect(fetch(`${LOCAL_ORIGIN}/__emulator/health`)).rejects.toThrow()
    expect((await fetch(`${REAL_ORIGINS.luminus}/zoom/x`)).status).toBeGreaterThan(0)
    expect([logs.length, none.length]).toEqual([1, 1])
  })

  test('forwards a path with a malformed percent escape to the emulator, which answers it', async () => {
    const logs = served()
    const response = await fetch(`${REAL_ORIGINS.zoomApi}/users/%E0`)
    // MSW decoded a string path's wildcard and threw on it: a 500 of its own, the emulator never asked.
    expect(response.status).toBeLessThan(500)
    expect(logs.map((log) => log.path)).toEqual(['/v2/users/%E0'])
  })

  /** URLs near the bases: each base, its case changed or a character put in, then a short tail. */
  const nearBase = fc
    .tuple(
      fc.constantFrom(...BASES),
      fc.constantFrom('', 'upper', 'x'),
      fc.nat(40),
      fc.string({ unit: fc.constantFrom('/', 'a', 'B', '.', '?', '#', '-', ':', '~'), maxLength: 6 }),
    )
    .map(([base, change, at, tail]) => {
      const cut = at % (base.length + 1)
      const changed =
        change === 'upper'
          ? base.toUpperCase()
          : change === 'x'
            ? `${base.slice(0, cut)}x${base.slice(cut)}`
            : base
      return `${changed}${tail}`
    })
    .filter((url) => URL.canParse(url))

  const [handler] = createHandlers(createEmulator({ now: T0 }))
  const perBase = BASES.map((base) => http.all(`${base}/*`, () => undefined))
  test.prop([nearBase], { numRuns: 500 })(
    'matches exactly the URLs that the former handlers, one `<base>/*` string path a base, matched',
    async (url) => {
      const request = () => new Request(url)
      const before = await Promise.all(perBase.map((h) => h.test({ request: request() })))
      expect(await handler?.test({ request: request() })).toBe(before.includes(true))
    },
  )
})
