/** @module Request headers read from @hono/node-server's IncomingMessage, or from a Request's Headers, give what the Request's Headers give: any case, repeated ones joined, sorted lists. */
import { createServer, type Server } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import { requestHeader, requestHeaderList } from '../../mock/core/http-headers.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator } from '../helpers.js'

/** What the probe app saw of one request: read through http-headers.ts, and through the Request's Headers. */
interface Seen {
  single: Record<string, string | null>
  list: string[]
  expectedList: string[]
}

const ASKED = ['x-repeated', 'X-REPEATED', 'cookie', 'x-spaced', 'x-missing', 'Content-Type']

function probeApp() {
  const seen: Seen[] = []
  const app = new Hono().get('/', (c) => {
    seen.push({
      single: Object.fromEntries(ASKED.map((name) => [name, requestHeader(c, name) ?? null])),
      list: requestHeaderList(c),
      expectedList: [...c.req.raw.headers].flat(),
    })
    return c.text('seen')
  })
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

const EXPECTED_SINGLE = {
  'x-repeated': 'one, two',
  'X-REPEATED': 'one, two',
  cookie: 'a=1; b=2',
  'x-spaced': 'padded',
  'x-missing': null,
  'Content-Type': null,
}

describe('request headers over HTTP, read from the IncomingMessage', () => {
  const { app, seen } = probeApp()
  let server: Server
  let port: number
  beforeAll(async () => {
    server = createServer(getRequestListener(app.fetch))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))

  test('a header is found in any case, repeated lines joined as Headers joins them (cookies with "; "), trimmed', async () => {
    expect(await sendRaw(port, '/', RAW)).toBe(200)
    const [entry] = seen.splice(0)
    expect(entry?.single).toEqual(EXPECTED_SINGLE)
  })

  test("the header list is the one iterating the Request's Headers gives: lower-case, sorted, joined", async () => {
    await sendRaw(port, '/', RAW)
    const [entry] = seen.splice(0)
    expect(entry?.list).toEqual(entry?.expectedList)
    expect(entry?.list.filter((_, i) => i % 2 === 0)).toEqual([
      'authorization',
      'connection',
      'cookie',
      'host',
      'x-repeated',
      'x-spaced',
    ])
  })
})

describe("request headers in process, read from the Request's Headers", () => {
  const { app, seen } = probeApp()

  test('a header is found in any case, repeated values joined; the list is the Headers iteration', async () => {
    const headers = new Headers()
    for (const [name, value] of RAW) headers.append(name, value)
    await app.request(`${LOCAL_ORIGIN}/`, { headers })
    const [entry] = seen.splice(0)
    expect(entry?.single).toEqual(EXPECTED_SINGLE)
    expect(entry?.list).toEqual(entry?.expectedList)
    expect(entry?.list).toContain('a=1; b=2')
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
