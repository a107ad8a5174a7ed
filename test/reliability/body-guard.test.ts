/** @module Bad request bodies — too large, not JSON, malformed — answer 413/415/400 in each vendor's shape and change nothing. */
import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from '../../mock/core/pipeline/body-guard.js'
import { createEmulator } from '../../mock/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { LTI_PRO_BASE } from '../../mock/services/lti-pro/routes.js'
import { SIGNATURE_HEADER } from '../../src/lti-pro/signature.js'
import { contractOperations } from '../contract.js'
import { createTestEmulator } from '../helpers.js'
import { signParts } from '../lti-pro/signing.js'
import { s2sToken } from '../zoom/support.js'

/** JSON of exactly `bytes` bytes: an empty object padded with spaces. */
const jsonOfSize = (bytes: number) => `{${' '.repeat(bytes - 2)}}`
const OVERSIZED = jsonOfSize(MAX_BODY_BYTES + 1)

type Send = (emulator: Emulator, body: string, contentType?: string) => Promise<Response>

const lti: Send = (emulator, body, contentType) => {
  const path = '/meeting/createAndAssociate'
  const { query, signature } = signParts(emulator, { path })
  return emulator.request(`${LTI_PRO_BASE}${path}?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { [SIGNATURE_HEADER]: signature, ...(contentType ? { 'content-type': contentType } : {}) },
    body,
  })
}

const tokens = new WeakMap<Emulator, Promise<string>>()
const zoom: Send = async (emulator, body, contentType) => {
  const token = await (tokens.get(emulator) ?? tokens.set(emulator, s2sToken(emulator)).get(emulator))
  return emulator.request('/v2/users/demo-host/meetings', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) },
    body,
  })
}

const control: Send = (emulator, body, contentType) =>
  emulator.request('/__emulator/state', {
    method: 'PUT',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  })

/** Sends once (so a token exists), then again and answers the status, the body and whether the state moved. */
async function refused(send: Send, body: string, contentType?: string) {
  const emulator = createTestEmulator()
  await send(emulator, '{', 'application/json')
  const before = emulator.exportState()
  const response = await send(emulator, body, contentType)
  const after = emulator.exportState()
  expect(after).toEqual(before)
  return { status: response.status, body: await response.json() }
}

describe('a request body over 1 MiB', () => {
  test.each([
    ['LTI Pro', lti, { status: false, errorCode: '413', errorMessage: BODY_TOO_LARGE_MESSAGE }],
    ['Zoom', zoom, { code: 413, message: BODY_TOO_LARGE_MESSAGE }],
    ['the control API', control, { error: BODY_TOO_LARGE_MESSAGE }],
  ])('answers %s 413 in its error shape and changes nothing', async (_, send, shape) => {
    expect(await refused(send, OVERSIZED, 'application/json')).toEqual({ status: 413, body: shape })
  })

  test('is refused before any route is chosen: on a path no service emulates and on a method its path does not serve', async () => {
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    for (const [method, path] of [
      ['DELETE', '/v2/users/'],
      ['PUT', '/v2/users/demo-host/meetings'],
    ] as const) {
      const response = await emulator.request(path, { method, body: OVERSIZED })
      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({ code: 413, message: BODY_TOO_LARGE_MESSAGE })
    }
    expect(emulator.exportState()).toEqual(before)
  })

  test('answers LumiNUS (through API Management) 413 in its error shape', async () => {
    // No LumiNUS operation takes a body, so no contract declares this answer: an unchecked emulator.
    const response = await createEmulator().request('/zoom/Meeting/x/Sync', {
      method: 'POST',
      body: OVERSIZED,
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ statusCode: 413, message: BODY_TOO_LARGE_MESSAGE })
  })

  test("answers Zoom's token endpoint 413 in its OAuth shape", async () => {
    const response = await createTestEmulator().request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=account_credentials&pad=${'x'.repeat(MAX_BODY_BYTES)}`,
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: 'invalid_request', reason: BODY_TOO_LARGE_MESSAGE })
  })

  test('is the limit: a body of exactly 1 MiB is served', async () => {
    const emulator = createTestEmulator()
    expect((await zoom(emulator, jsonOfSize(MAX_BODY_BYTES), 'application/json')).status).toBe(201)
  })
})

describe('a body that is not sent as JSON', () => {
  test.each([
    ['LTI Pro', lti, 'text/plain', { status: false, errorCode: '415' }],
    ['LTI Pro', lti, undefined, { status: false, errorCode: '415' }],
    ['Zoom', zoom, 'application/xml', { code: 415 }],
    ['Zoom', zoom, 'text/plain;charset=UTF-8', { code: 415 }],
    ['the control API', control, 'multipart/form-data; boundary=x', {}],
  ])(
    'answers %s (content type %s) 415 in its error shape and changes nothing',
    async (_, send, type, shape) => {
      const answer = await refused(send, '{"topic":"x"}', type)
      expect(answer.status).toBe(415)
      expect(answer.body).toMatchObject(shape)
      expect(JSON.stringify(answer.body)).toContain('application/json')
    },
  )

  test('is refused (415) on exactly the operations whose contract gives them a JSON body', async () => {
    const emulator = createEmulator()
    const refused: string[] = []
    for (const { method, template } of contractOperations()) {
      if (method === 'GET' || method === 'HEAD') continue
      const path = template.replace(/\{[^}]+\}/g, 'x')
      const init = { method, headers: { 'content-type': 'application/xml' }, body: '{}' }
      if ((await emulator.request(path, init)).status === 415) refused.push(`${method} ${template}`)
    }
    expect(refused.sort()).toEqual(
      [
        'POST /api/v1/lti/rich/meeting/bulkImport',
        'PUT /api/v1/lti/rich/meeting/bulkDisassociate',
        'POST /api/v1/lti/rich/meeting/createAndAssociate',
        'POST /v2/users',
        'PATCH /v2/users/{userId}',
        'PATCH /v2/users/{userId}/settings',
        'POST /v2/users/{userId}/meetings',
        'PATCH /v2/meetings/{meetingId}',
        'PUT /v2/meetings/{meetingUUID}/recordings/status',
        'PUT /v2/meetings/{meetingId}/recordings/{recordingId}/status',
        'PATCH /v2/meetings/{meetingId}/recordings/settings',
        'POST /v2/meetings/{meetingId}/registrants',
        'PUT /v2/meetings/{meetingId}/registrants/status',
        'POST /v2/users/{userId}/webinars',
        'PATCH /v2/webinars/{webinarId}',
        'POST /v2/webinars/{webinarId}/registrants',
        'PUT /v2/webinars/{webinarId}/registrants/status',
        'PUT /__emulator/state',
        'PATCH /__emulator/state/{slice}/{table}/{key}',
        'POST /__emulator/clock',
        'POST /__emulator/faults',
        'POST /__emulator/seed',
        'POST /__emulator/webhooks',
        'POST /__emulator/zoom/meetings/{meetingId}/participants',
        'POST /__emulator/zoom/webinars/{webinarId}/participants',
      ].sort(),
    )
  })

  test('is served when the content type is JSON with a charset', async () => {
    const response = await zoom(createTestEmulator(), '{"topic":"x"}', 'application/json; charset=utf-8')
    expect(response.status).toBe(201)
  })

  test('is served by the control API as curl -d sends it (form-urlencoded)', async () => {
    const response = await createTestEmulator().request('/__emulator/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '{"advanceMs":1000}',
    })
    expect(response.status).toBe(200)
  })
})

describe('a malformed JSON body', () => {
  test.each([
    ['LTI Pro', lti, { status: false, errorCode: '400' }],
    ['Zoom', zoom, { code: 300, message: 'Validation Failed.' }],
    ['the control API', control, {}],
  ])('answers %s 400 in its error shape and changes nothing', async (_, send, shape) => {
    const answer = await refused(send, '{"topic":', 'application/json')
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject(shape)
  })
})

describe('over HTTP', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  test('a chunked body is cut at 1 MiB: 413 arrives while the client is still sending', async () => {
    server = await startServer({ port: 0 })
    const { port } = server
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'PUT',
          path: '/__emulator/state',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => {
            body += chunk.toString()
          })
          res.on('end', () => {
            req.destroy()
            resolve({ status: res.statusCode ?? 0, body })
          })
        },
      )
      req.on('error', reject)
      // 1 MiB + 64 KiB, and the request is never ended: only a server that stops reading can answer.
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      for (let i = 0; i <= MAX_BODY_BYTES / chunk.length; i++) req.write(chunk)
    })
    expect(answer).toEqual({ status: 413, body: JSON.stringify({ error: BODY_TOO_LARGE_MESSAGE }) })
    expect((await fetch(`${server.url}/__emulator/health`)).status).toBe(200)
  })

  test('a body whose Content-Length says over 1 MiB is refused without being read', async () => {
    server = await startServer({ port: 0 })
    const response = await fetch(`${server.url}/__emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: OVERSIZED,
    })
    expect(response.status).toBe(413)
  })
})
