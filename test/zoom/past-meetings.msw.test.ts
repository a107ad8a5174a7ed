/** @module The client kit's past meeting calls at Zoom's real origin, through MSW: a meeting the clock runs, scripted attendance, instances, details and paged participants. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createZoomClient } from '../../src/zoom/client.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { DEMO_S2S } from './support.js'

const MINUTE = 60_000
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

test('pastMeetings reads what the clock made happen: instances, details by UUID and number, every page of participants', async () => {
  const zoom = createZoomClient({ auth: DEMO_S2S, now: () => emulator.clock.now() })
  const created = await zoom.meetings.create('me', {
    topic: 'Seminar',
    start_time: iso(T0 + 30 * MINUTE),
    duration: 40,
  })
  const id = created.data?.id ?? 0
  const people = Array.from({ length: 7 }, (_, i) => ({
    name: `Student ${i}`,
    email: `s${i}@example.com`,
    joinOffsetMinutes: i,
    leaveOffsetMinutes: 30 + i,
  }))
  emulator.zoom.attendance(String(id), people)
  emulator.clock.advance(80 * MINUTE)

  const instances = await zoom.pastMeetings.instances(id)
  const [instance] = instances.data?.meetings ?? []
  expect(instances.data?.meetings).toEqual([{ uuid: instance?.uuid, start_time: iso(T0 + 30 * MINUTE) }])
  const byUuid = await zoom.pastMeetings.get(instance?.uuid ?? '')
  expect(byUuid.data).toMatchObject({
    id,
    topic: 'Seminar',
    duration: 40,
    participants_count: 7,
    total_minutes: 210,
  })
  expect((await zoom.pastMeetings.get(id)).data).toEqual(byUuid.data)

  const names: string[] = []
  for await (const page of zoom.pastMeetings.participantPages(instance?.uuid ?? '', { page_size: 3 })) {
    expect(page.error).toBeUndefined()
    names.push(...(page.data?.participants ?? []).map((p) => p.name))
  }
  expect(names).toEqual(people.map((p) => p.name))
  const missing = await zoom.pastMeetings.get('no-such-instance==')
  expect(missing.error).toMatchObject({ status: 404, code: 3001 })
})
