/** @module One world: a meeting made through LTI Pro lives in Zoom, shows in LTI Pro's lists and syncs into LumiNUS. */
import { describe, expect, test } from 'vitest'
import { DEMO } from '../mock/seed/demo.js'
import { addMeeting } from '../mock/services/luminus/records.js'
import { createTestEmulator, demoClients, T0 } from './helpers.js'

function world() {
  const emulator = createTestEmulator()
  return { emulator, ...demoClients(emulator) }
}

const course = { contextId: 'demo-context-1', domain: DEMO.domain, courseId: '101' }
const upcoming = { userId: DEMO.hostId, isUpComing: true, pageNum: 1, pageSize: 100 }

async function listedTopics(lti: ReturnType<typeof world>['lti'], isUpComing = true) {
  const { data, error } = await lti.listMeetings({ ...upcoming, isUpComing })
  if (error) throw new Error(error.errorMessage)
  return new Map(data.list.map((m) => [m.meetingNumber, m]))
}

describe('one world across LTI Pro, Zoom and LumiNUS', () => {
  test('a meeting created through LTI Pro is read, renamed and deleted in Zoom, and every API sees each change', async () => {
    const { emulator, lti, zoom: zoomApi, luminus: luminusApi } = world()

    const created = await lti.createAndAssociate({
      userId: DEMO.hostId,
      ...course,
      meetingInfo: { topic: 'Exam briefing', type: 2, start_time: '2026-11-25T02:00:00Z', duration: 45 },
    })
    expect(created.data).toMatchObject({ kind: 'associated' })
    const number = created.data?.meetingId ?? ''

    const fromZoom = await zoomApi.meetings.get(number)
    expect(fromZoom.data).toMatchObject({ id: Number(number), topic: 'Exam briefing', host_id: DEMO.hostId })
    expect((await listedTopics(lti)).get(number)?.topic).toBe('Exam briefing')

    const linked = addMeeting(
      emulator.worlds.defaultWorld.store.luminus,
      {
        moduleId: DEMO.luminus.moduleId,
        meetingID: number,
        name: 'Exam briefing',
        startDate: '2026-11-25T02:00:00.000Z',
        endDate: '2026-11-25T02:45:00.000Z',
        creatorID: DEMO.luminus.staffId,
      },
      emulator.clock.now(),
    )

    expect(
      (await zoomApi.meetings.update(number, { topic: 'Exam briefing (room change)' })).error,
    ).toBeUndefined()
    expect((await listedTopics(lti)).get(number)?.topic).toBe('Exam briefing (room change)')
    const synced = await luminusApi.syncMeeting(linked.id)
    expect(synced.data).toMatchObject({ topic: 'Exam briefing (room change)', notFoundInZoom: false })

    expect((await zoomApi.meetings.delete(number)).error).toBeUndefined()
    expect((await listedTopics(lti)).has(number)).toBe(false)
    expect((await luminusApi.syncMeeting(linked.id)).data).toMatchObject({
      notFoundInZoom: true,
      topic: 'Exam briefing (room change)',
    })

    const accepted = await lti.bulkImport([{ meetingId: number, ...course }])
    expect(accepted.error).toBeUndefined()
    const { jobs } = (await (await emulator.request('/__emulator/lti-pro/bulk-jobs')).json()) as {
      jobs: { items: unknown[] }[]
    }
    const item = jobs.at(-1)?.items[0]
    expect(item).toMatchObject({ meetingId: number, outcome: 'skipped', errorCode: '2255' })
  })

  test("advancing the clock past a meeting's end moves it from upcoming to historical with status 2", async () => {
    const { emulator, lti } = world()
    const lecture = (await listedTopics(lti)).get('81000000001')
    expect(lecture).toMatchObject({ status: 0 })
    expect((await listedTopics(lti, false)).has('81000000001')).toBe(false)

    const lectureStart = Date.parse(
      emulator.worlds.defaultWorld.store.zoom.meetings.get('81000000001')?.start_time ?? '',
    )
    emulator.clock.set(lectureStart + 60 * 60_000)
    expect((await listedTopics(lti)).get('81000000001')).toMatchObject({ status: 1 })

    emulator.clock.set(lectureStart + 120 * 60_000)
    expect((await listedTopics(lti)).has('81000000001')).toBe(false)
    expect((await listedTopics(lti, false)).get('81000000001')).toMatchObject({ status: 2 })
    expect(emulator.clock.now()).toBeGreaterThan(T0)
  })
})
