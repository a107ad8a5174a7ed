/** @module Zoom auth: S2S tokens from /oauth/token, legacy JWTs, expiry on the emulator clock, account isolation. */
import { fc, test as fcTest } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { signJwt } from '../../src/zoom/auth.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { addOtherAccount, basic, bearer, s2sToken } from './support.js'

const tokenRequest = (query: string, init: RequestInit = {}) =>
  [
    `/oauth/token${query}`,
    { method: 'POST', headers: { authorization: basic('demo-client-id', 'demo-client-secret') }, ...init },
  ] as const

describe('POST /oauth/token', () => {
  test('issues a bearer token for an hour with a scope and api_url, parameters in the query', async () => {
    const emulator = createTestEmulator()
    const response = await emulator.request(
      ...tokenRequest('?grant_type=account_credentials&account_id=demo-account'),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-zm-trackingid')).toBeTruthy()
    const body = (await response.json()) as { access_token: string; scope: unknown }
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600, api_url: 'https://api.zoom.us' })
    expect(typeof body.scope).toBe('string')
    expect(emulator.worlds.defaultWorld.store.zoom.tokens.get(body.access_token)?.expiresAt).toBe(
      T0 + 3_600_000,
    )
  })

  test('accepts grant_type and account_id in a form body', async () => {
    const emulator = createTestEmulator()
    const [path, init] = tokenRequest('')
    const response = await emulator.request(path, {
      ...init,
      headers: { ...init.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=account_credentials&account_id=demo-account',
    })
    expect(response.status).toBe(200)
  })

  test.each([
    [
      'no Authorization header',
      { headers: {} },
      '?grant_type=account_credentials&account_id=demo-account',
      401,
      'invalid_client',
    ],
    [
      'a wrong secret',
      { headers: { authorization: basic('demo-client-id', 'nope') } },
      '?grant_type=account_credentials&account_id=demo-account',
      401,
      'invalid_client',
    ],
    [
      'an unknown client',
      { headers: { authorization: basic('who', 'demo-client-secret') } },
      '?grant_type=account_credentials&account_id=demo-account',
      401,
      'invalid_client',
    ],
    ['no grant type', {}, '?account_id=demo-account', 400, 'invalid_request'],
    [
      'another grant type',
      {},
      '?grant_type=client_credentials&account_id=demo-account',
      400,
      'unsupported_grant_type',
    ],
    ['no account id', {}, '?grant_type=account_credentials', 400, 'invalid_request'],
    ['another account id', {}, '?grant_type=account_credentials&account_id=other', 400, 'invalid_request'],
  ])('refuses %s with an OAuth error', async (_, init, query, status, error) => {
    const emulator = createTestEmulator()
    const [path, base] = tokenRequest(query)
    const response = await emulator.request(path, { ...base, ...init })
    expect(response.status).toBe(status)
    const body = (await response.json()) as { error: string }
    expect(body.error).toBe(error)
    expect(JSON.stringify(body)).not.toContain('demo-client-secret')
    expect(emulator.worlds.defaultWorld.store.zoom.tokens.size).toBe(0)
  })
})

test('unknown paths under /oauth and /v2 answer 501 naming method and path, with a tracking id', async () => {
  const emulator = createTestEmulator()
  for (const [method, path] of [
    ['GET', '/oauth/authorize'],
    ['POST', '/v2/webinars/1/panelists'],
  ]) {
    const response = await emulator.request(path as string, { method })
    expect(response.status).toBe(501)
    expect(response.headers.get('x-zm-trackingid')).toBeTruthy()
    expect(await response.json()).toEqual({
      code: 501,
      message: `${method} ${path} is not emulated by zoom-lti-mock.`,
    })
  }
})

describe('bearer tokens on /v2', () => {
  fcTest.prop([fc.oneof(fc.constantFrom(0, 3_599_999, 3_600_000), fc.integer({ min: 0, max: 7_200_000 }))])(
    'an S2S token works for exactly 3600 s after issue, then answers 124 "Access token is expired."',
    async (elapsed) => {
      const emulator = createTestEmulator()
      const call = bearer(emulator, await s2sToken(emulator))
      emulator.clock.advance(elapsed)
      const response = await call('/v2/users/me')
      if (elapsed < 3_600_000) expect(response.status).toBe(200)
      else expect(await response.json()).toEqual({ code: 124, message: 'Access token is expired.' })
    },
  )

  test.each([
    ['no token', undefined],
    ['an unknown token', 'Bearer not-a-token'],
    ['a malformed header', 'Token abc'],
  ])('answers %s with 401 code 124 "Invalid access token."', async (_, authorization) => {
    const emulator = createTestEmulator()
    const response = await emulator.request(
      '/v2/users/me',
      authorization ? { headers: { authorization } } : {},
    )
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ code: 124, message: 'Invalid access token.' })
    expect(response.headers.get('x-zm-trackingid')).toBeTruthy()
  })

  test('accepts a legacy JWT signed with the app secret until its exp, on the emulator clock', async () => {
    const emulator = createTestEmulator()
    const exp = T0 / 1000 + 90
    const call = bearer(emulator, signJwt('demo-jwt-key', 'demo-jwt-secret', exp))
    expect((await call('/v2/users/me')).status).toBe(200)
    emulator.clock.advance(90_000)
    expect(await (await call('/v2/users/me')).json()).toEqual({
      code: 124,
      message: 'Access token is expired.',
    })
  })

  test.each([
    ['signed with another secret', signJwt('demo-jwt-key', 'wrong-secret', T0 / 1000 + 90)],
    ['from an unknown app key', signJwt('other-key', 'demo-jwt-secret', T0 / 1000 + 90)],
  ])('refuses a JWT %s as invalid', async (_, jwt) => {
    const emulator = createTestEmulator()
    const response = await bearer(emulator, jwt)('/v2/users/me')
    expect(await response.json()).toEqual({ code: 124, message: 'Invalid access token.' })
  })

  test("a token only sees its own account's users and meetings; another account's user id is 400/1010", async () => {
    const emulator = createTestEmulator()
    const zoom = emulator.worlds.defaultWorld.store.zoom
    const demoHost = zoom.users.get('demo-host')
    if (!demoHost) throw new Error('seed changed')
    const other = addOtherAccount(emulator)
    const call = bearer(emulator, await s2sToken(emulator, other))
    const notInAccount = { code: 1010, message: 'User does not belong to this account: other-account.' }
    for (const answer of [
      await call('/v2/users/demo-host'),
      await call('/v2/users/demo-host/meetings', { method: 'POST', body: '{}' }),
      await call('/v2/users/demo-host/meetings'),
      await call('/v2/users/demo-host', { method: 'PATCH', body: '{"dept":"x"}' }),
      await call('/v2/users/demo-host', { method: 'DELETE' }),
    ]) {
      expect(answer.status).toBe(400)
      expect(await answer.json()).toEqual(notInAccount)
    }
    expect(await (await call(`/v2/users/${demoHost.email}`)).json()).toMatchObject({ code: 1001 })
    expect(await (await call('/v2/users/no-such-user')).json()).toMatchObject({ code: 1001 })
    expect(await (await call('/v2/meetings/81000000001')).json()).toMatchObject({ code: 3001 })
    expect(zoom.users.get('demo-host')).toEqual(demoHost)
    const list = (await (await call('/v2/users')).json()) as { users: { id: string }[] }
    expect(list.users.map((u) => u.id)).toEqual(['other-owner'])
    expect(await (await call('/v2/users/me')).json()).toMatchObject({ id: 'other-owner' })
  })
})
