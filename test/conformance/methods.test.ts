/** @module 405 for a method a path does not serve (with Allow, in the vendor's error shape), 501 for a path no service emulates. */
import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { allowedMethods, contractOperations } from '../contract.js'
import { createTestEmulator } from '../helpers.js'

/** A concrete path for each path template of the contracts (every parameter filled in). */
const paths = [...new Set(contractOperations().map((o) => o.template))].map((t) =>
  t.replace(/\{[^}]+\}/g, '81000000001'),
)
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

describe('methods a path does not serve', () => {
  test('answer 405 with Allow listing the contract’s methods, in the vendor’s error shape, on every path', async () => {
    // The checked fetch holds each 405 to its Allow and to the error schema of the path's contract.
    const emulator = createTestEmulator()
    let checked = 0
    for (const path of paths)
      for (const method of METHODS.filter((m) => !allowedMethods(path).includes(m))) {
        const answer = await emulator.request(path, { method })
        expect(answer.status, `${method} ${path}`).toBe(405)
        expect(answer.headers.get('allow'), `${method} ${path}`).toBe(allowedMethods(path).join(', '))
        checked++
      }
    expect(checked).toBeGreaterThan(80)
  })

  test.each([
    [
      'PUT',
      '/v2/users',
      { code: 405, message: 'PUT is not a method of /v2/users; it answers GET, HEAD, POST.' },
    ],
    [
      'GET',
      '/api/v1/lti/rich/meeting/bulkImport',
      {
        status: false,
        errorCode: '405',
        errorMessage: 'GET is not a method of /api/v1/lti/rich/meeting/bulkImport; it answers POST.',
      },
    ],
    [
      'DELETE',
      '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync',
      {
        statusCode: 405,
        message:
          'DELETE is not a method of /zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync; it answers GET, HEAD.',
      },
    ],
    ['GET', '/__emulator/reset', { error: 'GET is not a method of /__emulator/reset; it answers POST.' }],
  ])('%s %s → 405 %j', async (method, path, body) => {
    const answer = await createTestEmulator().request(path, { method })
    expect([answer.status, await answer.json()]).toEqual([405, body])
  })

  test('Zoom’s 405 carries its tracking id, as every Zoom answer does', async () => {
    const answer = await createTestEmulator().request('/v2/users', { method: 'PUT' })
    expect(answer.headers.get('x-zm-trackingid')).toMatch(/\S/)
  })

  test.each([
    ['GET', '/v2/webinars', { code: 501, message: 'GET /v2/webinars is not emulated by zoom-lti-mock.' }],
    [
      'POST',
      '/api/v1/lti/rich/meeting/other',
      {
        status: false,
        errorCode: '501',
        errorMessage: 'POST /api/v1/lti/rich/meeting/other is not emulated by zoom-lti-mock.',
      },
    ],
    ['GET', '/zoom/Other', { statusCode: 501, message: 'GET /zoom/Other is not emulated by zoom-lti-mock.' }],
    ['GET', '/__emulator/other', { error: 'GET /__emulator/other is not emulated by zoom-lti-mock.' }],
  ])('a path no service emulates stays 501: %s %s', async (method, path, body) => {
    const answer = await createTestEmulator().request(path, { method })
    expect([answer.status, await answer.json(), answer.headers.get('allow')]).toEqual([501, body, null])
  })

  test('HEAD is answered wherever GET is, as GET without a body', async () => {
    const answer = await createTestEmulator().request('/__emulator/clock', { method: 'HEAD' })
    expect([answer.status, await answer.text()]).toEqual([200, ''])
  })

  test('with cors on, a preflight OPTIONS is still answered by the CORS policy', async () => {
    const emulator = createEmulator({ cors: true })
    const answer = await emulator.request('/v2/users', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.edu', 'access-control-request-method': 'POST' },
    })
    expect(answer.status).toBe(204)
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('over HTTP', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  const send = (port: number, method: string, path: string) =>
    new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString()
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }))
      })
      req.on('error', reject)
      req.end()
    })

  test('TRACE on a served path answers 405 with Allow, and on an unknown path 501', async () => {
    server = await startServer({ port: 0, onRequest: () => {} })
    expect(await send(server.port, 'TRACE', '/v2/users')).toEqual({
      status: 405,
      allow: 'GET, HEAD, POST',
      body: JSON.stringify({
        code: 405,
        message: 'TRACE is not a method of /v2/users; it answers GET, HEAD, POST.',
      }),
    })
    expect((await send(server.port, 'TRACE', '/v2/webinars')).status).toBe(501)
  })
})
