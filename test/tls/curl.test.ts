/** @module curl through --proxy and on --https: the real URLs answered by the emulator, every other host refused before anything is dialled. */
import dns from 'node:dns'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import {
  CLIENT_BASIC,
  run,
  signedLtiList,
  startTlsServer,
  type TlsServer,
  TOKEN_FORM,
} from './tls-helpers.js'

let tls: TlsServer
let token: string

/** curl through the proxy, trusting the emulator's CA; prints the body, then the status on a line of its own. */
const viaProxy = (...args: string[]) =>
  run('curl', ['-sS', '--proxy', tls.proxy, '--cacert', tls.caFile, '-w', '\n%{http_code}', ...args])

const answer = ({ stdout }: { stdout: string }) => {
  const cut = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) }
}

beforeAll(async () => {
  tls = await startTlsServer()
  const issued = answer(await viaProxy('-u', CLIENT_BASIC, '-d', TOKEN_FORM, 'https://zoom.us/oauth/token'))
  expect(issued.status).toBe(200)
  token = (JSON.parse(issued.body) as { access_token: string }).access_token
})

afterAll(() => tls.close())

describe('curl --proxy with --cacert', () => {
  test('gets a token from https://zoom.us/oauth/token and lists the users of https://api.zoom.us/v2/users', async () => {
    const users = answer(
      await viaProxy('-H', `Authorization: Bearer ${token}`, 'https://api.zoom.us/v2/users'),
    )
    expect(users.status).toBe(200)
    expect((JSON.parse(users.body) as { users: { email: string }[] }).users.map((u) => u.email)).toContain(
      'host@example.edu',
    )
  })

  test("lists demo-host's meetings at the real LTI Pro URL, signed", async () => {
    const { url, signature } = signedLtiList(tls.server.emulator.clock.now())
    const list = answer(await viaProxy('-H', `X-Lti-Signature: ${signature}`, url))
    expect(list.status).toBe(200)
    const envelope = JSON.parse(list.body) as { status: boolean; result: { total: number } }
    expect(envelope.status).toBe(true)
    expect(envelope.result.total).toBeGreaterThan(0)
  })

  test('syncs a LumiNUS meeting at https://luminus.azure-api.net', async () => {
    const sync = answer(
      await viaProxy(
        '-H',
        'Ocp-Apim-Subscription-Key: demo-subscription-key',
        'https://luminus.azure-api.net/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync',
      ),
    )
    expect(sync.status).toBe(200)
  })

  test('sends plain http:// requests for an emulated host (absolute form) to the app', async () => {
    const users = answer(
      await viaProxy('-H', `Authorization: Bearer ${token}`, 'http://api.zoom.us/v2/users'),
    )
    expect(users.status).toBe(200)
  })

  test('answers an absolute-form request for its own address, as a client with HTTP_PROXY set for everything sends it', async () => {
    const health = answer(await viaProxy(`${tls.proxy}/__emulator/health`))
    expect(health).toEqual({ status: 200, body: '{"status":"ok"}' })
  })
})

describe('the proxy never forwards', () => {
  test('refuses CONNECT example.com:443 with 403 and a body naming the hosts it answers, without a lookup or a socket', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect')
    const lookup = vi.spyOn(dns, 'lookup')
    try {
      const refused = await run('curl', ['-sS', '-v', '--proxy', tls.proxy, 'https://example.com/'])
      expect(refused.code).toBe(56)
      expect(refused.stderr).toMatch(/CONNECT tunnel failed, response 403/)
      expect(connect).not.toHaveBeenCalled()
      expect(lookup).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
      lookup.mockRestore()
    }
  })

  test('refuses CONNECT and http:// requests to a port of this machine, which sees no connection', async () => {
    let connections = 0
    const bystander = net.createServer((socket) => {
      connections++
      socket.destroy()
    })
    await new Promise<void>((resolve) => bystander.listen(0, '127.0.0.1', resolve))
    const { port } = bystander.address() as net.AddressInfo
    try {
      const tunnel = await run('curl', ['-sS', '-v', '--proxy', tls.proxy, `https://127.0.0.1:${port}/`])
      expect(tunnel.stderr).toMatch(/CONNECT tunnel failed, response 403/)
      const plain = answer(await viaProxy(`http://127.0.0.1:${port}/`))
      expect(plain.status).toBe(403)
      expect(JSON.parse(plain.body)).toEqual({
        error: `zoom-lti-mock's proxy answers applications.zoom.us, api.zoom.us, zoom.us, luminus.azure-api.net itself and forwards nothing: 127.0.0.1:${port} refused`,
      })
      expect(connections).toBe(0)
    } finally {
      await new Promise((resolve) => bystander.close(resolve))
    }
  })

  test('refuses CONNECT to an emulated host on another port than 443', async () => {
    const refused = await run('curl', [
      '-sS',
      '-v',
      '--proxy',
      tls.proxy,
      'https://api.zoom.us:8443/v2/users',
    ])
    expect(refused.stderr).toMatch(/CONNECT tunnel failed, response 403/)
  })
})

describe('curl on --https', () => {
  test('reaches https://api.zoom.us with --resolve to the HTTPS port', async () => {
    const port = tls.server.httpsPort as number
    const users = await run('curl', [
      '-sS',
      '--resolve',
      `api.zoom.us:${port}:127.0.0.1`,
      '--cacert',
      tls.caFile,
      '-w',
      '\n%{http_code}',
      '-H',
      `Authorization: Bearer ${token}`,
      `https://api.zoom.us:${port}/v2/users`,
    ])
    expect(answer(users).status).toBe(200)
  })

  test('refuses a host name it does not emulate in the handshake, with a TLS alert', async () => {
    const port = tls.server.httpsPort as number
    const refused = await run('curl', [
      '-sS',
      '--resolve',
      `example.com:${port}:127.0.0.1`,
      '--cacert',
      tls.caFile,
      `https://example.com:${port}/`,
    ])
    expect(refused.code).toBe(35)
    expect(refused.stderr).toMatch(/alert handshake failure/)
  })
})
