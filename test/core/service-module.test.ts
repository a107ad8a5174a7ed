/** @module The core knows no service: an emulator of one made-up service gets routing, worlds, errors, journal, faults and state from its descriptor alone. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Context, Hono } from 'hono'
import { dump, load } from 'js-yaml'
import { describe, expect, test } from 'vitest'
import type { Env } from '../../mock/core/context.js'
import { assembleEmulator, type EmulatorOptions } from '../../mock/core/emulator.js'
import { CONTRACTS_DIR } from '../../mock/core/lib/package-root.js'
import { MAX_BODY_BYTES } from '../../mock/core/pipeline/body-guard.js'
import { PipelineFailure } from '../../mock/core/pipeline/errors.js'
import type { ServiceModule } from '../../mock/core/service.js'
import type { Credentials, Store } from '../../mock/core/store.js'
import type { World } from '../../mock/core/world.js'
import { loginPage } from '../../mock/dashboard/login.js'
import { dashboardRoutes } from '../../mock/dashboard/routes.js'

/** A service that exists only here: it keeps what it is told, per world, behind an `x-echo-key`. */
interface EchoState {
  keys: Map<string, { key: string }>
  said: string[]
}
const slice = (store: Store) => (store as unknown as { echo: EchoState }).echo

class EchoError extends Error {}

const echo = {
  name: 'echo',
  title: 'Echo',
  key: 'echo',
  owns: (path: string) => path.startsWith('/echo/'),
  claim(c: Context<Env>) {
    const key = c.req.header('x-echo-key')
    return key === undefined
      ? undefined
      : { key: `echo ${key}`, owns: (w: World) => slice(w.store).keys.has(key) }
  },
  createState: (): EchoState => ({ keys: new Map(), said: [] }),
  credentialsIn: (state: EchoState) => [...state.keys.keys()].map((key) => `Echo key ${key}`),
  freshCredentials: () => ({ key: `key-${Math.random().toString(36).slice(2)}` }),
  routes: () =>
    new Hono<Env>()
      .get('/echo/said', (c) => c.json({ said: slice(c.get('world').store).said }))
      .post('/echo/say', async (c) => {
        const { text } = (await c.req.json()) as { text: string }
        slice(c.get('world').store).said.push(text)
        return c.json({ ok: true }, 201)
      })
      .get('/echo/refuse', () => {
        throw new EchoError('refused on purpose')
      })
      .get('/echo/crash', () => {
        throw new TypeError('a bug')
      }),
  errorResponse(error: unknown, c: Context<Env>) {
    if (error instanceof EchoError) return c.json({ echoError: error.message }, 409)
    if (error instanceof PipelineFailure)
      return c.json({ echoError: error.message }, error.status, error.headers)
    return c.json({ echoError: 'emulator fault' }, 500)
  },
} as unknown as ServiceModule

const credentials = { echo: { key: 'demo-echo-key' } } as unknown as Credentials
const seed = (store: Store, _now: number, given: Credentials) => {
  const { key } = (given as unknown as { echo: { key: string } }).echo
  slice(store).keys.set(key, { key })
}
/** A copy of the package's contracts whose state snapshot declares the echo slice, as a new service's would. */
function contractsWithEchoSlice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'echo-contracts-'))
  cpSync(CONTRACTS_DIR, dir, { recursive: true })
  const file = join(dir, 'emulator.yaml')
  const doc = load(readFileSync(file, 'utf8')) as {
    components: { schemas: Record<string, { properties: object }> }
  }
  const snapshot = doc.components.schemas.StateSnapshot as { properties: Record<string, unknown> }
  snapshot.properties.echo = {
    type: 'object',
    additionalProperties: false,
    properties: { keys: { type: 'object' }, said: { type: 'array', items: { type: 'string' } } },
  }
  writeFileSync(file, dump(doc))
  return dir
}

const emulatorOfEcho = (options: EmulatorOptions = {}) =>
  assembleEmulator(
    { services: [echo], dashboard: { routes: dashboardRoutes, loginPage }, credentials, seed },
    { now: '2026-11-22T12:00:00Z', ...options },
  )

const say = (emulator: ReturnType<typeof emulatorOfEcho>, key: string, text: string) =>
  emulator.request('/echo/say', {
    method: 'POST',
    headers: { 'x-echo-key': key, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  })

describe('an emulator of a service the core has never heard of', () => {
  test('routes each request to the world its credential belongs to, sandboxes included', async () => {
    const emulator = emulatorOfEcho()
    const sandbox = emulator.createSandbox()
    const sandboxKey = (sandbox.credentials as unknown as { echo: { key: string } }).echo.key
    expect(sandboxKey).not.toBe('demo-echo-key')
    expect((await say(emulator, 'demo-echo-key', 'hello')).status).toBe(201)
    expect((await say(emulator, sandboxKey, 'from the sandbox')).status).toBe(201)
    expect(slice(emulator.worlds.defaultWorld.store).said).toEqual(['hello'])
    expect(slice(emulator.worlds.get(sandbox.id)?.store as Store).said).toEqual(['from the sandbox'])
  })

  test('answers its declared errors, unknown paths, wrong methods, huge bodies and its own bugs in its shape', async () => {
    const emulator = emulatorOfEcho()
    const get = (path: string, init?: RequestInit) => emulator.request(path, init)
    const refused = await get('/echo/refuse')
    expect([refused.status, await refused.json()]).toEqual([409, { echoError: 'refused on purpose' }])
    const unknown = await get('/echo/nowhere')
    expect([unknown.status, await unknown.json()]).toEqual([
      501,
      { echoError: 'GET /echo/nowhere is not emulated by zoom-lti-mock.' },
    ])
    const wrongMethod = await get('/echo/said', { method: 'DELETE' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD')
    expect(await wrongMethod.json()).toEqual({ echoError: expect.stringContaining('DELETE is not a method') })
    const huge = await get('/echo/say', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-echo-key': 'demo-echo-key' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    })
    expect([huge.status, Object.keys((await huge.json()) as object)]).toEqual([413, ['echoError']])
    const bug = await get('/echo/crash')
    expect([bug.status, await bug.json()]).toEqual([500, { echoError: 'emulator fault' }])
  })

  test('journals its requests under its name, and fault rules can target it', async () => {
    const emulator = emulatorOfEcho()
    await say(emulator, 'demo-echo-key', 'hello')
    expect(emulator.requests({ service: 'echo' as never }).requests.map((r) => r.path)).toEqual(['/echo/say'])
    emulator.faults.add({ match: { service: 'echo' as never }, response: { status: 503 } })
    expect((await say(emulator, 'demo-echo-key', 'again')).status).toBe(503)
    const refused = await emulator.request('/__emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { service: 'zoom' }, drop: true }),
    })
    expect([refused.status, await refused.json()]).toEqual([
      400,
      { error: 'match.service must be one of echo, not "zoom".' },
    ])
  })

  test('exports and imports its slice of the state as its contract declares it, and refuses a credential another world holds', async () => {
    expect(() => emulatorOfEcho().importState({ version: 1, echo: {} } as never)).toThrow(
      'unknown field "echo"',
    )
    const emulator = emulatorOfEcho({ contractsDir: contractsWithEchoSlice() })
    await say(emulator, 'demo-echo-key', 'kept')
    const state = emulator.exportState() as unknown as { echo: { said: string[]; keys: object } }
    expect(state.echo).toEqual({ keys: { 'demo-echo-key': { key: 'demo-echo-key' } }, said: ['kept'] })
    emulator.reset()
    emulator.importState(state as never)
    expect(slice(emulator.worlds.defaultWorld.store).said).toEqual(['kept'])
    const sandbox = emulator.sandbox(emulator.createSandbox().id)
    expect(() => sandbox.importState(state as never)).toThrow(
      'Echo key demo-echo-key already belongs to world "default"',
    )
  })
})
