/** @module Signature verification over HTTP: every refusal is LTI Pro's 401 with a diagnostic that never leaks the secret. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
import { DEMO_SECRET, signedRequest, signParts } from './signing.js'

const LIST = { path: '/open/meeting/list', query: { userId: 'demo-host' } }
const SIGNATURE_FAILED = {
  status: false,
  errorCode: '401',
  errorMessage: 'Verify LTI signature failed(2203).',
}

async function expectRefused(response: Response, why: RegExp) {
  expect(response.status).toBe(401)
  expect(await response.json()).toEqual(SIGNATURE_FAILED)
  const diagnostic = response.headers.get('x-emulator-diagnostic') ?? ''
  expect(diagnostic).toMatch(why)
  expect(diagnostic).not.toContain(DEMO_SECRET)
}

describe('LTI Pro signature verification', () => {
  test('accepts a correctly signed list request', async () => {
    const response = await signedRequest(createTestEmulator(), LIST)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: true })
  })

  test.each([
    ['the key is missing', { query: { ...LIST.query, key: '' } }, /missing query parameter "key"/],
    ['the key is unknown', { query: { ...LIST.query, key: 'nobody' } }, /unknown LTI key "nobody"/],
    ['the timestamp is not a number', { query: { ...LIST.query, timestamp: '12:00' } }, /not milliseconds/],
    ['the signature is padded', { signature: 'AmMXa6Hgxl-DmcARRaCjSgJ_2_s=' }, /padding/],
    ['the signature uses + and /', { signature: 'AmMXa6Hgxl+DmcARRaCjSgJ/2/s' }, /standard base64 alphabet/],
    ['the signature is too short', { signature: 'AmMXa6Hgxl' }, /not 27 characters/],
    [
      'the secret is wrong',
      { secret: 'guess' },
      /does not match; expected base string "key=demo-lti-key&timestamp=\d+&userId=demo-host" \(signature age 0 ms\)/,
    ],
  ])('refuses a request when %s', async (_, change, why) => {
    await expectRefused(await signedRequest(createTestEmulator(), { ...LIST, ...change }), why)
  })

  test('refuses a request without a timestamp or without a signature header', async () => {
    const emulator = createTestEmulator()
    await expectRefused(
      await emulator.request('/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&userId=demo-host', {
        headers: { 'X-Lti-Signature': 'AmMXa6Hgxl-DmcARRaCjSgJ_2_s' },
      }),
      /missing query parameter "timestamp"/,
    )
    await expectRefused(
      await emulator.request(
        `/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=${T0}&userId=demo-host`,
      ),
      /missing header X-Lti-Signature/,
    )
  })

  test('refuses a parameter given twice, since its signed value would be ambiguous', async () => {
    const emulator = createTestEmulator()
    const { signature } = signParts(emulator, LIST)
    const url = `/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=${T0}&userId=demo-host&userId=demo-admin`
    await expectRefused(
      await emulator.request(url, { headers: { 'X-Lti-Signature': signature } }),
      /more than once/,
    )
  })

  test('checks the signature before the parameters, so a badly signed malformed request is a 401', async () => {
    const response = await signedRequest(createTestEmulator(), {
      ...LIST,
      query: { pageSize: '0' },
      secret: 'x',
    })
    expect(response.status).toBe(401)
  })

  test.prop([fc.integer({ min: 0, max: 3_600_000 })])(
    'accepts a signature at most 60 minutes old',
    async (age) => {
      const emulator = createTestEmulator()
      const response = await signedRequest(emulator, {
        ...LIST,
        query: { ...LIST.query, timestamp: String(T0 - age) },
      })
      expect(response.status).toBe(200)
    },
  )

  test('accepts an age of exactly 3 600 000 ms and refuses 3 600 001 ms, naming the age', async () => {
    const emulator = createTestEmulator()
    const at = (age: number) =>
      signedRequest(emulator, { ...LIST, query: { ...LIST.query, timestamp: String(T0 - age) } })
    expect((await at(3_600_000)).status).toBe(200)
    await expectRefused(await at(3_600_001), /expired: age 3600001 ms/)
  })

  test('tolerates timestamps up to the configured skew in the future, and no further', async () => {
    const emulator = createTestEmulator({ ltiPro: { futureSkewMs: 1000 } })
    const at = (ahead: number) =>
      signedRequest(emulator, { ...LIST, query: { ...LIST.query, timestamp: String(T0 + ahead) } })
    expect((await at(1000)).status).toBe(200)
    await expectRefused(await at(1001), /1001 ms in the future; at most 1000 ms/)
  })

  test('tolerates five minutes of future skew by default', async () => {
    const emulator = createTestEmulator()
    const at = (ahead: number) =>
      signedRequest(emulator, { ...LIST, query: { ...LIST.query, timestamp: String(T0 + ahead) } })
    expect((await at(300_000)).status).toBe(200)
    expect((await at(300_001)).status).toBe(401)
  })

  test('never names the expected signature in its diagnostic', async () => {
    const emulator = createTestEmulator()
    const { signature: expected } = signParts(emulator, LIST)
    const response = await signedRequest(emulator, { ...LIST, secret: 'guess' })
    expect(response.status).toBe(401)
    expect(response.headers.get('x-emulator-diagnostic')).not.toContain(expected)
  })

  const extraParams = fc.dictionary(
    fc
      .stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/)
      .filter((n) => !['key', 'timestamp', 'userId', 'isUpComing', 'pageNum', 'pageSize'].includes(n)),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    { maxKeys: 4 },
  )

  test.prop([extraParams])(
    'signs any extra query parameters with their raw decoded values',
    async (extra) => {
      const response = await signedRequest(createTestEmulator(), {
        ...LIST,
        query: { ...LIST.query, ...extra },
      })
      expect(response.status).toBe(200)
    },
  )

  const tamper = (text: string, at: number, replacement: string) => {
    const i = at % Math.max(text.length, 1)
    const original = text[i] ?? ''
    const other = replacement === original ? (original === 'A' ? 'B' : 'A') : replacement
    return text.slice(0, i) + other + text.slice(i + 1)
  }

  test.prop([
    extraParams,
    fc.constantFrom('value', 'key', 'timestamp', 'signature'),
    fc.nat(),
    fc.constantFrom('A', 'z', '0', '-', '_', 'é'),
  ])(
    'refuses a request in which any one character of a signed value, the key, the timestamp or the signature changed',
    async (extra, target, at, replacement) => {
      const emulator = createTestEmulator()
      const options = { ...LIST, query: { ...LIST.query, ...extra } }
      const { query, signature } = signParts(emulator, options)
      const names = Object.keys(query).filter(
        (n) => n !== 'key' && n !== 'timestamp' && query[n as keyof typeof query] !== '',
      )
      const name = target === 'value' ? (names[at % names.length] ?? 'userId') : target
      const sent =
        name === 'signature'
          ? { ...options, signature: tamper(signature, at, replacement) }
          : {
              ...options,
              query: { ...query, [name]: tamper(String(query[name as keyof typeof query]), at, replacement) },
              signature,
            }
      expect((await signedRequest(emulator, sent)).status).toBe(401)
    },
  )
})
