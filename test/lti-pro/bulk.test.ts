/** @module POST /meeting/bulkImport and PUT /meeting/bulkDisassociate: validation, asynchronous processing and outcomes. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { createTestEmulator } from '../helpers.js'
import { DOMAIN, demoClient, signedRequest } from './signing.js'

const item = (meetingId: string | number, contextId = 'demo-context-1') => ({
  meetingId,
  contextId,
  domain: DOMAIN,
})
const bulkImport = (emulator: Emulator, body: unknown, signBodyUserId = true) =>
  signedRequest(emulator, { method: 'POST', path: '/meeting/bulkImport', body, signBodyUserId })
const bulkDisassociate = (emulator: Emulator, body: unknown) =>
  signedRequest(emulator, { method: 'PUT', path: '/meeting/bulkDisassociate', body, signBodyUserId: true })

async function jobs(emulator: Emulator) {
  const response = await emulator.request('/__emulator/lti-pro/bulk-jobs')
  return ((await response.json()) as { jobs: { status: string; items: Record<string, unknown>[] }[] }).jobs
}

const upcoming = async (emulator: Emulator) =>
  (await demoClient(emulator).listMeetings({ userId: 'demo-host' })).data?.list.map((m) => m.meetingNumber)

/** Everything a refused bulk request must leave alone. */
const snapshot = (emulator: Emulator) => {
  const { lti } = emulator.worlds.defaultWorld.store
  return { associations: [...lti.associations.keys()], jobs: lti.bulkJobs.length }
}

describe('bulk import and disassociate', () => {
  test('accepts an import with “Processing Bulk Import”, then associates the meeting', async () => {
    const emulator = createTestEmulator()
    const response = await bulkImport(emulator, [item('81000000007')])
    expect(await response.json()).toEqual({ status: true, result: 'Processing Bulk Import' })
    expect(await upcoming(emulator)).toContain('81000000007')
    expect((await jobs(emulator))[0]).toMatchObject({ status: 'done', items: [{ outcome: 'associated' }] })
  })

  test('processes items only once the configured delay has passed on the emulator clock', async () => {
    const emulator = createTestEmulator({ ltiPro: { bulkDelayMs: 60_000 } })
    await bulkImport(emulator, [item(81000000007)])
    expect(await upcoming(emulator)).not.toContain('81000000007')
    expect((await jobs(emulator))[0]).toMatchObject({ status: 'pending', items: [{ outcome: 'pending' }] })
    emulator.clock.advance(59_999)
    expect((await jobs(emulator))[0]?.status).toBe('pending')
    emulator.clock.advance(1)
    expect((await jobs(emulator))[0]).toMatchObject({ status: 'done', items: [{ outcome: 'associated' }] })
    expect(await upcoming(emulator)).toContain('81000000007')
  })

  test('a job that came due shows as done on every read of the world, with no LTI Pro request in between', async () => {
    const emulator = createTestEmulator({ ltiPro: { bulkDelayMs: 60_000 } })
    await bulkImport(emulator, [item(81000000007)])
    emulator.clock.advance(60_000)
    const state = (await (await emulator.request('/__emulator/state')).json()) as {
      lti: { bulkJobs: { status: string }[] }
    }
    expect(state.lti.bulkJobs[0]?.status).toBe('done')
    const other = createTestEmulator({ ltiPro: { bulkDelayMs: 60_000 } })
    await bulkImport(other, [item(81000000007)])
    other.clock.advance(60_000)
    const page = await (await other.request('/')).text()
    const panel = page.slice(page.indexOf('id="lti-bulk-jobs"'))
    expect(panel).toMatch(/>done</)
    expect(panel).not.toMatch(/>pending</)
    expect(other.exportState().lti.bulkJobs?.[0]?.status).toBe('done')
  })

  test('skips unknown meetings and unknown courses with 2255 and still processes the rest', async () => {
    const emulator = createTestEmulator()
    await bulkImport(emulator, [
      item('99999999999'),
      item('81000000007', 'no-such-context'),
      item('81000000007'),
    ])
    const skipped = {
      outcome: 'skipped',
      errorCode: '2255',
      errorMessage: 'The Meeting ID, Context ID or Domain is invalid(2255).',
    }
    expect((await jobs(emulator))[0]?.items).toMatchObject([skipped, skipped, { outcome: 'associated' }])
  })

  test('treats duplicates and existing associations as unchanged', async () => {
    const emulator = createTestEmulator()
    await bulkImport(emulator, [item('81000000007'), item('81000000007'), item('81000000001')])
    const outcomes = (await jobs(emulator))[0]?.items.map((i) => i.outcome)
    expect(outcomes).toEqual(['associated', 'unchanged', 'unchanged'])
  })

  test('disassociates with “Processing Bulk Disassociate”; a missing association is unchanged', async () => {
    const emulator = createTestEmulator()
    const response = await bulkDisassociate(emulator, [
      item('81000000001'),
      item('81000000001', 'demo-context-2'),
    ])
    expect(await response.json()).toEqual({ status: true, result: 'Processing Bulk Disassociate' })
    expect(await upcoming(emulator)).not.toContain('81000000001')
    expect((await jobs(emulator))[0]?.items.map((i) => i.outcome)).toEqual(['disassociated', 'unchanged'])
  })

  test('accepts {userId, meetingList} from an account admin, the userId signed with the query', async () => {
    const emulator = createTestEmulator()
    const response = await bulkImport(emulator, { userId: 'demo-admin', meetingList: [item('81000000007')] })
    expect(await response.json()).toEqual({ status: true, result: 'Processing Bulk Import' })
    expect((await jobs(emulator))[0]).toMatchObject({
      userId: 'demo-admin',
      items: [{ outcome: 'associated' }],
    })
  })

  test('refuses {userId, meetingList} whose userId was left out of the signature', async () => {
    const emulator = createTestEmulator()
    const response = await bulkImport(
      emulator,
      { userId: 'demo-admin', meetingList: [item('81000000007')] },
      false,
    )
    expect(response.status).toBe(401)
    expect(snapshot(emulator).jobs).toBe(0)
  })

  test.each([
    ['demo-host', { errorCode: '403', errorMessage: 'User is not an admin of this Zoom account: demo-host' }],
    ['nobody', { errorCode: '1001', errorMessage: 'User does not exist: nobody' }],
  ])('refuses userId %s with 200 status:false and changes nothing', async (userId, error) => {
    const emulator = createTestEmulator()
    const before = snapshot(emulator)
    const response = await bulkImport(emulator, { userId, meetingList: [item('81000000007')] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: false, ...error })
    expect(snapshot(emulator)).toEqual(before)
  })

  test.each([
    ['an empty list', [], 'The body must be an array of 1 to 400 items, not 0 items'],
    ['malformed JSON', '[{"meetingId":', /^The request body is not valid JSON/],
    ['an empty body', '', 'The request body is empty; a JSON body is required'],
    [
      'a string',
      '"81000000007"',
      'The body must be an array of 1 to 400 items or an object {userId, meetingList}, not "81000000007"',
    ],
    [
      'an item without contextId',
      [item('81000000007'), { meetingId: '1', domain: DOMAIN }],
      'body[1].contextId is required (a non-empty string)',
    ],
    [
      'a meetingId that is no number',
      [{ ...item('81000000007'), meetingId: 'abc' }],
      'body[0].meetingId must be a string matching ^[0-9]{1,19}$, not "abc"',
    ],
    [
      'userId without meetingList',
      { userId: 'demo-admin' },
      'meetingList is required (an array of 1 to 400 items)',
    ],
  ])('answers %s with 400 and changes nothing', async (_, body, message) => {
    const emulator = createTestEmulator()
    const before = snapshot(emulator)
    const response = await bulkImport(emulator, body)
    expect(response.status).toBe(400)
    const answer = (await response.json()) as { errorMessage: string }
    expect(answer).toMatchObject({ status: false, errorCode: '400' })
    expect(answer.errorMessage).toMatch(message)
    expect(snapshot(emulator)).toEqual(before)
  })

  test.prop([fc.integer({ min: 401, max: 600 }), fc.boolean()], { numRuns: 10 })(
    'a request of more than 400 items is a 400 and changes nothing',
    async (n, asAdmin) => {
      const emulator = createTestEmulator()
      const before = snapshot(emulator)
      const items = Array.from({ length: n }, () => item('81000000007'))
      const response = await bulkImport(
        emulator,
        asAdmin ? { userId: 'demo-admin', meetingList: items } : items,
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({
        errorMessage: asAdmin
          ? `meetingList must be an array of 1 to 400 items, not ${n} items`
          : `The body must be an array of 1 to 400 items, not ${n} items`,
      })
      expect(snapshot(emulator)).toEqual(before)
    },
  )
})
