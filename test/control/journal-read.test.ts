/** @module The journal is shaped when it is read: every reader (control API, emulator.requests, the event stream's entries, onRequest) sees the same entries, field for field and in order, secrets redacted. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import type { RequestLog } from '../../mock/core/pipeline/journal-and-faults.js'
import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'

const basic = `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`
const SECRETS = ['secret-XYZ', 'tok-XYZ', 'cs-XYZ', 'sig-XYZ', 'sub-XYZ', 'key-XYZ', 'body-XYZ']

/** One request of each kind the journal tells apart: refused, answered, a fault's answer, a diagnostic, a dropped connection, a control call. */
async function sendEveryKind(emulator: Emulator): Promise<void> {
  await emulator.request('/v2/users?page_size=30&access_token=tok-XYZ&page_size=31', {
    headers: { Authorization: 'Bearer secret-XYZ', 'X-Extra': 'a' },
  })
  await emulator.request('/oauth/token?grant_type=account_credentials&account_id=demo-account', {
    method: 'POST',
    headers: { authorization: basic },
  })
  emulator.faults.add({
    match: { service: 'zoom', path: '/v2/users/me' },
    response: {
      status: 503,
      body: { secret: 'body-XYZ', ok: 1 },
      headers: { 'x-api-key': 'key-XYZ', 'x-other': 'o' },
    },
  })
  await emulator.request('/v2/users/me', {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_secret: 'cs-XYZ', name: 'n' }),
  })
  await emulator.request('/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=1&userId=u', {
    headers: { 'X-Lti-Signature': 'sig-XYZ' },
  })
  emulator.faults.add({ match: { service: 'luminus' }, drop: true })
  await expect(
    emulator.request('/zoom/Meeting/x/Sync?subscription-key=sub-XYZ', {
      headers: { 'Ocp-Apim-Subscription-Key': 'sub-XYZ' },
    }),
  ).rejects.toThrow()
  await emulator.request('/__emulator/health')
}

const TIME = '2026-11-22T12:00:00.000Z'
const signatureProblem = 'X-Lti-Signature is not 27 characters of base64url (got 7 characters)'
const TOKEN_SCOPE =
  'meeting:read:admin meeting:write:admin user:read:admin user:write:admin webinar:read:admin webinar:write:admin recording:read:admin recording:write:admin report:read:admin dashboard_meetings:read:admin dashboard_webinars:read:admin group:read:admin tracking_fields:read:admin'

/** What the journal read before its entries were recorded lazily, durations and tracking ids aside. */
const EXPECTED = [
  {
    id: 1,
    time: TIME,
    sandbox: 'default',
    service: 'zoom',
    method: 'GET',
    path: '/v2/users',
    query: { page_size: ['30', '31'], access_token: '[redacted]' },
    status: 401,
    durationMs: 0,
    auth: { ok: false, reason: 'unknown access token' },
    request: { headers: { authorization: '[redacted]', 'x-extra': 'a' }, body: null },
    response: {
      status: 401,
      headers: { 'content-type': 'application/json', 'x-zm-trackingid': 'x' },
      body: { code: 124, message: 'Invalid access token.' },
    },
  },
  {
    id: 2,
    time: TIME,
    sandbox: 'default',
    service: 'zoom',
    method: 'POST',
    path: '/oauth/token',
    query: { grant_type: 'account_credentials', account_id: 'demo-account' },
    status: 200,
    durationMs: 0,
    auth: { ok: true, reason: 'S2S client of account demo-account' },
    request: { headers: { authorization: '[redacted]' }, body: null },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-zm-trackingid': 'x' },
      body: {
        access_token: '[redacted]',
        token_type: 'bearer',
        expires_in: 3600,
        scope: TOKEN_SCOPE,
        api_url: 'https://api.zoom.us',
      },
    },
  },
  {
    id: 3,
    time: TIME,
    sandbox: 'default',
    service: 'zoom',
    method: 'PATCH',
    path: '/v2/users/me',
    query: {},
    status: 503,
    durationMs: 0,
    auth: null,
    fault: 'fault-1',
    request: {
      headers: { 'content-type': 'application/json' },
      body: { client_secret: '[redacted]', name: 'n' },
    },
    response: {
      status: 503,
      headers: {
        'content-type': 'application/json',
        'x-api-key': '[redacted]',
        'x-emulator-fault': 'fault-1',
        'x-other': 'o',
      },
      body: { secret: '[redacted]', ok: 1 },
    },
  },
  {
    id: 4,
    time: TIME,
    sandbox: 'default',
    service: 'lti-pro',
    method: 'GET',
    path: '/api/v1/lti/rich/open/meeting/list',
    query: { key: 'demo-lti-key', timestamp: '1', userId: 'u' },
    status: 401,
    durationMs: 0,
    auth: { ok: false, reason: signatureProblem },
    diagnostic: signatureProblem,
    request: { headers: { 'x-lti-signature': '[redacted]' }, body: null },
    response: {
      status: 401,
      headers: { 'content-type': 'application/json', 'x-emulator-diagnostic': signatureProblem },
      body: { status: false, errorCode: '401', errorMessage: 'Verify LTI signature failed(2203).' },
    },
  },
  {
    id: 5,
    time: TIME,
    sandbox: 'default',
    service: 'luminus',
    method: 'GET',
    path: '/zoom/Meeting/x/Sync',
    query: { 'subscription-key': '[redacted]' },
    status: 0,
    durationMs: 0,
    auth: null,
    fault: 'fault-2',
    request: { headers: { 'ocp-apim-subscription-key': '[redacted]' }, body: null },
    response: { status: 0, headers: {}, body: null },
  },
]

/** JSON with the values that vary from run to run fixed: the key order stays, and is compared. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (key, field) => (key === 'durationMs' ? 0 : key === 'x-zm-trackingid' ? 'x' : field))

describe('reading the journal', () => {
  test('gives every kind of entry as the same JSON as before, field for field and in the same order', async () => {
    const emulator = createTestEmulator()
    await sendEveryKind(emulator)
    expect(stable(emulator.requests().requests)).toBe(stable(EXPECTED))
    const viaControl = await control(emulator, 'GET', '/requests')
    expect(stable(viaControl.body)).toBe(stable({ count: 5, requests: EXPECTED }))
  })

  test('redacts at every reader: the control API, emulator.requests, the entries after an id, and onRequest', async () => {
    const logs: RequestLog[] = []
    const emulator = createTestEmulator({ onRequest: (log) => logs.push(log) })
    await sendEveryKind(emulator)
    const journal = emulator.worlds.defaultWorld.journal
    const read = [
      (await control(emulator, 'GET', '/requests')).body,
      emulator.requests(),
      journal.after(0),
      journal.list({ body: { name: 'n' } }),
      logs,
    ]
    for (const text of read.map((reader) => JSON.stringify(reader)))
      for (const secret of SECRETS) expect(text).not.toContain(secret)
    expect(journal.list({ body: { client_secret: '[redacted]' } }).count).toBe(1)
  })

  test('hands onRequest each entry as the journal reads it, without id, headers and bodies, and says whether it was journaled', async () => {
    const logs: RequestLog[] = []
    const emulator = createTestEmulator({ onRequest: (log) => logs.push(log) })
    await sendEveryKind(emulator)
    const entries = emulator.requests().requests.map(({ id: _, request: __, response: ___, ...entry }) => ({
      ...entry,
      journaled: true,
    }))
    expect(logs.slice(0, 5)).toStrictEqual(entries)
    const controlCall = {
      time: TIME,
      sandbox: 'default',
      service: 'control',
      method: 'GET',
      path: '/__emulator/health',
      query: {},
      status: 200,
      durationMs: 0,
      auth: null,
      journaled: false,
    }
    expect(stable(logs)).toBe(stable([...entries, controlCall]))
  })

  test("keeps the headers as they were sent and answered: changing the caller's Request or Response afterwards changes no entry", async () => {
    const emulator = createTestEmulator()
    const request = new Request('http://127.0.0.1:4010/v2/users', { headers: { 'x-sent': 'before' } })
    const response = await emulator.fetch(request)
    request.headers.set('x-sent', 'after')
    response.headers.set('content-type', 'text/plain')
    const [entry] = emulator.requests().requests
    expect(entry?.request.headers).toEqual({ 'x-sent': 'before' })
    expect(entry?.response.headers['content-type']).toBe('application/json')
  })
})
