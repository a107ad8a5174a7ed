/** @module Control API: what the journal keeps of each exchange — headers, bodies, answers — its body filter, truncation and byte bound. */
import { describe, expect, test } from 'vitest'
import { ControlError } from '../../mock/control/errors.js'
import type { Emulator } from '../../mock/core/emulator.js'
import { MAX_BODY_BYTES } from '../../mock/core/pipeline/body-guard.js'
import { startServer } from '../../mock/server.js'
import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'

const MEETING = '/v2/meetings/81000000001'
const basic = `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`

async function bearer(emulator: Emulator): Promise<Record<string, string>> {
  const answer = await emulator.request(
    '/oauth/token?grant_type=account_credentials&account_id=demo-account',
    {
      method: 'POST',
      headers: { authorization: basic },
    },
  )
  const { access_token } = (await answer.json()) as { access_token: string }
  return { authorization: `Bearer ${access_token}` }
}

const sendJson = (emulator: Emulator, path: string, body: unknown, method = 'POST', headers = {}) =>
  emulator.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const last = (emulator: Emulator) => emulator.requests().requests.at(-1)

describe("the journal's exchanges", () => {
  test("keep the request's headers (names lower-case) and parsed JSON body, and the answer's status, headers and body", async () => {
    const emulator = createTestEmulator()
    const auth = await bearer(emulator)
    const patch = { topic: 'Week 1 Lecture (moved)', settings: { host_video: true } }
    await sendJson(emulator, MEETING, patch, 'PATCH', { ...auth, 'X-Request-Id': 'req-42' })
    const answer = await emulator.request(MEETING, { headers: auth })
    const shown = await answer.json()
    const [, patched, got] = emulator.requests().requests
    expect(patched?.request).toEqual({
      headers: {
        authorization: '[redacted]',
        'content-type': 'application/json',
        'x-request-id': 'req-42',
      },
      body: patch,
    })
    expect(patched?.response).toEqual({ status: 204, headers: expect.any(Object), body: null })
    expect(got?.request).toEqual({ headers: { authorization: '[redacted]' }, body: null })
    expect(got?.response).toEqual({
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-zm-trackingid': answer.headers.get('x-zm-trackingid'),
      },
      body: shown,
    })
    expect(got?.response.body).toMatchObject({ topic: 'Week 1 Lecture (moved)' })
  })

  test('keep a form body as its text, secret parameters redacted, and the token answer without its access_token', async () => {
    const emulator = createTestEmulator()
    await emulator.request('/oauth/token', {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=account_credentials&account_id=demo-account&code=auth-code-1&note=a%20b',
    })
    expect(last(emulator)?.request.body).toBe(
      'grant_type=account_credentials&account_id=demo-account&code=[redacted]&note=a%20b',
    )
    expect(last(emulator)?.response).toMatchObject({
      status: 200,
      body: { access_token: '[redacted]', token_type: 'bearer', expires_in: 3600 },
    })
  })

  test('keep what a refused request sent and the error it got', async () => {
    const emulator = createTestEmulator()
    await sendJson(emulator, '/v2/users/demo-host/meetings', '{"topic":', 'POST', await bearer(emulator))
    expect(last(emulator)?.request.body).toBe('{"topic":')
    expect(last(emulator)?.response).toMatchObject({ status: 400, body: { code: expect.any(Number) } })
  })

  test('keep a fault answer as sent, a delayed answer whole, and a dropped one as status 0 with nothing', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({
      match: { path: '/v2/users' },
      response: { status: 503, body: 'try later' },
      times: 1,
    })
    emulator.faults.add({ match: { path: '/v2/users' }, delayMs: 5, times: 1 })
    emulator.faults.add({ match: { path: '/v2/users' }, drop: true, times: 1 })
    await emulator.request('/v2/users')
    await emulator.request('/v2/users')
    await expect(sendJson(emulator, '/v2/users', { email: 'a@b.c' })).rejects.toThrow(TypeError)
    const [faulted, delayed, dropped] = emulator.requests().requests
    expect(faulted?.response).toEqual({
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-emulator-fault': 'fault-1' },
      body: 'try later',
    })
    expect(delayed).toMatchObject({ fault: 'fault-2', response: { status: 401, body: { code: 124 } } })
    expect(dropped).toMatchObject({
      status: 0,
      fault: 'fault-3',
      request: { body: { email: 'a@b.c' } },
      response: { status: 0, headers: {}, body: null },
    })
  })
})

describe('a body over 64 KiB', () => {
  test('is kept as its first 65 536 bytes, on a character boundary, and a marker with what was cut', async () => {
    const emulator = createTestEmulator()
    const agenda = 'é'.repeat(40_000) // 80 000 bytes
    const sent = JSON.stringify({ topic: 'odd', agenda }) // 25 bytes before the agenda: byte 65 536 is inside an é
    await sendJson(emulator, '/v2/users/demo-host/meetings', sent, 'POST', await bearer(emulator))
    const body = last(emulator)?.request.body as string
    const marker = `…[truncated ${Buffer.byteLength(sent) - 65_535} bytes]`
    expect(body.endsWith(marker)).toBe(true)
    const head = body.slice(0, -marker.length)
    expect(Buffer.byteLength(head)).toBe(65_535)
    expect(sent.startsWith(head)).toBe(true)
    expect(body).not.toContain('\uFFFD')
  })

  test('is cut in the answer too', async () => {
    const emulator = createTestEmulator()
    const text = 'x'.repeat(100_000)
    emulator.faults.add({ match: { path: '/v2/users' }, response: { status: 200, body: text } })
    expect(await (await emulator.request('/v2/users')).text()).toBe(text)
    expect(last(emulator)?.response.body).toBe(`${'x'.repeat(65_536)}…[truncated 34464 bytes]`)
  })

  test('refused unread for its size leaves only its size, in process and over HTTP', async () => {
    const emulator = createTestEmulator()
    const huge = new Uint8Array(MAX_BODY_BYTES + 10)
    await emulator.request('/v2/users', { method: 'POST', body: huge })
    expect(last(emulator)?.request.body).toBe(`…[truncated more than ${MAX_BODY_BYTES} bytes]`)
    const server = await startServer({ port: 0, emulator })
    try {
      const answer = await fetch(`${server.url}/v2/users`, { method: 'POST', body: huge })
      expect(answer.status).toBe(413)
    } finally {
      await server.close()
    }
    expect(last(emulator)?.request.body).toBe(`…[truncated ${MAX_BODY_BYTES + 10} bytes]`)
  })
})

describe("the journal's byte budget", () => {
  const agenda = (n: number) => JSON.stringify({ agenda: 'a'.repeat(n) })

  test.each([
    [0, [4, 5, 6]],
    [-1, [5, 6]],
  ])(
    'forgets the oldest entries once their bodies and 1 KiB each exceed journalBytes (3 entries %i)',
    async (slack, kept) => {
      const body = agenda(2000)
      const probe = createTestEmulator()
      await sendJson(probe, '/v2/meetings/0', body, 'PATCH')
      const answer = JSON.stringify(last(probe)?.response.body) // the 401's body counts too
      const emulator = createTestEmulator({ journalBytes: 3 * (1024 + body.length + answer.length) + slack })
      for (let i = 0; i < 6; i++) await sendJson(emulator, `/v2/meetings/${i}`, body, 'PATCH')
      expect(emulator.requests().requests.map((r) => r.id)).toEqual(kept)
    },
  )

  test('always keeps the newest entry, even when it alone is over the budget', async () => {
    const emulator = createTestEmulator({ journalBytes: 100 })
    await sendJson(emulator, '/v2/meetings/1', agenda(5000), 'PATCH')
    await sendJson(emulator, '/v2/meetings/2', agenda(5000), 'PATCH')
    expect(emulator.requests().requests.map((r) => r.path)).toEqual(['/v2/meetings/2'])
  })

  test('refuses a budget that is not a positive whole number', () => {
    expect(() => createTestEmulator({ journalBytes: 0 })).toThrow(RangeError)
    expect(() => createTestEmulator({ journalBytes: 1.5 })).toThrow(RangeError)
  })
})

describe("the journal's body filter", () => {
  async function sent() {
    const emulator = createTestEmulator()
    const bodies = [
      { topic: 'A', settings: { host_video: true, mute_upon_entry: false }, tags: [1, 2] },
      { topic: 'A', settings: { host_video: false }, tags: [{ name: 'x', id: 1 }] },
      { topic: 'B', tags: [1, 2, 3] },
    ]
    for (const body of bodies) await sendJson(emulator, '/v2/users/demo-host/meetings', body)
    await emulator.request('/v2/users', { method: 'POST' })
    await emulator.request('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=account_credentials&client_secret=s3cr3t',
    })
    return emulator
  }

  test.each([
    [{ topic: 'A' }, 2],
    [{ topic: 'A', settings: { host_video: true } }, 1],
    [{ settings: {} }, 2],
    [{ tags: [1, 2] }, 1],
    [{ tags: [1] }, 0],
    [{ tags: [{ name: 'x' }] }, 1],
    [{ topic: 'C' }, 0],
    [{ nothing: null }, 0],
    ['grant_type=account_credentials&client_secret=[redacted]', 1],
    [null, 1],
  ])('%j matches %i requests, in process and over HTTP', async (body, expected) => {
    const emulator = await sent()
    expect(emulator.requests({ method: 'POST', body }).count).toBe(expected)
    const query = `/requests?method=POST&body=${encodeURIComponent(JSON.stringify(body))}`
    expect(await control(emulator, 'GET', query)).toMatchObject({ status: 200, body: { count: expected } })
  })

  test('lets a test count the calls that sent a body and check the body itself', async () => {
    const emulator = await sent()
    const { count, requests } = emulator.requests({ service: 'zoom', method: 'POST', body: { topic: 'B' } })
    expect(count).toBe(1)
    expect(requests[0]?.request.body).toEqual({ topic: 'B', tags: [1, 2, 3] })
  })

  test('refuses a body that is not JSON with a 400 that says so, and an in-process one that is no JSON value', async () => {
    const emulator = createTestEmulator()
    expect(await control(emulator, 'GET', '/requests?body=%7Btopic')).toEqual({
      status: 400,
      body: { error: expect.stringContaining('body must be URL-encoded JSON') },
    })
    for (const body of [new Date(), { when: undefined }, [Number.NaN]]) {
      const refusal = (() => {
        try {
          emulator.requests({ body: body as never })
        } catch (error) {
          return error
        }
      })()
      expect(refusal).toBeInstanceOf(ControlError)
      expect(refusal).toMatchObject({
        status: 400,
        message: expect.stringContaining('body must be a JSON value'),
      })
    }
  })
})
