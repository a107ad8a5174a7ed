/** @module Security defaults: secrets compared in constant time, no prototype pollution, CORS off unless asked for. */
import { describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import type { Emulator } from '../../mock/core/emulator.js'
import { createEmulator } from '../../mock/emulator.js'
import { LTI_PRO_BASE } from '../../mock/services/lti-pro/routes.js'
import { secureEqual } from '../../src/secure-equal.js'
import { createTestEmulator } from '../helpers.js'
import { signedRequest } from '../lti-pro/signing.js'
import { s2sToken } from '../zoom/support.js'

describe('secureEqual', () => {
  test.each([
    ['same', 'same', true],
    ['same', 'samE', false],
    ['short', 'much-longer-secret', false],
    ['', '', true],
    ['', 'x', false],
  ])('%j and %j → %s', (a, b, equal) => {
    expect(secureEqual(a, b)).toBe(equal)
  })
})

const EVIL = ['__proto__', 'constructor', 'prototype']
const evilObject = JSON.parse(
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
)

/** Every object reachable from `root` that sees `polluted` without owning it. */
function inheritedPollution(root: unknown, seen = new Set<unknown>()): string[] {
  if (typeof root !== 'object' || root === null || seen.has(root)) return []
  seen.add(root)
  const found = 'polluted' in root && !Object.hasOwn(root, 'polluted') ? ['polluted inherited'] : []
  const children = root instanceof Map ? [...root.values()] : Object.values(root)
  return [...found, ...children.flatMap((child) => inheritedPollution(child, seen))]
}

async function sendEverywhere(emulator: Emulator): Promise<void> {
  const token = await s2sToken(emulator)
  const zoom = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const evilQuery = EVIL.map((k) => `${k}=1&${k}=2&${k}[polluted]=yes&${k}.polluted=yes`).join('&')
  const meeting = { topic: 'x', settings: evilObject, ...evilObject }
  await emulator.request(`/v2/users/demo-host/meetings?${evilQuery}`, {
    method: 'POST',
    headers: zoom,
    body: JSON.stringify(meeting),
  })
  await emulator.request('/v2/users/demo-host', {
    method: 'PATCH',
    headers: zoom,
    body: JSON.stringify(evilObject),
  })
  await emulator.request(`/v2/users?${evilQuery}`, { headers: zoom })
  await signedRequest(emulator, {
    path: '/open/meeting/list',
    query: { userId: 'demo-host', constructor: 'x' },
  })
  await signedRequest(emulator, {
    method: 'POST',
    path: '/meeting/createAndAssociate',
    body: { ...evilObject, userId: 'demo-host', contextId: 'c', domain: 'd', meetingInfo: meeting },
  })
  await signedRequest(emulator, { method: 'POST', path: '/meeting/bulkImport', body: [evilObject] })
  await emulator.request(`${LTI_PRO_BASE}/open/meeting/list?${evilQuery}`)
  await emulator.request(`/zoom/Meeting/x/Sync?${evilQuery}`)
  const json = { 'content-type': 'application/json' }
  const state = { ...emulator.exportState(), ...evilObject }
  await emulator.request('/__emulator/state', { method: 'PUT', headers: json, body: JSON.stringify(state) })
  const slices = emulator.exportState()
  const mapKeys = {
    ...slices,
    zoom: { ...slices.zoom, meetings: { ...slices.zoom.meetings, ...evilObject } },
  }
  await emulator.request('/__emulator/state', { method: 'PUT', headers: json, body: JSON.stringify(mapKeys) })
  await emulator.request('/__emulator/faults', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ match: evilObject, drop: true }),
  })
  await emulator.request('/__emulator/clock', {
    method: 'POST',
    headers: json,
    body: JSON.stringify(evilObject),
  })
  await emulator.request(`/__emulator/requests?${evilQuery}`)
}

describe('__proto__, constructor and prototype keys', () => {
  test('in JSON bodies, query strings and state imports pollute no object', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype)
    // Unchecked: some of these requests are deliberately outside every contract (e.g. evil keys in a state).
    const emulator = createEmulator()
    await sendEverywhere(emulator)
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys)
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect(inheritedPollution(emulator.worlds.defaultWorld.store)).toEqual([])
    const { requests } = emulator.requests()
    expect(inheritedPollution(requests)).toEqual([])
    expect(requests.every(({ query }) => Object.getPrototypeOf(query) === Object.prototype)).toBe(true)
    expect(requests.find(({ path }) => path === '/v2/users')?.query).toHaveProperty(['__proto__'], ['1', '2'])
    expect((await emulator.request('/__emulator/health')).status).toBe(200)
  })

  test('are ordinary names in an LTI Pro signature: a signed `constructor` parameter verifies', async () => {
    const emulator = createTestEmulator()
    const response = await signedRequest(emulator, {
      path: '/open/meeting/list',
      query: { userId: 'demo-host', constructor: 'x' },
    })
    expect(response.status).toBe(200)
  })
})

describe('CORS', () => {
  const preflight = (emulator: Emulator, path: string) =>
    emulator.request(path, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.example', 'access-control-request-method': 'POST' },
    })
  const origin = { headers: { origin: 'http://app.example' } }

  test('is off by default: no Access-Control-Allow-Origin on answers or preflights', async () => {
    // Unchecked: a preflight is no contract operation.
    const emulator = createEmulator()
    for (const path of ['/__emulator/health', '/v2/users', `${LTI_PRO_BASE}/open/meeting/list`])
      expect((await emulator.request(path, origin)).headers.get('access-control-allow-origin')).toBeNull()
    expect((await preflight(emulator, '/v2/users')).headers.get('access-control-allow-origin')).toBeNull()
  })

  test('is on with the cors option: any origin, preflights answered, diagnostics readable', async () => {
    const emulator = createEmulator({ cors: true })
    const answer = await emulator.request(`${LTI_PRO_BASE}/open/meeting/list`, origin)
    expect(answer.status).toBe(401)
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-emulator-diagnostic')
    expect(
      (await emulator.request('/__emulator/clock', origin)).headers.get('access-control-allow-origin'),
    ).toBe('*')
    const options = await preflight(emulator, '/v2/users')
    expect(options.status).toBe(204)
    expect(options.headers.get('access-control-allow-methods')).toContain('POST')
  })

  test('is what --cors turns on', () => {
    expect(serverOptions(['--cors'], {}).cors).toBe(true)
    expect(serverOptions([], {}).cors).toBeUndefined()
  })
})
