/** @module The Zoom client's base URLs: one emulator origin switches API and token calls, and the client secret never reaches a real host. */
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createZoomClient, type ZoomClientOptions } from '../../src/zoom/client.js'
import { createTestEmulator } from '../helpers.js'
import { DEMO_S2S } from './support.js'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const isLoopback = (url: string) => LOOPBACK.has(new URL(url).hostname)

/** A client on an in-process emulator whose fetch records every URL; `loopbackOnly` refuses any other host. */
function recordingClient(options: Omit<ZoomClientOptions, 'auth'>, { loopbackOnly = true } = {}) {
  const emulator = createTestEmulator()
  const urls: string[] = []
  const client = createZoomClient({
    auth: DEMO_S2S,
    ...options,
    fetch: async (input, init) => {
      const request = new Request(input, init)
      urls.push(request.url)
      if (loopbackOnly && !isLoopback(request.url))
        throw new Error(`a request left loopback: ${request.method} ${request.url}`)
      return emulator.fetch(request)
    },
    now: () => emulator.clock.now(),
  })
  return { client, urls }
}

describe('the Zoom client given the emulator origin', () => {
  test('adds /v2 to a bare origin and asks the same origin for its token', async () => {
    for (const baseUrl of ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/']) {
      const { client, urls } = recordingClient({ baseUrl })
      expect((await client.users.get('me')).data?.id).toBe('demo-admin')
      expect(urls).toEqual(['http://127.0.0.1:4010/oauth/token', 'http://127.0.0.1:4010/v2/users/me'])
    }
  })

  test('keeps a base with a path as given, and the token still follows its origin', async () => {
    const { client, urls } = recordingClient({ baseUrl: 'http://localhost:4010/v2/' })
    expect((await client.meetings.list('me')).data?.meetings).toBeDefined()
    expect(urls).toEqual(['http://localhost:4010/oauth/token', 'http://localhost:4010/v2/users/me/meetings'])
  })

  test("uses Zoom's own token URL for Zoom's API host, and an explicit oauthUrl wherever the API is", async () => {
    const real = recordingClient({}, { loopbackOnly: false })
    await real.client.users.get('me')
    expect(real.urls).toEqual(['https://zoom.us/oauth/token', 'https://api.zoom.us/v2/users/me'])
    const explicit = recordingClient({ baseUrl: 'http://127.0.0.1:4010', oauthUrl: 'http://127.0.0.1:4011' })
    await explicit.client.users.get('me')
    expect(explicit.urls[0]).toBe('http://127.0.0.1:4011/oauth/token')
  })

  test('refuses a base URL that is not an absolute URL, naming the option', () => {
    expect(() => createZoomClient({ auth: DEMO_S2S, oauthUrl: 'zoom.us/oauth' })).toThrow(
      'oauthUrl must be an absolute URL like http://127.0.0.1:4010, not "zoom.us/oauth".',
    )
    expect(() => createZoomClient({ auth: DEMO_S2S, baseUrl: 'http://127.0.0.1:4010/?x=1' })).toThrow(
      'baseUrl must have no query or fragment',
    )
  })
})

describe('the Zoom client with the global fetch, MSW answering loopback only', () => {
  const emulator = createTestEmulator()
  const seen: { url: string; authorization: string | null }[] = []
  const msw = setupServer(http.all('http://127.0.0.1:4010/*', ({ request }) => emulator.fetch(request)))
  msw.events.on('request:start', ({ request }) =>
    seen.push({ url: request.url, authorization: request.headers.get('authorization') }),
  )
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => msw.close())

  test('sends the client secret to the emulator origin only', async () => {
    const client = createZoomClient({ auth: DEMO_S2S, baseUrl: 'http://127.0.0.1:4010' })
    expect((await client.users.get('me')).data?.id).toBe('demo-admin')
    expect((await client.meetings.list('me')).error).toBeUndefined()
    expect(seen.map(({ url }) => url)).toEqual([
      'http://127.0.0.1:4010/oauth/token',
      'http://127.0.0.1:4010/v2/users/me',
      'http://127.0.0.1:4010/v2/users/me/meetings',
    ])
    const basic = seen.filter(({ authorization }) => authorization?.startsWith('Basic '))
    expect(basic.map(({ url }) => url)).toEqual(['http://127.0.0.1:4010/oauth/token'])
    expect(seen.every(({ url }) => isLoopback(url))).toBe(true)
  })
})
