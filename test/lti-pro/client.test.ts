/** @module The LTI Pro client: results instead of throws, paging, bulk splitting and createAndAssociate outcomes. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { createLtiProClient, LtiProTransportError } from '../../src/lti-pro/client.js'
import { createTestEmulator } from '../helpers.js'
import { FIRST_GENERATED, seedWithMeetings } from './seeds.js'
import { DOMAIN, demoClient } from './signing.js'

const item = (meetingId: string, contextId = 'demo-context-1') => ({ meetingId, contextId, domain: DOMAIN })

describe('the LTI Pro client', () => {
  test('returns API errors as results: a bad signature, an unknown user, a malformed parameter', async () => {
    const emulator = createTestEmulator()
    const wrongSecret = createLtiProClient({
      key: 'demo-lti-key',
      secret: 'guess',
      baseUrl: 'http://127.0.0.1:4010/api/v1/lti/rich',
      fetch: emulator.fetch,
      now: () => emulator.clock.now(),
    })
    expect(await wrongSecret.listMeetings({ userId: 'demo-host' })).toEqual({
      error: {
        httpStatus: 401,
        errorCode: '401',
        errorMessage: 'Verify LTI signature failed(2203).',
        diagnostic: `signature does not match; expected base string "isUpComing=true&key=demo-lti-key&pageNum=1&pageSize=20&timestamp=${emulator.clock.now()}&userId=demo-host" (signature age 0 ms)`,
      },
    })
    const client = demoClient(emulator)
    expect((await client.listMeetings({ userId: 'nobody' })).error).toMatchObject({
      httpStatus: 200,
      errorCode: '1001',
    })
    expect((await client.listMeetings({ userId: 'demo-host', pageSize: 0 })).error).toMatchObject({
      httpStatus: 400,
      errorCode: '400',
    })
  })

  test('throws only for transport faults: a failed fetch or an answer that is not LTI Pro JSON', async () => {
    const failing = createLtiProClient({
      key: 'k',
      secret: 's',
      fetch: () => Promise.reject(new TypeError('offline')),
    })
    await expect(failing.listMeetings({ userId: 'u' })).rejects.toThrow('offline')
    const html = createLtiProClient({
      key: 'k',
      secret: 's',
      fetch: async () => new Response('<html>', { status: 502 }),
    })
    await expect(html.listMeetings({ userId: 'u' })).rejects.toBeInstanceOf(LtiProTransportError)
  })

  test('signs with the injected clock, so an expired clock is a 401 result whose diagnostic says so', async () => {
    const emulator = createTestEmulator()
    const client = createLtiProClient({
      key: 'demo-lti-key',
      secret: 'demo-lti-secret',
      baseUrl: 'http://127.0.0.1:4010/api/v1/lti/rich',
      fetch: emulator.fetch,
      now: () => emulator.clock.now() - 3_600_001,
    })
    expect((await client.listMeetings({ userId: 'demo-host' })).error).toEqual({
      httpStatus: 401,
      errorCode: '401',
      errorMessage: 'Verify LTI signature failed(2203).',
      diagnostic: 'signature expired: age 3600001 ms exceeds 3600000 ms',
    })
  })

  test('has no diagnostic when the answer carries no x-emulator-diagnostic header, as from the real LTI Pro', async () => {
    const errorMessage = 'Verify LTI signature failed(2203).'
    const client = createLtiProClient({
      key: 'k',
      secret: 's',
      fetch: async () => Response.json({ status: false, errorCode: '401', errorMessage }, { status: 401 }),
    })
    expect((await client.listMeetings({ userId: 'u' })).error).toStrictEqual({
      httpStatus: 401,
      errorCode: '401',
      errorMessage,
    })
  })

  test('takes the bare emulator origin and adds /api/v1/lti/rich; a base with a path is used as given', async () => {
    const emulator = createTestEmulator()
    const urls: string[] = []
    const recording = (request: Request) => {
      urls.push(request.url)
      return emulator.fetch(request)
    }
    const now = () => emulator.clock.now()
    const credentials = { key: 'demo-lti-key', secret: 'demo-lti-secret', fetch: recording, now }
    for (const baseUrl of [
      'http://127.0.0.1:4010',
      'http://127.0.0.1:4010/',
      'http://127.0.0.1:4010/api/v1/lti/rich/',
    ])
      expect(
        (await createLtiProClient({ ...credentials, baseUrl }).listMeetings({ userId: 'demo-host' })).data,
      ).toMatchObject({ pageNum: 1 })
    expect(urls.map((url) => new URL(url).pathname)).toEqual(
      Array(3).fill('/api/v1/lti/rich/open/meeting/list'),
    )
    expect(() => createLtiProClient({ ...credentials, baseUrl: '127.0.0.1:4010' })).toThrow(
      'baseUrl must be an absolute URL like http://127.0.0.1:4010, not "127.0.0.1:4010".',
    )
  })

  test('pages through every meeting and stops at the first error', async () => {
    const emulator = createTestEmulator()
    const pages = []
    for await (const page of demoClient(emulator).listAllMeetings({ userId: 'demo-host', pageSize: 3 }))
      pages.push(page)
    expect(pages.map((p) => p.data?.list.length)).toEqual([3, 1])
    const failed = []
    for await (const page of demoClient(emulator).listAllMeetings({ userId: 'nobody' })) failed.push(page)
    expect(failed).toEqual([{ error: expect.objectContaining({ errorCode: '1001' }) }])
  })

  test('reports a meeting created but not associated as its own kind, with the meeting id', async () => {
    const client = demoClient(createTestEmulator())
    const base = {
      userId: 'demo-host',
      domain: DOMAIN,
      meetingInfo: { topic: 'T', type: 2 as const, duration: 30 },
    }
    const associated = await client.createAndAssociate({ ...base, contextId: 'demo-context-1' })
    expect(associated.data).toEqual({ kind: 'associated', meetingId: expect.stringMatching(/^[0-9]+$/) })
    const orphan = await client.createAndAssociate({ ...base, contextId: 'nope' })
    expect(orphan.data).toMatchObject({ kind: 'created-not-associated', error: { errorCode: '406' } })
    const refused = await client.createAndAssociate({
      ...base,
      userId: 'nobody',
      contextId: 'demo-context-1',
    })
    expect(refused.error).toMatchObject({ errorCode: '1001' })
  })

  test('stops a bulk import at the first refused call and says so', async () => {
    const client = demoClient(createTestEmulator())
    const result = await client.bulkImport({ userId: 'demo-host', meetingList: [item('81000000007')] })
    expect(result).toEqual({ error: { httpStatus: 200, errorCode: '403', errorMessage: expect.any(String) } })
  })

  test.prop([fc.integer({ min: 0, max: 900 }), fc.boolean()], {
    numRuns: 12,
    examples: [
      [0, false],
      [400, true],
      [401, false],
      [801, true],
    ],
  })('splits n bulk items into ⌈n/400⌉ calls of at most 400 and imports them all', async (n, asAdmin) => {
    const emulator = createTestEmulator({
      seed: seedWithMeetings(Array.from({ length: n }, () => ({ startsInMinutes: 60, associated: false }))),
    })
    const sizes: number[] = []
    const counting = async (request: Request) => {
      const body = (await request.clone().json()) as unknown[] | { meetingList: unknown[] }
      sizes.push(Array.isArray(body) ? body.length : body.meetingList.length)
      return emulator.fetch(request)
    }
    const items = Array.from({ length: n }, (_, i) => item(String(FIRST_GENERATED + i)))
    const result = await demoClient(emulator, counting).bulkImport(
      asAdmin ? { userId: 'demo-admin', meetingList: items } : items,
    )
    expect(result.data).toEqual({ calls: Math.ceil(n / 400), accepted: n })
    expect(sizes).toHaveLength(Math.ceil(n / 400))
    expect(sizes.every((size) => size >= 1 && size <= 400)).toBe(true)
    const listed = await demoClient(emulator).listMeetings({ userId: 'demo-host', pageSize: 1000 })
    expect(listed.data?.total).toBe(n)
  })

  test('disassociates in the same way', async () => {
    const emulator = createTestEmulator()
    const client = demoClient(emulator)
    expect((await client.bulkDisassociate([item('81000000001'), item('81000000002')])).data).toEqual({
      calls: 1,
      accepted: 2,
    })
    expect((await client.listMeetings({ userId: 'demo-host' })).data?.total).toBe(2)
  })
})
