/** @module Control API: the request journal — what it records, its filters and counts, its bound, and no secrets. */
import { fc, test as prop } from '@fast-check/vitest'
import { Hono } from 'hono'
import { describe, expect, test } from 'vitest'
import type { Env } from '../../mock/core/context.js'
import { journal } from '../../mock/core/pipeline/journal-and-faults.js'
import { createTestEmulator, createTestWorld, T0 } from '../helpers.js'
import { control, luminusRequest } from './helpers.js'

const BULK_IMPORT = '/api/v1/lti/rich/meeting/bulkImport'

describe('the request journal', () => {
  test('records each service request with its method, path, query, service, status and duration', async () => {
    const emulator = createTestEmulator()
    await emulator.request('/v2/users?page_size=30&status=active')
    const { status, body } = await control(emulator, 'GET', '/requests')
    expect(status).toBe(200)
    expect(body).toEqual({
      count: 1,
      requests: [
        {
          id: 1,
          time: new Date(T0).toISOString(),
          sandbox: 'default',
          service: 'zoom',
          method: 'GET',
          path: '/v2/users',
          query: { page_size: '30', status: 'active' },
          status: 401,
          durationMs: expect.any(Number),
          auth: { ok: false, reason: expect.any(String) },
          request: { headers: {}, body: null },
          response: {
            status: 401,
            headers: { 'content-type': 'application/json', 'x-zm-trackingid': expect.any(String) },
            body: { code: 124, message: expect.any(String) },
          },
        },
      ],
    })
  })

  test('counts exactly the calls that match: "bulkImport was called exactly twice"', async () => {
    const emulator = createTestEmulator()
    for (const path of [BULK_IMPORT, '/api/v1/lti/rich/open/meeting/list', BULK_IMPORT])
      await emulator.request(`${path}?key=demo-lti-key`, { method: path === BULK_IMPORT ? 'POST' : 'GET' })
    await emulator.request('/v2/users/me', { method: 'POST' })
    const bulk = await control(emulator, 'GET', `/requests?method=post&path=${BULK_IMPORT}`)
    expect(bulk.body).toMatchObject({ count: 2 })
    expect(emulator.requests({ service: 'lti-pro' }).count).toBe(3)
    expect(emulator.requests({ path: '/api/v1/lti/rich/*' }).count).toBe(3)
    // Three unsigned LTI Pro calls (401), and POST /v2/users/me: a path served with other methods (405).
    expect(emulator.requests({ status: '4xx' }).count).toBe(4)
    expect(emulator.requests({ status: '5xx' }).count).toBe(0)
    expect(emulator.requests({ status: 200 }).count).toBe(0)
  })

  prop.prop([
    fc.array(
      fc.tuple(
        fc.constantFrom(
          '/api/v1/lti/rich/meeting/bulkImport',
          '/v2/users',
          '/oauth/token',
          '/zoom/Meeting/x/Sync',
        ),
        fc.constantFrom('GET', 'POST', 'DELETE'),
      ),
      { maxLength: 25 },
    ),
  ])('its counts by service, method and path match the requests sent', async (sent) => {
    const emulator = createTestEmulator()
    for (const [path, method] of sent) await emulator.request(path, { method })
    expect(emulator.requests().count).toBe(sent.length)
    for (const [path, method] of sent) {
      const expected = sent.filter(([p, m]) => p === path && m === method).length
      expect(emulator.requests({ path, method }).count).toBe(expected)
    }
    const zoom = sent.filter(([path]) => path.startsWith('/v2') || path.startsWith('/oauth')).length
    expect(emulator.requests({ service: 'zoom' }).count).toBe(zoom)
  })

  test('never stores a secret: secret headers, body fields and query values read [redacted]', async () => {
    const emulator = createTestEmulator()
    const secrets = ['Bearer-token-XYZ', 'signature-XYZ', 'azure-key-XYZ', 'query-key-XYZ', 'body-secret-XYZ']
    await emulator.request('/v2/users', { headers: { Authorization: `Bearer ${secrets[0]}` } })
    await emulator.request('/api/v1/lti/rich/meeting/bulkImport?key=demo-lti-key', {
      method: 'POST',
      headers: { 'X-Lti-Signature': secrets[1] as string },
      body: JSON.stringify({ secret: secrets[4] }),
    })
    await emulator.fetch(luminusRequest(secrets[2] as string))
    await emulator.request(`/zoom/Meeting/x/Sync?subscription-key=${secrets[3]}`)
    const stored = JSON.stringify(emulator.requests())
    for (const secret of secrets) expect(stored).not.toContain(secret)
    expect(emulator.requests({ service: 'lti-pro' }).requests[0]?.query).toEqual({ key: 'demo-lti-key' })
    expect(emulator.requests({ service: 'luminus' }).requests[1]?.query).toEqual({
      'subscription-key': '[redacted]',
    })
    expect(emulator.requests({ service: 'lti-pro' }).requests[0]?.request).toEqual({
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-lti-signature': '[redacted]' },
      body: { secret: '[redacted]' },
    })
  })

  test('keeps only the newest entries once full, and their ids show what was forgotten', async () => {
    const emulator = createTestEmulator({ journalSize: 3 })
    for (let i = 0; i < 5; i++) await emulator.request(`/v2/users/${i}`)
    const { count, requests } = emulator.requests()
    expect(count).toBe(3)
    expect(requests.map((r) => [r.id, r.path])).toEqual([
      [3, '/v2/users/2'],
      [4, '/v2/users/3'],
      [5, '/v2/users/4'],
    ])
  })

  test('does not journal control calls or paths outside every service', async () => {
    const emulator = createTestEmulator()
    await control(emulator, 'GET', '/clock')
    await emulator.request('/elsewhere')
    expect(emulator.requests().count).toBe(0)
  })

  test('DELETE empties it; later entries go on numbering', async () => {
    const emulator = createTestEmulator()
    await emulator.request('/v2/users')
    expect((await control(emulator, 'DELETE', '/requests')).status).toBe(204)
    expect(emulator.requests().count).toBe(0)
    await emulator.request('/v2/users')
    expect(emulator.requests().requests[0]?.id).toBe(2)
  })

  test.each([
    ['service=teams', 'service must be one of'],
    ['status=600', 'status must be'],
    ['path=v2', 'path starting with'],
    ['sort=asc', 'Unknown journal filter "sort"'],
  ])('refuses a bad filter (%s) with a 400 that says why', async (query, why) => {
    const answer = await control(createTestEmulator(), 'GET', `/requests?${query}`)
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
  })

  test("records the service's auth verdict and the x-emulator-diagnostic header", async () => {
    const world = createTestWorld({ id: 'default', clock: { now: T0 } })
    const app = new Hono<Env>()
      .use(async (c, next) => {
        c.set('world', world)
        c.set('service', 'lti-pro')
        await next()
      })
      .use(journal())
      .get('*', (c) => {
        c.set('auth', { ok: false, reason: 'signature is 61 minutes old' })
        c.header('x-emulator-diagnostic', 'base string: key=demo-lti-key&timestamp=1')
        return c.json({ status: false }, 401)
      })
    await app.request('/api/v1/lti/rich/open/meeting/list?key=demo-lti-key')
    expect(world.journal.list().requests[0]).toMatchObject({
      status: 401,
      auth: { ok: false, reason: 'signature is 61 minutes old' },
      diagnostic: 'base string: key=demo-lti-key&timestamp=1',
    })
  })

  test('reports every request, control calls included, to onRequest', async () => {
    const logged: string[] = []
    const emulator = createTestEmulator({
      onRequest: (log) => logged.push(`${log.service} ${log.status}`),
    })
    await emulator.request('/v2/users')
    await control(emulator, 'GET', '/health')
    expect(logged).toEqual(['zoom 401', 'control 200'])
  })
})
