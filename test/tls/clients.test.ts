/** @module Unmodified clients of other stacks through --proxy: Python's standard library and Node's fetch with undici's ProxyAgent, trusting the CA by a file or by the environment. */
import { readFileSync } from 'node:fs'
import { ProxyAgent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  CLIENT_BASIC,
  run,
  signedLtiList,
  startTlsServer,
  type TlsServer,
  TOKEN_FORM,
} from './tls-helpers.js'

let tls: TlsServer

beforeAll(async () => {
  tls = await startTlsServer()
})

afterAll(() => tls.close())

/** Python that asks for a token at zoom.us and lists api.zoom.us's users; prints the HTTP status and the first user's email. */
const PYTHON_CALLS = `
import base64, json, sys, urllib.request
def call(opener, url, headers, data=None):
    with opener.open(urllib.request.Request(url, data=data, headers=headers)) as answer:
        return answer.status, json.load(answer)
def zoom(opener):
    basic = base64.b64encode(sys.argv[1].encode()).decode()
    _, token = call(opener, 'https://zoom.us/oauth/token', {'Authorization': 'Basic ' + basic}, sys.argv[2].encode())
    status, users = call(opener, 'https://api.zoom.us/v2/users', {'Authorization': 'Bearer ' + token['access_token']})
    print(status, users['users'][0]['email'])
`

describe("Python's urllib", () => {
  test('with a ProxyHandler and an SSL context made from the CA file', async () => {
    const script = `${PYTHON_CALLS}
import ssl
context = ssl.create_default_context(cafile=sys.argv[3])
zoom(urllib.request.build_opener(
    urllib.request.ProxyHandler({'https': sys.argv[4]}), urllib.request.HTTPSHandler(context=context)))
`
    const python = await run('python3', ['-c', script, CLIENT_BASIC, TOKEN_FORM, tls.caFile, tls.proxy])
    expect(python.stderr).toBe('')
    expect(python.stdout).toMatch(/^200 \S+@example\.edu\n$/)
  })

  test('with nothing but HTTPS_PROXY and SSL_CERT_FILE in its environment', async () => {
    const script = `${PYTHON_CALLS}\nzoom(urllib.request.build_opener())\n`
    const python = await run('python3', ['-c', script, CLIENT_BASIC, TOKEN_FORM], {
      PATH: process.env.PATH,
      HTTPS_PROXY: tls.proxy,
      SSL_CERT_FILE: tls.caFile,
    })
    expect(python.stderr).toBe('')
    expect(python.stdout).toMatch(/^200 \S+@example\.edu\n$/)
  })

  test('without the CA, refuses the certificate: the emulator passes for the hosts only to clients that trust it', async () => {
    const script = `${PYTHON_CALLS}\nzoom(urllib.request.build_opener())\n`
    const python = await run('python3', ['-c', script, CLIENT_BASIC, TOKEN_FORM], {
      PATH: process.env.PATH,
      HTTPS_PROXY: tls.proxy,
    })
    expect(python.code).not.toBe(0)
    expect(python.stderr).toMatch(/CERTIFICATE_VERIFY_FAILED/)
  })
})

describe("Node's fetch with undici's ProxyAgent", () => {
  test('trusting the CA through requestTls.ca: a signed LTI Pro list', async () => {
    const dispatcher = new ProxyAgent({
      uri: tls.proxy,
      requestTls: { ca: readFileSync(tls.caFile, 'utf8') },
    })
    try {
      const { url, signature } = signedLtiList(tls.server.emulator.clock.now())
      const list = await undiciFetch(url, { dispatcher, headers: { 'X-Lti-Signature': signature } })
      expect(list.status).toBe(200)
      expect(((await list.json()) as { status: boolean }).status).toBe(true)
    } finally {
      await dispatcher.close()
    }
  })

  test('in a child process trusting the CA through NODE_EXTRA_CA_CERTS', async () => {
    const script = `
const { ProxyAgent, fetch } = require('undici')
const dispatcher = new ProxyAgent(process.env.HTTPS_PROXY)
const [basic, form] = process.argv.slice(1)
;(async () => {
  const issued = await fetch('https://zoom.us/oauth/token', {
    dispatcher, method: 'POST', body: form,
    headers: { authorization: 'Basic ' + Buffer.from(basic).toString('base64'), 'content-type': 'application/x-www-form-urlencoded' },
  })
  const { access_token } = await issued.json()
  const users = await fetch('https://api.zoom.us/v2/users', { dispatcher, headers: { authorization: 'Bearer ' + access_token } })
  console.log(users.status, (await users.json()).users.length)
  await dispatcher.close()
})()
`
    const node = await run(process.execPath, ['-e', script, CLIENT_BASIC, TOKEN_FORM], {
      PATH: process.env.PATH,
      HTTPS_PROXY: tls.proxy,
      NODE_EXTRA_CA_CERTS: tls.caFile,
    })
    expect(node.stderr).toBe('')
    expect(node.stdout).toMatch(/^200 [1-9]\d*\n$/)
  })
})
