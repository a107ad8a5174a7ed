/** @module What the proxy and the TLS port refuse: garbage CONNECT lines, handshakes for other names, clients gone mid-handshake; each refused on its own connection while the server goes on serving. */
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { ProxyAgent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTlsServer, type TlsServer } from './tls-helpers.js'

let tls: TlsServer
let ca: string

beforeAll(async () => {
  tls = await startTlsServer()
  ca = readFileSync(tls.caFile, 'utf8')
})

afterAll(() => tls.close())

/** A LumiNUS sync through the proxy on a fresh connection: the status it answers. */
async function syncStatus(): Promise<number> {
  const dispatcher = new ProxyAgent({ uri: tls.proxy, requestTls: { ca } })
  try {
    const sync = await undiciFetch(
      'https://luminus.azure-api.net/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync',
      { dispatcher, headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' } },
    )
    return sync.status
  } finally {
    await dispatcher.close()
  }
}

const open = (port: number): Promise<net.Socket> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })

/** Sends `bytes` on a new connection to the proxy and reads until the server closes it. */
async function exchange(bytes: string): Promise<string> {
  const socket = await open(tls.server.port)
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  socket.end(bytes)
  await new Promise((resolve) => socket.once('close', resolve))
  return Buffer.concat(chunks).toString()
}

/** A tunnel to `host:443` opened by hand: the socket after the proxy's 200. */
async function tunnel(host: string): Promise<net.Socket> {
  const socket = await open(tls.server.port)
  socket.write(`CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`)
  const reply = await new Promise<string>((resolve) =>
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString())),
  )
  expect(reply).toBe('HTTP/1.1 200 Connection Established\r\n\r\n')
  return socket
}

/** Starts a TLS handshake as `servername` over the socket (or to the TLS port) and resolves with the error that ended it. */
const handshakeError = (options: {
  socket?: net.Socket
  port?: number
  servername?: string
}): Promise<Error> =>
  new Promise((resolve, reject) => {
    const client = tlsConnect({ ...options, host: '127.0.0.1', ca }, () =>
      reject(new Error('the handshake succeeded')),
    )
    client.once('error', resolve)
  })

/** The first bytes of a TLS ClientHello, as a client that goes away before finishing it sends. */
const PARTIAL_CLIENT_HELLO = Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])

describe('the proxy', () => {
  test('refuses CONNECT without host:port with 400 and says what it needs, then serves the next client', async () => {
    const reply = await exchange('CONNECT garbage HTTP/1.1\r\nHost: garbage\r\n\r\n')
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toEqual({
      error: 'CONNECT needs host:port, such as api.zoom.us:443, not "garbage"',
    })
    expect(await syncStatus()).toBe(200)
  })

  test('answers a request line that is not HTTP with 400, then serves the next client', async () => {
    const reply = await exchange('CONNECT \u0000\u0001 nonsense\r\n\r\n')
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect(await syncStatus()).toBe(200)
  })

  test('ends a tunnel whose handshake names a host it does not emulate, with a TLS alert, then serves the next client', async () => {
    const error = await handshakeError({ socket: await tunnel('api.zoom.us'), servername: 'example.com' })
    expect(error.message).toMatch(/handshake failure/)
    expect(await syncStatus()).toBe(200)
  })

  test('forgets a tunnel whose client goes away mid-handshake, then serves the next client', async () => {
    const socket = await tunnel('api.zoom.us')
    socket.write(PARTIAL_CLIENT_HELLO)
    socket.resetAndDestroy()
    const halfConnect = await open(tls.server.port)
    halfConnect.write('CONNECT api.zoom')
    halfConnect.resetAndDestroy()
    expect(await syncStatus()).toBe(200)
  })
})

describe('the TLS port', () => {
  test('refuses a handshake for another name, and one without a name, with a TLS alert', async () => {
    const port = tls.server.httpsPort as number
    expect((await handshakeError({ port, servername: 'example.com' })).message).toMatch(/handshake failure/)
    expect((await handshakeError({ port })).message).toMatch(/handshake failure/)
    expect(await syncStatus()).toBe(200)
  })

  test('forgets a client that goes away mid-handshake', async () => {
    const socket = await open(tls.server.httpsPort as number)
    socket.write(PARTIAL_CLIENT_HELLO)
    socket.resetAndDestroy()
    const name = await new Promise<string>((resolve, reject) => {
      const client = tlsConnect(
        { port: tls.server.httpsPort as number, host: '127.0.0.1', servername: 'api.zoom.us', ca },
        () => {
          resolve(client.getPeerX509Certificate()?.subjectAltName ?? '')
          client.destroy()
        },
      )
      client.once('error', reject)
    })
    expect(name).toBe('DNS:api.zoom.us')
  })
})
