/** @module Headers read from @hono/node-server's IncomingMessage and light Response, or from a Request's and Response's Headers, give what a Headers object gives: any case, repeated ones joined, sorted lists. */
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { type Context, Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import {
  requestHeader,
  requestHeaderList,
  responseHeader,
  responseHeaderList,
} from '../../mock/core/http-headers.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator } from '../helpers.js'

/** What the probe app saw of one request and of the answer it made. */
interface Seen {
  single: Record<string, string | null>
  requestList: string[]
  expectedRequestList: string[]
  responseList: string[]
  expectedResponseList: string[]
  responseSingle: Record<string, string | null>
}

const ASKED = ['x-repeated', 'X-REPEATED', 'cookie', 'x-spaced', 'x-missing', 'Content-Type']

/** Answers with a record of the headers, read both ways: through http-headers.ts and through the Request's and Response's Headers. */
function probeApp(answer: (c: Context) => Response) {
  const seen: Seen[] = []
  const app = new Hono()
    .use(async (c, next) => {
      await next()
      const single = Object.fromEntries(ASKED.map((name) => [name, requestHeader(c, name) ?? null]))
      // Read through http-headers.ts first: a light Response's Headers, once made, would be what both read.
      const responseList = responseHeaderList(c.res)
      const responseSingle = Object.fromEntries(
        ['x-two', 'X-TWO', 'content-type', 'x-none'].map((name) => [name, responseHeader(c.res, name)]),
      )
      seen.push({
        single,
        requestList: requestHeaderList(c),
        expectedRequestList: [...c.req.raw.headers].flat(),
        responseList,
        expectedResponseList: [...c.res.headers].flat(),
        responseSingle,
      })
    })
    .get('/json', (c) => c.json({ ok: true }))
    .get('/custom', (c) => answer(c))
  return { app, seen }
}

/** Sends a GET with these header lines as written: names in their case, repeated names on lines of their own. */
function sendRaw(port: number, path: string, rawHeaders: [string, string][]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      answer += chunk
      if (answer.includes('\r\n\r\n')) {
        socket.destroy()
        resolve(Number(answer.split(' ')[1]))
      }
    })
    socket.on('error', reject)
    const lines = rawHeaders.map(([name, value]) => `${name}: ${value}\r\n`).join('')
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${lines}Connection: close\r\n\r\n`)
  })
}

const RAW: [string, string][] = [
  ['X-Repeated', 'one'],
  ['x-repeated', 'two'],
  ['Cookie', 'a=1'],
  ['cookie', 'b=2'],
  ['X-Spaced', '  padded\t'],
  ['Authorization', 'Bearer first'],
]

describe('request and response headers over HTTP (IncomingMessage, light Response)', () => {
  const { app, seen } = probeApp((c) => c.body('two', 200, { 'x-two': 'b', 'X-Two-Case': 'c' }))
  let server: Server
  let port: number
  beforeAll(async () => {
    server = createServer(getRequestListener(app.fetch))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  test('a request header is found in any case, repeated lines joined as Headers joins them (cookies with "; ")', async () => {
    expect(await sendRaw(port, '/json', RAW)).toBe(200)
    const [entry] = seen.splice(0)
    expect(entry?.single).toEqual({
      'x-repeated': 'one, two',
      'X-REPEATED': 'one, two',
      cookie: 'a=1; b=2',
      'x-spaced': 'padded',
      'x-missing': null,
      'Content-Type': null,
    })
  })

  test("the request's header list is the one iterating its Headers gives: lower-case, sorted, joined", async () => {
    await sendRaw(port, '/json', RAW)
    const [entry] = seen.splice(0)
    expect(entry?.requestList).toEqual(entry?.expectedRequestList)
    expect(entry?.requestList).toContain('x-repeated')
    expect(entry?.requestList.indexOf('authorization')).toBeLessThan(
      entry?.requestList.indexOf('cookie') ?? 0,
    )
  })

  test("a light Response's headers are read from its record as its Headers would give them, default Content-Type included", async () => {
    await sendRaw(port, '/custom', [])
    await sendRaw(port, '/json', [])
    const [custom, json] = seen.splice(0)
    expect(custom?.responseList).toEqual(custom?.expectedResponseList)
    expect(custom?.responseList).toEqual(['x-two', 'b', 'x-two-case', 'c'])
    expect(custom?.responseSingle).toEqual({
      'x-two': 'b',
      'X-TWO': 'b',
      'content-type': null,
      'x-none': null,
    })
    expect(json?.responseList).toEqual(['content-type', 'application/json'])
    expect(json?.responseList).toEqual(json?.expectedResponseList)
  })
})

describe('request and response headers in process (a real Request and Response)', () => {
  const { app, seen } = probeApp(
    () =>
      new Response('x', {
        headers: [
          ['X-Two', 'b'],
          ['x-two', 'again'],
          ['Set-Cookie', 's=1'],
          ['set-cookie', 's=2'],
        ],
      }),
  )

  test('a request header is found in any case, repeated values joined; the list is the Headers iteration', async () => {
    const headers = new Headers()
    for (const [name, value] of RAW) headers.append(name, value)
    await app.request(`${LOCAL_ORIGIN}/json`, { headers })
    const [entry] = seen.splice(0)
    expect(entry?.single).toEqual({
      'x-repeated': 'one, two',
      'X-REPEATED': 'one, two',
      cookie: 'a=1; b=2',
      'x-spaced': 'padded',
      'x-missing': null,
      'Content-Type': null,
    })
    expect(entry?.requestList).toEqual(entry?.expectedRequestList)
  })

  test("a Response's repeated headers are joined and each Set-Cookie kept apart, as its Headers gives them", async () => {
    await app.request(`${LOCAL_ORIGIN}/custom`)
    const [entry] = seen.splice(0)
    expect(entry?.responseList).toEqual(entry?.expectedResponseList)
    // The default Content-Type is undici's or @hono/node-server's, whichever Response the test file's globals give.
    expect(entry?.responseList.filter((_, i, list) => list[i - (i % 2)] !== 'content-type')).toEqual([
      'set-cookie',
      's=1',
      'set-cookie',
      's=2',
      'x-two',
      'b, again',
    ])
    expect(entry?.responseSingle['X-TWO']).toBe('b, again')
  })
})

describe("the emulator's journal over HTTP and in process", () => {
  const emulator = createTestEmulator()
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, emulator })
  })
  afterAll(() => server.close())

  /** The newest journal entry's request and response headers, without those only one transport sends. */
  function lastHeaders() {
    const { requests } = emulator.requests()
    const entry = requests[requests.length - 1]
    const transportOnly = ['host', 'connection', 'x-zm-trackingid']
    const strip = (headers: Record<string, string> = {}) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => !transportOnly.includes(name)))
    return { request: strip(entry?.request.headers), response: strip(entry?.response.headers), entry }
  }

  test('keeps the same request and response headers, in the same order, for the same Zoom call either way', async () => {
    const raw: [string, string][] = [
      ['X-Repeated', 'one'],
      ['x-repeated', 'two'],
      ['X-Custom', 'kept'],
    ]
    expect(await sendRaw(server.port, '/v2/users/me', raw)).toBe(401)
    const overHttp = lastHeaders()
    const headers = new Headers()
    for (const [name, value] of raw) headers.append(name, value)
    expect((await emulator.request('/v2/users/me', { headers })).status).toBe(401)
    const inProcess = lastHeaders()
    expect(overHttp.request).toEqual({ 'x-custom': 'kept', 'x-repeated': 'one, two' })
    expect(Object.entries(overHttp.request)).toEqual(Object.entries(inProcess.request))
    expect(Object.keys(overHttp.response)).toEqual(Object.keys(inProcess.response))
    expect(overHttp.response['content-type']).toBe('application/json')
    expect(overHttp.entry?.response.headers['x-zm-trackingid']).toMatch(
      /^v=2\.0;clid=us06;rid=WEB_[0-9a-f]{32}$/,
    )
  })
})
