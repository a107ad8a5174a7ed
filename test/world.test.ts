/** @module One world: a meeting made through LTI Pro lives in Zoom, shows in LTI Pro's lists and syncs into LumiNUS. */
import { describe, expect, test } from 'vitest'
import { LOCAL_ORIGIN } from '../mock/emulator.js'
import { addMeeting } from '../mock/luminus/records.js'
import { DEMO, DEMO_CREDENTIALS } from '../mock/seed/demo.js'
import { createLtiProClient } from '../src/lti-pro/client.js'
import { createLuminusClient } from '../src/luminus/client.js'
import { createZoomClient } from '../src/zoom/client.js'
import { createTestEmulator, T0 } from './helpers.js'

const { lti, zoom, luminus } = DEMO_CREDENTIALS

function world() {
  const emulator = createTestEmulator()
  const { fetch } = emulator
  const now = () => emulator.clock.now()
  return {
    emulator,
    ltiPro: createLtiProClient({ ...lti, baseUrl: `${LOCAL_ORIGIN}/api/v1/lti/rich`, fetch, now }),
    zoom: createZoomClient({
      auth: {
        type: 's2s',
        accountId: zoom.accountId,
        clientId: zoom.clientId,
        clientSecret: zoom.clientSecret,
      },
      baseUrl: `${LOCAL_ORIGIN}/v2`,
      oauthUrl: `${LOCAL_ORIGIN}/oauth`,
      fetch,
      now,
    }),
    luminus: createLuminusClient({ subscriptionKey: luminus.subscriptionKey, baseUrl: LOCAL_ORIGIN, fetch }),
  }
}

const course = { contextId: 'demo-context-1', domain: DEMO.domain, courseId: '101' }
const upcoming = { userId: DEMO.hostId, isUpComing: true, pageNum: 1, pageSize: 100 }

async function listedTopics(ltiPro: ReturnType<typeof world>['ltiPro'], isUpComing = true) {
  const { data, error } = await ltiPro.listMeetings({ ...upcoming, isUpComing })
  if (error) throw new Error(error.errorMessage)
  return new Map(data.list.map((m) => [m.meetingNumber, m]))
}

describe('one world across LTI Pro, Zoom and LumiNUS', () => {
  test('a meeting created through LTI Pro is read, renamed and deleted in Zoom, and every API sees each change', async () => {
    const { emulator, ltiPro, zoom: zoomApi, luminus: luminusApi } = world()

    const created = await ltiPro.createAndAssociate({
      userId: DEMO.hostId,
      ...course,
      meetingInfo: { topic: 'Exam briefing', type: 2, start_time: '2026-11-25T02:00:00Z', duration: 45 },
    })
    expect(created.data).toMatchObject({ kind: 'associated' })
    const number = created.data?.meetingId ?? ''

    const fromZoom = await zoomApi.meetings.get(number)
    expect(fromZoom.data).toMatchObject({ id: Number(number), topic: 'Exam briefing', host_id: DEMO.hostId })
    expect((await listedTopics(ltiPro)).get(number)?.topic).toBe('Exam briefing')

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
    expect((await listedTopics(ltiPro)).get(number)?.topic).toBe('Exam briefing (room change)')
    const synced = await luminusApi.syncMeeting(linked.id)
    expect(synced.data).toMatchObject({ topic: 'Exam briefing (room change)', notFoundInZoom: false })

    expect((await zoomApi.meetings.delete(number)).error).toBeUndefined()
    expect((await listedTopics(ltiPro)).has(number)).toBe(false)
    expect((await luminusApi.syncMeeting(linked.id)).data).toMatchObject({
      notFoundInZoom: true,
      topic: 'Exam briefing (room change)',
    })

    const accepted = await ltiPro.bulkImport([{ meetingId: number, ...course }])
    expect(accepted.error).toBeUndefined()
    const jobs = await (await emulator.request('/__emulator/lti-pro/bulk-jobs')).json()
    const item = jobs.jobs.at(-1).items[0]
    expect(item).toMatchObject({ meetingId: number, outcome: 'skipped', errorCode: '2255' })
  })

  test("advancing the clock past a meeting's end moves it from upcoming to historical with status 2", async () => {
    const { emulator, ltiPro } = world()
    const lecture = (await listedTopics(ltiPro)).get('81000000001')
    expect(lecture).toMatchObject({ status: 0 })
    expect((await listedTopics(ltiPro, false)).has('81000000001')).toBe(false)

    const lectureStart = Date.parse(
      emulator.worlds.defaultWorld.store.zoom.meetings.get('81000000001')?.start_time ?? '',
    )
    emulator.clock.set(lectureStart + 60 * 60_000)
    expect((await listedTopics(ltiPro)).get('81000000001')).toMatchObject({ status: 1 })

    emulator.clock.set(lectureStart + 120 * 60_000)
    expect((await listedTopics(ltiPro)).has('81000000001')).toBe(false)
    expect((await listedTopics(ltiPro, false)).get('81000000001')).toMatchObject({ status: 2 })
    expect(emulator.clock.now()).toBeGreaterThan(T0)
  })
})
