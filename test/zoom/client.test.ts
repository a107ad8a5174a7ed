/** @module The Zoom client: token caching and renewal, the three auth kinds, `{error}` results, transport faults. */
import { describe, expect, test } from 'vitest'
import { createZoomClient } from '../../src/zoom/client.js'
import { T0 } from '../helpers.js'
import { DEMO_S2S, s2sToken, zoomFixture } from './support.js'

/** A fixture whose fetch records the paths it was asked for. */
function countingFixture() {
  const { emulator } = zoomFixture()
  const paths: string[] = []
  const client = createZoomClient({
    auth: DEMO_S2S,
    baseUrl: 'https://api.zoom.us/v2',
    oauthUrl: 'https://zoom.us/oauth',
    fetch: (input, init) => {
      const request = new Request(input, init)
      paths.push(new URL(request.url).pathname)
      return emulator.fetch(request)
    },
    now: () => emulator.clock.now(),
  })
  const tokenRequests = () => paths.filter((p) => p === '/oauth/token').length
  return { emulator, client, tokenRequests }
}

describe('createZoomClient', () => {
  test('fetches one S2S token for concurrent calls and reuses it until a minute before expiry', async () => {
    const { emulator, client, tokenRequests } = countingFixture()
    await Promise.all([client.users.get('me'), client.meetings.list('me'), client.users.list()])
    expect(tokenRequests()).toBe(1)
    emulator.clock.set(T0 + 3_540_000 - 1)
    await client.users.get('me')
    expect(tokenRequests()).toBe(1)
    emulator.clock.set(T0 + 3_540_000)
    expect((await client.users.get('me')).data?.id).toBe('demo-admin')
    expect(tokenRequests()).toBe(2)
  })

  test('gets a new token once when the API says the cached one is invalid', async () => {
    const { emulator, client, tokenRequests } = countingFixture()
    await client.users.get('me')
    emulator.reset()
    expect((await client.users.get('me')).data?.id).toBe('demo-admin')
    expect(tokenRequests()).toBe(2)
  })

  test('returns OAuth failures as an error result', async () => {
    const { emulator } = zoomFixture()
    const client = createZoomClient({
      auth: { ...DEMO_S2S, clientSecret: 'wrong' },
      fetch: (input, init) => emulator.fetch(new Request(input, init)),
    })
    const result = await client.users.get('me')
    expect(result.error).toMatchObject({ status: 401, oauthError: 'invalid_client' })
  })

  test('signs legacy JWTs on its clock, and accepts a ready-made access token', async () => {
    const jwt = zoomFixture({}, { type: 'jwt', apiKey: 'demo-jwt-key', apiSecret: 'demo-jwt-secret' })
    expect((await jwt.client.users.get('me')).data?.id).toBe('demo-admin')
    const { emulator } = zoomFixture()
    const fixed = createZoomClient({
      auth: { type: 'token', accessToken: await s2sToken(emulator) },
      fetch: (input, init) => emulator.fetch(new Request(input, init)),
    })
    expect((await fixed.users.get('host@example.edu')).data?.id).toBe('demo-host')
  })

  test('API errors are results carrying code, message, field errors and the tracking id', async () => {
    const { client } = zoomFixture()
    const result = await client.meetings.create('me', { topic: 'x'.repeat(201) })
    expect(result.error).toMatchObject({
      status: 400,
      code: 300,
      message: 'Validation Failed.',
      errors: [{ field: 'topic', message: expect.any(String) }],
      trackingId: expect.stringMatching(/^v=2\.0;/),
    })
  })

  test('throws only for transport faults', async () => {
    const client = createZoomClient({
      auth: { type: 'token', accessToken: 't' },
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    })
    await expect(client.users.get('me')).rejects.toThrow('fetch failed')
  })
})
