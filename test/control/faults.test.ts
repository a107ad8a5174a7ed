/** @module Control API: fault rules — answer, delay, drop; times, probability; scope; and bad rules. */
import { fc, test as prop } from '@fast-check/vitest'
import { describe, expect, test } from 'vitest'
import { isConnectionDropped } from '../../mock/core/drop.js'
import type { FaultRuleInput } from '../../mock/core/faults.js'

import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'

const zoomUsers = (emulator: ReturnType<typeof createTestEmulator>) => emulator.request('/v2/users')

describe('fault rules', () => {
  test('answer a matching request with the given status, JSON body and headers', async () => {
    const emulator = createTestEmulator()
    const rule = {
      match: { service: 'zoom', method: 'get', path: '/v2/*' },
      response: {
        status: 429,
        body: { code: 429, message: 'Too many requests' },
        headers: { 'Retry-After': '1' },
      },
    }
    const added = await control(emulator, 'POST', '/faults', { body: rule })
    expect(added).toEqual({ status: 201, body: { id: 'fault-1' } })
    const response = await zoomUsers(emulator)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(response.headers.get('x-emulator-fault')).toBe('fault-1')
    expect(await response.json()).toEqual({ code: 429, message: 'Too many requests' })
    expect(emulator.requests().requests[0]).toMatchObject({ status: 429, fault: 'fault-1' })
  })

  test('send a string body as text', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({
      match: {},
      response: { status: 502, body: '<html>Bad Gateway</html>', headers: { 'Content-Type': 'text/html' } },
    })
    const response = await zoomUsers(emulator)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe('<html>Bad Gateway</html>')
  })

  test('leave requests that do not match alone', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({ match: { service: 'luminus' }, response: { status: 500 } })
    emulator.faults.add({ match: { method: 'DELETE' }, response: { status: 500 } })
    expect((await zoomUsers(emulator)).status).toBe(401)
    expect(emulator.faults.list().map((rule) => rule.fired)).toEqual([0, 0])
  })

  test('delay a request by at least delayMs, then let the service answer', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({ match: { service: 'zoom' }, delayMs: 50 })
    const response = await zoomUsers(emulator)
    expect(response.status).toBe(401)
    expect(emulator.requests().requests[0]?.durationMs).toBeGreaterThanOrEqual(49)
  })

  test('--latency delays every service response by at least that long', async () => {
    const emulator = createTestEmulator({ latencyMs: 40 })
    await zoomUsers(emulator)
    expect(emulator.requests().requests[0]?.durationMs).toBeGreaterThanOrEqual(39)
  })

  test('drop the connection: in-process fetch rejects with a TypeError whose cause names the rule', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({ match: { path: '/v2/users' }, drop: true, times: 1 })
    const error = await zoomUsers(emulator).catch((e: unknown) => e)
    expect(isConnectionDropped(error)).toBe(true)
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET', fault: 'fault-1' } })
    expect((await zoomUsers(emulator)).status).toBe(401)
    expect(emulator.requests().requests.map((r) => r.status)).toEqual([0, 401])
  })

  prop.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10 })])(
    'a rule with times n fires on exactly the first min(n, requests) matching requests',
    async (times, requests) => {
      const emulator = createTestEmulator()
      emulator.faults.add({ match: { service: 'zoom' }, response: { status: 503 }, times })
      const statuses: number[] = []
      for (let i = 0; i < requests; i++) statuses.push((await zoomUsers(emulator)).status)
      const fired = Math.min(times, requests)
      expect(statuses).toEqual([...Array(fired).fill(503), ...Array(requests - fired).fill(401)])
      expect(emulator.faults.list()[0]?.fired).toBe(fired)
    },
  )

  test('fire with the given probability from a seeded generator: the same seed, the same requests', async () => {
    const firings = async (faultSeed: number) => {
      const emulator = createTestEmulator({ faultSeed })
      emulator.faults.add({ match: {}, response: { status: 503 }, probability: 0.5 })
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) statuses.push((await zoomUsers(emulator)).status)
      return statuses.map((status) => (status === 503 ? 1 : 0)).join('')
    }
    const first = await firings(7)
    expect(await firings(7)).toBe(first)
    expect(first).toMatch(/1/)
    expect(first).toMatch(/0/)
    expect(await firings(8)).not.toBe(first)
  })

  test('are tried in order; the first that fires answers', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({ match: {}, response: { status: 500 }, times: 1 })
    emulator.faults.add({ match: {}, response: { status: 503 } })
    expect([(await zoomUsers(emulator)).status, (await zoomUsers(emulator)).status]).toEqual([500, 503])
  })

  test('GET lists them with their firings; DELETE removes one or all', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({ match: { service: 'zoom' }, response: { status: 500 } })
    emulator.faults.add({ match: { service: 'luminus' }, drop: true })
    await zoomUsers(emulator)
    const listed = await control(emulator, 'GET', '/faults')
    expect(listed.body).toEqual({
      faults: [
        { id: 'fault-1', match: { service: 'zoom' }, response: { status: 500 }, fired: 1 },
        { id: 'fault-2', match: { service: 'luminus' }, drop: true, fired: 0 },
      ],
    })
    expect((await control(emulator, 'DELETE', '/faults/fault-1')).status).toBe(204)
    expect((await control(emulator, 'DELETE', '/faults/fault-1')).status).toBe(404)
    expect(emulator.faults.list().map((rule) => rule.id)).toEqual(['fault-2'])
    expect((await control(emulator, 'DELETE', '/faults')).status).toBe(204)
    expect(emulator.faults.list()).toEqual([])
  })

  test.each<[string, unknown, string]>([
    ['no match', { drop: true }, 'needs "match"'],
    ['no effect', { match: {} }, 'needs "response", "delayMs" or "drop"'],
    ['both response and drop', { match: {}, drop: true, response: { status: 500 } }, 'not both'],
    ['an unknown service', { match: { service: 'teams' }, drop: true }, 'service must be one of'],
    ['a relative path', { match: { path: 'v2/*' }, drop: true }, 'starting with "/"'],
    ['status 100', { match: {}, response: { status: 100 } }, 'response.status'],
    ['a body on 204', { match: {}, response: { status: 204, body: 'x' } }, 'cannot have a body'],
    [
      'a header that is not text',
      { match: {}, response: { status: 500, headers: { a: 1 } } },
      'response.headers',
    ],
    [
      'an invalid header name',
      { match: {}, response: { status: 500, headers: { 'a b': 'c' } } },
      'invalid name',
    ],
    ['times 0', { match: {}, drop: true, times: 0 }, 'times must be'],
    ['probability 2', { match: {}, drop: true, probability: 2 }, 'probability must be'],
    ['a negative delay', { match: {}, delayMs: -1 }, 'delayMs must be'],
    ['drop false', { match: {}, drop: false }, 'drop must be true'],
    ['an unknown field', { match: {}, drop: true, once: true }, 'unknown field "once"'],
  ])('refuse a rule with %s: 400 with a clear message, and no rule added', async (_, rule, why) => {
    const emulator = createTestEmulator()
    const answer = await control(emulator, 'POST', '/faults', { body: rule })
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
    expect(() => emulator.faults.add(rule as FaultRuleInput)).toThrow(why)
    expect(emulator.faults.list()).toEqual([])
  })

  test("apply only to the world they were added to (x-emulator-sandbox), reached by that world's credentials", async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    await control(emulator, 'POST', '/faults', {
      sandbox: sandbox.id,
      body: { match: { service: 'luminus' }, response: { status: 503 } },
    })
    const sync = (key: string) =>
      emulator.request('/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync', {
        headers: { 'Ocp-Apim-Subscription-Key': key },
      })
    expect((await sync(sandbox.credentials.luminus.subscriptionKey)).status).toBe(503)
    expect((await sync('demo-subscription-key')).status).toBe(200)
    expect(sandbox.requests().requests.map((r) => r.status)).toEqual([503])
    expect(emulator.requests().requests.map((r) => r.status)).toEqual([200])
  })
})
