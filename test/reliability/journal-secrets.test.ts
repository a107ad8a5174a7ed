/** @module The journal's headers and bodies never hold a secret — in headers, query, JSON or form bodies, answers, cut bodies — for any service, in process or over HTTP, while everything else is there verbatim. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { LTI_PRO_BASE } from '../../mock/services/lti-pro/routes.js'
import { createTestEmulator } from '../helpers.js'

/** Every planted secret holds this marker, and nothing else the tests send does. */
const MARK = 'SECRET'
const secret = (where: string) => `${MARK}-${where}-0123456789abcdef`

const SECRET_HEADERS = {
  Authorization: `Bearer ${secret('bearer')}`,
  'Proxy-Authorization': `Basic ${secret('proxy')}`,
  'X-Lti-Signature': secret('lti-signature'),
  'Ocp-Apim-Subscription-Key': secret('apim-key'),
  'Subscription-Key': secret('subscription-key'),
  'X-Api-Key': secret('api-key'),
  'X-Admin-Token': secret('admin-token'),
  'X-Client-Secret': secret('client-secret-header'),
  Cookie: `session=${secret('cookie')}`,
}

const SECRET_QUERY = [
  'subscription-key',
  'access_token',
  'refresh_token',
  'token',
  'client_secret',
  'secret',
  'signature',
  'code',
  'password',
]
  .map((name) => `${name}=${secret(`query-${name}`)}`)
  .join('&')

const JSON_BODY = {
  topic: 'visible-json',
  access_token: secret('json-access_token'),
  refresh_token: secret('json-refresh_token'),
  client_secret: secret('json-client_secret'),
  clientSecret: secret('json-clientSecret'),
  secret: secret('json-secret'),
  token: secret('json-token'),
  signature: secret('json-signature'),
  subscriptionKey: secret('json-subscriptionKey'),
  nested: { credentials: { jwtSecret: secret('json-jwtSecret'), 'api-key': secret('json-api-key') } },
  list: [{ accessToken: secret('json-list-accessToken'), kept: 'visible-item' }],
}

const FORM_BODY = [
  'grant_type=account_credentials',
  'note=visible-form',
  `client_secret=${secret('form-client_secret')}`,
  `code=${secret('form-code')}`,
  `refresh_token=${secret('form-refresh_token')}`,
  `access_token=${secret('form-access_token')}`,
  `password=${secret('form-password')}`,
  `client_assertion=${secret('form-client_assertion')}`,
].join('&')

const PATHS = {
  'lti-pro': `${LTI_PRO_BASE}/meeting/bulkImport`,
  zoom: '/v2/users/demo-host/meetings',
  luminus: '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync',
}

/** A body whose byte 65 536 is the ninth character of a secret: the cut keeps its first eight. */
function cutInsideSecret(before: string, key: string, value: string, after: string): string {
  const pad = 'p'.repeat(64 * 1024 - 8 - before.length - key.length)
  return `${before}${pad}${key}${value}${after}`
}

const CUT_JSON = cutInsideSecret(
  '{"topic":"visible-cut","pad":"',
  '","access_token":"',
  secret('cut-json'),
  '","more":1}',
)
const CUT_FORM = cutInsideSecret('note=visible-cut&pad=', '&code=', secret('cut-form'), '&more=1')

type Send = (path: string, init: RequestInit) => Promise<unknown>

async function plantEverywhere(send: Send): Promise<void> {
  const headers = { ...SECRET_HEADERS, 'X-Trace': 'visible-header' }
  for (const path of Object.values(PATHS)) {
    const url = `${path}?key=demo-lti-key&note=visible-query&${SECRET_QUERY}`
    await send(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(JSON_BODY),
    })
    await send(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: FORM_BODY,
    })
  }
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  await send(PATHS.zoom, { method: 'POST', headers: { 'content-type': 'application/json' }, body: CUT_JSON })
  await send(PATHS['lti-pro'], { method: 'POST', headers: form, body: CUT_FORM })
  const basic = `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`
  await send('/oauth/token', {
    method: 'POST',
    headers: { ...form, authorization: basic },
    body: 'grant_type=account_credentials&account_id=demo-account',
  })
  await send('/v2/users', { headers: {} })
}

describe('the journal never holds a secret', () => {
  let server: RunningServer
  let emulator: Emulator
  const issuedTokens: string[] = []

  beforeAll(async () => {
    emulator = createTestEmulator()
    emulator.faults.add({
      match: { path: '/v2/users' },
      response: {
        status: 200,
        headers: { 'set-cookie': `session=${secret('set-cookie')}`, 'x-visible': 'visible-answer-header' },
        body: { access_token: secret('answer-access_token'), page_size: 30 },
      },
    })
    server = await startServer({ port: 0, emulator })
    const collect = async (response: Response) => {
      const text = await response.text()
      const token = /"access_token":"([^"]+)"/.exec(text)?.[1]
      if (token && !token.includes(MARK)) issuedTokens.push(token)
    }
    await plantEverywhere(async (path, init) => collect(await emulator.request(path, init)))
    await plantEverywhere(async (path, init) => collect(await fetch(`${server.url}${path}`, init)))
  })
  afterAll(() => server.close())

  test('in process, over HTTP and in process through HTTP routes alike', async () => {
    expect(issuedTokens).toHaveLength(2)
    const outputs = [
      JSON.stringify(emulator.requests()),
      await (await fetch(`${server.url}/__emulator/requests`)).text(),
      await (await emulator.request('/__emulator/requests')).text(),
    ]
    for (const output of outputs) {
      expect(output.length).toBeGreaterThan(100_000)
      expect(output).not.toContain(MARK)
      for (const token of issuedTokens) expect(output).not.toContain(token)
      expect(output).not.toContain(Buffer.from('demo-client-id:demo-client-secret').toString('base64'))
    }
  })

  test.each(Object.entries(PATHS))('while what is not secret stays verbatim (%s)', (service, path) => {
    const entries = emulator
      .requests({ path, method: 'POST' })
      .requests.filter((e) => e.service === service && e.query.note === 'visible-query')
    expect(entries).toHaveLength(4) // JSON and form, in process and over HTTP
    for (const entry of entries) {
      expect(entry.request.headers).toMatchObject({
        'x-trace': 'visible-header',
        authorization: '[redacted]',
        'proxy-authorization': '[redacted]',
        'x-lti-signature': '[redacted]',
        'ocp-apim-subscription-key': '[redacted]',
        'subscription-key': '[redacted]',
        'x-api-key': '[redacted]',
        'x-admin-token': '[redacted]',
        'x-client-secret': '[redacted]',
        cookie: '[redacted]',
      })
      expect(entry.query).toMatchObject({ key: 'demo-lti-key', note: 'visible-query', code: '[redacted]' })
      if (entry.request.headers['content-type'] === 'application/json')
        expect(entry.request.body).toEqual({
          ...JSON_BODY,
          ...Object.fromEntries(
            Object.keys(JSON_BODY)
              .filter((name) => !['topic', 'nested', 'list'].includes(name))
              .map((name) => [name, '[redacted]']),
          ),
          nested: { credentials: { jwtSecret: '[redacted]', 'api-key': '[redacted]' } },
          list: [{ accessToken: '[redacted]', kept: 'visible-item' }],
        })
      else
        expect(entry.request.body).toBe(
          'grant_type=account_credentials&note=visible-form&client_secret=[redacted]&code=[redacted]' +
            '&refresh_token=[redacted]&access_token=[redacted]&password=[redacted]&client_assertion=[redacted]',
        )
    }
  })

  test('nor does a body cut at 64 KiB inside a secret, JSON or form', () => {
    const cut = (path: string, start: string) =>
      emulator
        .requests({ path })
        .requests.filter((e) => typeof e.request.body === 'string' && e.request.body.startsWith(start))
    const json = cut(PATHS.zoom, '{"topic":"visible-cut"')
    const form = cut(PATHS['lti-pro'], 'note=visible-cut&')
    expect([json.length, form.length]).toEqual([2, 2])
    for (const entry of json)
      expect(entry.request.body).toMatch(/","access_token":"\[redacted\]"…\[truncated \d+ bytes\]$/)
    for (const entry of form)
      expect(entry.request.body).toMatch(/&code=\[redacted\]…\[truncated \d+ bytes\]$/)
  })

  test("nor an answer's secret headers and fields, while the rest of the answer is there", () => {
    const answers = emulator.requests({ path: '/v2/users', method: 'GET' }).requests
    expect(answers).toHaveLength(2)
    for (const { response } of answers)
      expect(response).toMatchObject({
        status: 200,
        headers: { 'set-cookie': '[redacted]', 'x-visible': 'visible-answer-header' },
        body: { access_token: '[redacted]', page_size: 30 },
      })
    const tokens = emulator.requests({ path: '/oauth/token', status: 200 }).requests
    expect(tokens.map((e) => e.response.body)).toEqual([
      expect.objectContaining({ access_token: '[redacted]', token_type: 'bearer' }),
      expect.objectContaining({ access_token: '[redacted]', token_type: 'bearer' }),
    ])
  })
})
