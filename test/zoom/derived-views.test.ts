/** @module What the emulator derives from stored rows (meeting JSON, occurrences, timelines, LTI Pro list items) follows every write through the tables, in each emulator on its own. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { DEMO } from '../../mock/seed/demo.js'
import { rewrite } from '../helpers.js'
import { demoClient } from '../lti-pro/signing.js'
import { zoomFixture } from './support.js'

const HOUR = 3_600_000
const LECTURE = '81000000001'
const TUTORIAL = '81000000006'

const ltiList = async (emulator: Emulator) =>
  (await demoClient(emulator).listMeetings({ userId: DEMO.hostId, pageSize: 50 })).data?.list ?? []

describe('views derived from the store', () => {
  test('GET a meeting answers what was last written through the table, and its status as the clock moves', async () => {
    const { emulator, client } = zoomFixture()
    expect((await client.meetings.get(LECTURE)).data).toMatchObject({
      topic: 'Week 1 Lecture',
      status: 'waiting',
    })
    rewrite(emulator.worlds.defaultWorld.store.zoom.meetings, LECTURE, (m) => ({ ...m, topic: 'Moved' }))
    expect((await client.meetings.get(LECTURE)).data).toMatchObject({ topic: 'Moved', status: 'waiting' })
    emulator.clock.advance(24 * HOUR)
    expect((await client.meetings.get(LECTURE)).data).toMatchObject({ topic: 'Moved', status: 'started' })
  })

  test('deleting an occurrence moves a recurring meeting’s start in LTI Pro’s list at once', async () => {
    const { emulator, client } = zoomFixture()
    const startOf = async () => (await ltiList(emulator)).find((m) => m.meetingNumber === TUTORIAL)?.startTime
    const first = await startOf()
    const occurrences = (await client.meetings.get(TUTORIAL)).data?.occurrences ?? []
    expect(first).toBeDefined()
    await client.meetings.delete(TUTORIAL, { occurrence_id: occurrences[0]?.occurrence_id ?? '' })
    const second = await startOf()
    expect(second).not.toBe(first)
    expect(Date.parse(`${second?.replace(' ', 'T')}Z`)).toBe(
      Date.parse(`${first?.replace(' ', 'T')}Z`) + 7 * 24 * HOUR,
    )
  })

  test('LTI Pro’s list items follow the meeting and its host’s PMI', async () => {
    const { emulator, client } = zoomFixture()
    const lecture = async () => (await ltiList(emulator)).find((m) => m.meetingNumber === LECTURE)
    expect(await lecture()).toMatchObject({ topic: 'Week 1 Lecture', pmi: null })
    await client.meetings.update(LECTURE, { topic: 'Renamed', settings: { use_pmi: true } })
    expect(await lecture()).toMatchObject({ topic: 'Renamed', pmi: '5550000002' })
    rewrite(emulator.worlds.defaultWorld.store.zoom.users, DEMO.hostId, (u) => ({ ...u, pmi: 5550000099 }))
    expect(await lecture()).toMatchObject({ topic: 'Renamed', pmi: '5550000099' })
  })

  test('Zoom’s meeting list follows a meeting written to another host', async () => {
    const { emulator, client } = zoomFixture()
    const numbers = async (userId: string) =>
      ((await client.meetings.list(userId, { page_size: 300 })).data?.meetings ?? []).map((m) => String(m.id))
    expect(await numbers(DEMO.hostId)).toContain(LECTURE)
    expect(await numbers('demo-admin')).not.toContain(LECTURE)
    rewrite(emulator.worlds.defaultWorld.store.zoom.meetings, LECTURE, (m) => ({
      ...m,
      host_id: 'demo-admin',
    }))
    expect(await numbers(DEMO.hostId)).not.toContain(LECTURE)
    expect(await numbers('demo-admin')).toContain(LECTURE)
  })

  test('two emulators in one process share nothing: a write in one never shows in the other', async () => {
    const one = zoomFixture()
    const other = zoomFixture()
    for (const { client, emulator } of [one, other]) {
      await client.meetings.get(LECTURE)
      await ltiList(emulator)
    }
    rewrite(one.emulator.worlds.defaultWorld.store.zoom.meetings, LECTURE, (m) => ({
      ...m,
      topic: 'Only here',
    }))
    expect((await one.client.meetings.get(LECTURE)).data?.topic).toBe('Only here')
    expect((await other.client.meetings.get(LECTURE)).data?.topic).toBe('Week 1 Lecture')
    expect((await ltiList(other.emulator)).find((m) => m.meetingNumber === LECTURE)?.topic).toBe(
      'Week 1 Lecture',
    )
    expect((await ltiList(one.emulator)).find((m) => m.meetingNumber === LECTURE)?.topic).toBe('Only here')
  })
})
