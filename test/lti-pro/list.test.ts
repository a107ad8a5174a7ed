/** @module GET /open/meeting/list: which meetings, in which order, how they look, and the parameter bounds. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { LtiProMeeting } from '../../src/lti-pro/client.js'
import { createTestEmulator, rewrite, T0 } from '../helpers.js'
import { FIRST_GENERATED, seedWithMeetings } from './seeds.js'
import { DOMAIN, demoClient, signedRequest } from './signing.js'

const numbers = (list: LtiProMeeting[] | undefined) => list?.map((m) => m.meetingNumber)
const list = (query: Record<string, string>, emulator = createTestEmulator()) =>
  signedRequest(emulator, { path: '/open/meeting/list', query })

describe('listing a host’s course meetings', () => {
  test('upcoming: not yet ended, ascending by start, type 3 (shown at its creation time) included', async () => {
    const { data } = await demoClient(createTestEmulator()).listMeetings({ userId: 'demo-host' })
    expect(data?.total).toBe(4)
    expect(numbers(data?.list)).toEqual(['81000000003', '81000000001', '81000000006', '81000000002'])
  })

  test('historical: ended, descending by start, with status 2', async () => {
    const { data } = await demoClient(createTestEmulator()).listMeetings({
      userId: 'demo-host',
      isUpComing: false,
    })
    expect(numbers(data?.list)).toEqual(['81000000005', '81000000004'])
    expect(data?.list.map((m) => m.status)).toEqual([2, 2])
  })

  test('shows each meeting with its UUID, number, host, local start time, zone and null pmi', async () => {
    const emulator = createTestEmulator()
    const { data } = await demoClient(emulator).listMeetings({ userId: 'demo-host', pageSize: 2 })
    const zoom = emulator.worlds.defaultWorld.store.zoom.meetings.get('81000000001')
    expect(data).toMatchObject({ pageNum: 1, pageSize: 2, total: 4 })
    expect(data?.list[1]).toEqual({
      meetingId: zoom?.uuid,
      meetingNumber: '81000000001',
      hostId: 'demo-host',
      topic: 'Week 1 Lecture',
      startTime: '2026-11-23 20:00:00', // T0 + 24 h = 12:00 UTC = 20:00 in Asia/Singapore
      duration: 120,
      timezone: 'Asia/Singapore',
      pmi: null,
      type: 2,
      status: 0,
    })
  })

  test('shows the host’s PMI for a meeting that uses it', async () => {
    const emulator = createTestEmulator()
    rewrite(emulator.worlds.defaultWorld.store.zoom.meetings, '81000000001', (m) => ({
      ...m,
      settings: { ...m.settings, use_pmi: true },
    }))
    const { data } = await demoClient(emulator).listMeetings({ userId: 'demo-host', pageSize: 2 })
    expect(data?.list[1]?.pmi).toBe('5550000002')
  })

  test('marks a meeting started from its start until start + duration, then lists it as historical', async () => {
    const emulator = createTestEmulator()
    const client = demoClient(emulator)
    const statusOf = async (isUpComing: boolean) =>
      (await client.listMeetings({ userId: 'demo-host', isUpComing })).data?.list.find(
        (m) => m.meetingNumber === '81000000001',
      )?.status
    emulator.clock.advance(24 * 3_600_000)
    expect(await statusOf(true)).toBe(1)
    emulator.clock.advance(120 * 60_000 - 1)
    expect(await statusOf(true)).toBe(1)
    emulator.clock.advance(1)
    expect(await statusOf(true)).toBeUndefined()
    expect(await statusOf(false)).toBe(2)
  })

  test('shows a recurring meeting (type 8) at its next occurrence not yet ended', async () => {
    const emulator = createTestEmulator()
    emulator.clock.advance(51 * 3_600_000) // the first weekly occurrence (T0 + 50 h, 60 min) has ended
    const { data } = await demoClient(emulator).listMeetings({ userId: 'demo-host' })
    const tutorial = data?.list.find((m) => m.meetingNumber === '81000000006')
    expect(tutorial?.startTime).toBe('2026-12-01 22:00:00') // T0 + 50 h + 7 days, Asia/Singapore
    expect(tutorial?.status).toBe(0)
  })

  test('accepts the host’s email for userId', async () => {
    const { data } = await demoClient(createTestEmulator()).listMeetings({ userId: 'HOST@example.edu' })
    expect(data?.total).toBe(4)
  })

  test('lists a meeting associated with several courses once', async () => {
    const emulator = createTestEmulator()
    const client = demoClient(emulator)
    await client.bulkImport([{ meetingId: '81000000001', contextId: 'demo-context-2', domain: DOMAIN }])
    const { data } = await client.listMeetings({ userId: 'demo-host' })
    expect(numbers(data?.list)).toEqual(['81000000003', '81000000001', '81000000006', '81000000002'])
  })

  test('drops a meeting that no longer exists in Zoom', async () => {
    const emulator = createTestEmulator()
    emulator.worlds.defaultWorld.store.zoom.meetings.delete('81000000001')
    const { data } = await demoClient(emulator).listMeetings({ userId: 'demo-host' })
    expect(numbers(data?.list)).not.toContain('81000000001')
    expect(data?.total).toBe(3)
  })

  test('shows only meetings of this credential’s courses that the user hosts', async () => {
    const emulator = createTestEmulator()
    const { lti } = emulator.worlds.defaultWorld.store
    lti.credentials.set('other-key', { key: 'other-key', secret: 'other', accountId: 'demo-account' })
    lti.associations.set(`other-key|81000000007|${DOMAIN}|demo-context-1`, {
      credentialKey: 'other-key',
      meetingId: '81000000007',
      contextId: 'demo-context-1',
      domain: DOMAIN,
      createdAt: T0,
    })
    const client = demoClient(emulator)
    expect(numbers((await client.listMeetings({ userId: 'demo-host' })).data?.list)).not.toContain(
      '81000000007',
    )
    expect((await client.listMeetings({ userId: 'demo-admin' })).data?.total).toBe(0)
  })

  test('answers an unknown user with 200 and errorCode 1001', async () => {
    const response = await list({ userId: 'nobody' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: false,
      errorCode: '1001',
      errorMessage: 'User does not exist: nobody',
    })
  })

  test.each([
    [{ userId: 'demo-host', pageNum: '0' }, 'pageNum must be an integer ≥ 1, not "0"'],
    [{ userId: 'demo-host', pageNum: 'two' }, 'pageNum must be an integer ≥ 1, not "two"'],
    [{ userId: 'demo-host', pageSize: '0' }, 'pageSize must be an integer from 1 to 1000, not "0"'],
    [{ userId: 'demo-host', pageSize: '1001' }, 'pageSize must be an integer from 1 to 1000, not "1001"'],
    [{ userId: 'demo-host', isUpComing: 'yes' }, 'isUpComing must be "true" or "false", not "yes"'],
    [{ pageSize: '10' }, 'Required parameter userId is missing'],
  ])('answers %o with 400 and a message saying what is wrong', async (query, message) => {
    const response = await list(query)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ status: false, errorCode: '400', errorMessage: message })
  })

  test('accepts the largest page size, 1000, and a page past the end (empty)', async () => {
    expect((await list({ userId: 'demo-host', pageSize: '1000' })).status).toBe(200)
    const past = await list({ userId: 'demo-host', pageNum: '9' })
    expect(await past.json()).toMatchObject({ status: true, result: { total: 4, list: [] } })
  })

  test.prop([
    fc.array(fc.integer({ min: -600, max: 600 }), { maxLength: 25 }),
    fc.integer({ min: 1, max: 7 }),
  ])(
    'the pages together hold each meeting exactly once, in order, with total = the number of meetings',
    async (offsets, pageSize) => {
      const emulator = createTestEmulator({
        seed: seedWithMeetings(offsets.map((startsInMinutes) => ({ startsInMinutes }))),
      })
      const client = demoClient(emulator)
      const expected = offsets
        .map((offset, i) => ({ start: offset, number: FIRST_GENERATED + i, ended: offset + 30 <= 0 }))
        .sort((a, b) => a.start - b.start || a.number - b.number)
      for (const isUpComing of [true, false]) {
        const seen: string[] = []
        for await (const page of client.listAllMeetings({ userId: 'demo-host', isUpComing, pageSize })) {
          expect(page.data?.total).toBe(expected.filter((m) => m.ended !== isUpComing).length)
          seen.push(...(numbers(page.data?.list) ?? []))
        }
        const want = expected.filter((m) => m.ended !== isUpComing).map((m) => String(m.number))
        expect(seen).toEqual(isUpComing ? want : want.reverse())
      }
    },
  )
})

describe('listing a recurring meeting with fixed times', () => {
  test("shows the next occurrence not yet ended, by Zoom's recurrence rules (weekly on two weekdays)", async () => {
    const emulator = createTestEmulator()
    const client = demoClient(emulator)
    const created = await client.createAndAssociate({
      userId: 'demo-host',
      contextId: 'demo-context-1',
      domain: DOMAIN,
      meetingInfo: {
        topic: 'Tutorials',
        type: 8,
        start_time: '2026-11-23T09:00:00', // Monday, 09:00 in Singapore
        timezone: 'Asia/Singapore',
        duration: 60,
        recurrence: { type: 2, repeat_interval: 1, weekly_days: '2,5', end_times: 4 }, // Mondays and Thursdays
      },
    })
    const number = created.data?.meetingId
    const shown = async () =>
      (await client.listMeetings({ userId: 'demo-host', pageSize: 100 })).data?.list.find(
        (m) => m.meetingNumber === number,
      )
    expect(await shown()).toMatchObject({ startTime: '2026-11-23 09:00:00', status: 0 })
    emulator.clock.set('2026-11-23T01:30:00Z') // during Monday's occurrence
    expect(await shown()).toMatchObject({ startTime: '2026-11-23 09:00:00', status: 1 })
    emulator.clock.set('2026-11-23T02:00:00Z') // Monday's over: Thursday is next, not next Monday
    expect(await shown()).toMatchObject({ startTime: '2026-11-26 09:00:00', status: 0 })
  })
})
