/** @module The dashboard's login with the admin token, its cookie, the refusal of other origins' mutations, and the sandbox list. */
import { afterEach, describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { control } from './helpers.js'

const TOKEN = 'admin-token-7f3a'
const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
})
const logIn = (emulator: Emulator, token: string, next?: string) =>
  emulator.request('/__emulator/login', form({ token, ...(next === undefined ? {} : { next }) }))

/** `name=value` of a Set-Cookie header, for a Cookie header. */
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

describe('the dashboard behind an admin token', () => {
  test('answers the login form, which reveals nothing, in place of the dashboard and the docs', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    for (const path of ['/', '/?sandbox=default', '/__emulator/docs']) {
      const response = await emulator.request(path)
      expect(response.status, path).toBe(401)
      const page = await response.text()
      expect(page).toContain('<form method="post" action="/__emulator/login">')
      expect(page).toContain('type="password" name="token"')
      expect(page).not.toContain('demo-')
      expect(page).not.toContain(TOKEN)
    }
  })

  test('logs in with the right token: an HttpOnly, SameSite=Strict, Path=/ cookie that is not the token', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const response = await logIn(emulator, TOKEN)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^zoom_lti_mock_admin=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/)
    expect(setCookie).not.toContain(TOKEN)
    const cookie = { cookie: cookieOf(response) }
    const page = await emulator.request('/', { headers: cookie })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('demo-lti-secret')
    expect((await emulator.request('/__emulator/docs', { headers: cookie })).status).toBe(200)
    expect((await control(emulator, 'GET', '/state', { headers: cookie })).status).toBe(200)
  })

  test('drives every dashboard control with the cookie alone', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const cookie = { cookie: cookieOf(await logIn(emulator, TOKEN)) }
    const sameOrigin = { ...cookie, origin: 'http://127.0.0.1:4010', 'sec-fetch-site': 'same-origin' }
    const advanced = await control(emulator, 'POST', '/clock', {
      body: { advanceMs: 60_000 },
      headers: sameOrigin,
    })
    expect(advanced).toEqual({
      status: 200,
      body: expect.objectContaining({ now: '2026-11-22T12:01:00.000Z' }),
    })
    expect((await control(emulator, 'POST', '/reset', { headers: sameOrigin })).status).toBe(204)
    expect(emulator.clock.now()).toBe(T0)
    expect((await control(emulator, 'GET', '/requests', { headers: cookie })).status).toBe(200)
    expect((await emulator.request('/__emulator/dashboard/world', { headers: cookie })).status).toBe(200)
  })

  test('refuses a wrong token with the form again and no cookie, and a forged or foreign cookie', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const wrong = await logIn(emulator, `${TOKEN}x`)
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    expect(await wrong.text()).toContain('That is not the admin token.')
    const other = createTestEmulator({ adminToken: TOKEN })
    const foreign = cookieOf(await logIn(other, TOKEN))
    const own = cookieOf(await logIn(emulator, TOKEN))
    expect(foreign).not.toBe(own)
    for (const cookie of [foreign, `zoom_lti_mock_admin=${TOKEN}`, 'zoom_lti_mock_admin='])
      expect((await emulator.request('/', { headers: { cookie } })).status, cookie).toBe(401)
    expect((await control(emulator, 'POST', '/reset', { headers: { cookie: foreign } })).status).toBe(401)
  })

  test('answers 400 to a login body that is not a form, and sets nothing', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const response = await emulator.request('/__emulator/login', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: '--x\r\n',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: expect.stringContaining('form body') })
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  test('sends the browser back to the docs when it came from there, and nowhere off the emulator', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    expect((await logIn(emulator, TOKEN, '/__emulator/docs')).headers.get('location')).toBe(
      '/__emulator/docs',
    )
    expect((await logIn(emulator, TOKEN, 'https://evil.example/')).headers.get('location')).toBe('/')
    expect((await logIn(emulator, TOKEN, '//evil.example/')).headers.get('location')).toBe('/')
  })

  test('logs out by clearing the cookie, and shows the logout button only behind a token', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const cookie = { cookie: cookieOf(await logIn(emulator, TOKEN)) }
    expect(await (await emulator.request('/', { headers: cookie })).text()).toContain(
      'action="/__emulator/logout"',
    )
    const out = await emulator.request('/__emulator/logout', { method: 'POST', headers: cookie })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(
      /^zoom_lti_mock_admin=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict/,
    )
    expect(await (await createTestEmulator().request('/')).text()).not.toContain('/__emulator/logout')
  })

  test('changes nothing for users without a token: the dashboard opens, and the login has nothing to do', async () => {
    const emulator = createTestEmulator()
    expect((await emulator.request('/')).status).toBe(200)
    const response = await logIn(emulator, 'anything')
    expect(response.status).toBe(303)
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('state-changing control calls from another origin', () => {
  const evil = { origin: 'https://evil.example' }
  const refusals: [string, Record<string, string>][] = [
    ['an Origin of another host', evil],
    ['Origin: null', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ]

  test.each(refusals)('are refused with 403 for %s, and change nothing', async (_, headers) => {
    const emulator = createTestEmulator()
    const advance = await control(emulator, 'POST', '/clock', { body: { advanceMs: 60_000 }, headers })
    expect(advance).toEqual({ status: 403, body: { error: expect.stringContaining('another origin') } })
    expect((await control(emulator, 'POST', '/sandboxes', { headers })).status).toBe(403)
    expect((await control(emulator, 'DELETE', '/faults', { headers })).status).toBe(403)
    expect(emulator.clock.now()).toBe(T0)
    expect(emulator.worlds.sandboxes.size).toBe(0)
  })

  test('are refused with the admin token too, and the login form from another origin as well', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const headers = { ...evil, authorization: `Bearer ${TOKEN}` }
    expect((await control(emulator, 'POST', '/reset', { headers })).status).toBe(403)
    const login = await emulator.request('/__emulator/login', form({ token: TOKEN }, evil))
    expect(login.status).toBe(403)
    expect(login.headers.get('set-cookie')).toBeNull()
  })

  test('pass from the same origin and from scripts that send neither header', async () => {
    const emulator = createTestEmulator()
    const same = { origin: 'http://127.0.0.1:4010', 'sec-fetch-site': 'same-origin' }
    expect((await control(emulator, 'POST', '/reset', { headers: same })).status).toBe(204)
    expect((await control(emulator, 'POST', '/reset')).status).toBe(204)
    expect((await control(emulator, 'GET', '/clock', { headers: evil })).status).toBe(200)
  })

  test('stay refused with --cors, which still lets any origin read', async () => {
    const emulator = createTestEmulator({ cors: true })
    const refused = await emulator.request('/__emulator/reset', { method: 'POST', headers: evil })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBe('*')
    const read = await emulator.request('/__emulator/clock', { headers: evil })
    expect(read.status).toBe(200)
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
  })

  describe('over HTTP', () => {
    let server: RunningServer | undefined
    afterEach(async () => {
      await server?.close()
      server = undefined
    })

    test("compare the Origin with the request's Host header", async () => {
      server = await startServer({ port: 0, emulator: createTestEmulator() })
      const reset = (origin: string) =>
        fetch(`${server?.url}/__emulator/reset`, { method: 'POST', headers: { origin } })
      expect((await reset(server.url)).status).toBe(204)
      expect((await reset(`http://localhost:${server.port}`)).status).toBe(403)
      expect((await reset(`http://127.0.0.1:${server.port + 1}`)).status).toBe(403)
    })
  })
})

describe('GET /__emulator/sandboxes', () => {
  test('lists every sandbox with its credentials, oldest first, as emulator.listSandboxes() does', async () => {
    const emulator = createTestEmulator()
    const first = emulator.createSandbox()
    const second = emulator.createSandbox()
    const listed = await control(emulator, 'GET', '/sandboxes')
    expect(listed).toEqual({
      status: 200,
      body: {
        sandboxes: [
          { id: first.id, credentials: first.credentials },
          { id: second.id, credentials: second.credentials },
        ],
      },
    })
    expect(emulator.listSandboxes()).toEqual((listed.body as { sandboxes: unknown }).sandboxes)
    emulator.deleteSandbox(first.id)
    expect(emulator.listSandboxes().map((s) => s.id)).toEqual([second.id])
  })

  test('needs the admin token when one is set, and then shows the credentials', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const sandbox = emulator.createSandbox()
    const denied = await control(emulator, 'GET', '/sandboxes')
    expect(denied.status).toBe(401)
    expect(JSON.stringify(denied.body)).not.toContain(sandbox.id)
    const allowed = await control(emulator, 'GET', '/sandboxes', {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(allowed.body).toEqual({ sandboxes: [{ id: sandbox.id, credentials: sandbox.credentials }] })
  })
})
