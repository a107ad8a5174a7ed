/** @module Requests through the proxy are routed, journaled, faulted and sandboxed exactly as direct ones. */
import { readFileSync } from 'node:fs'
import { ProxyAgent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { JournalEntry } from '../../mock/core/journal.js'
import { REAL_ORIGINS } from '../../mock/msw.js'
import { EMULATED_HOSTS } from '../../mock/tls/hosts.js'
import { startTlsServer, type TlsServer } from './tls-helpers.js'

let tls: TlsServer
let dispatcher: ProxyAgent

beforeAll(async () => {
  tls = await startTlsServer()
  dispatcher = new ProxyAgent({ uri: tls.proxy, requestTls: { ca: readFileSync(tls.caFile, 'utf8') } })
})

afterAll(async () => {
  await dispatcher.close()
  await tls.close()
})

/** A control call on the emulator's own address, in `sandbox` when given. */
const control = (path: string, init: RequestInit = {}, sandbox?: string) =>
  fetch(`${tls.server.url}/__emulator${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(sandbox ? { 'x-emulator-sandbox': sandbox } : {}) },
  })

async function proxiedToken(accountId: string, clientId: string, clientSecret: string): Promise<string> {
  const issued = await undiciFetch(
    `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${accountId}`,
    {
      dispatcher,
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
    },
  )
  expect(issued.status).toBe(200)
  return ((await issued.json()) as { access_token: string }).access_token
}

const journal = async (sandbox?: string): Promise<JournalEntry[]> =>
  ((await (await control('/requests?service=zoom', {}, sandbox)).json()) as { requests: JournalEntry[] })
    .requests

describe('through the proxy', () => {
  test('the hosts it answers are those of the real origins the MSW handlers answer', () => {
    const hosts = new Set(Object.values(REAL_ORIGINS).map((origin) => new URL(origin).hostname))
    expect([...hosts].sort()).toEqual([...EMULATED_HOSTS].sort())
  })

  test("a sandbox's credentials reach the sandbox's world, whose journal shows the path and the Host the client sent", async () => {
    const made = (await (await control('/sandboxes', { method: 'POST' })).json()) as {
      id: string
      credentials: { zoom: { accountId: string; clientId: string; clientSecret: string } }
    }
    const { accountId, clientId, clientSecret } = made.credentials.zoom
    const token = await proxiedToken(accountId, clientId, clientSecret)
    const users = await undiciFetch('https://api.zoom.us/v2/users', {
      dispatcher,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(users.status).toBe(200)

    const entries = await journal(made.id)
    expect(entries.map(({ sandbox, method, path, status }) => ({ sandbox, method, path, status }))).toEqual([
      { sandbox: made.id, method: 'POST', path: '/oauth/token', status: 200 },
      { sandbox: made.id, method: 'GET', path: '/v2/users', status: 200 },
    ])
    expect(entries.map((entry) => entry.request.headers.host)).toEqual(['zoom.us', 'api.zoom.us'])
    expect((await journal()).filter((entry) => entry.sandbox === made.id)).toEqual([])
  })

  test("the default world's fault rules answer proxied requests as they answer direct ones", async () => {
    const rule = await control('/faults', {
      method: 'POST',
      body: JSON.stringify({
        match: { service: 'zoom', path: '/v2/users' },
        response: { status: 429 },
        times: 1,
      }),
    })
    expect(rule.status).toBe(201)
    const token = await proxiedToken('demo-account', 'demo-client-id', 'demo-client-secret')
    const get = () =>
      undiciFetch('https://api.zoom.us/v2/users', {
        dispatcher,
        headers: { authorization: `Bearer ${token}` },
      })
    expect((await get()).status).toBe(429)
    expect((await get()).status).toBe(200)
  })
})
