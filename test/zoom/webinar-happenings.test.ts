/** @module Webinars happen on the emulator clock like meetings: one instance per occurrence, the host attending, read by the webinar reports. */
import { expect, test } from 'vitest'
import { zoomFixture } from './support.js'

const MINUTE = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

test('a recurring webinar gives one past instance per occurrence the clock passes, and the webinar participants report lists its host for the whole of each', async () => {
  const { emulator, client, store } = zoomFixture()
  const start = emulator.clock.now() + 30 * MINUTE
  const created = await client.webinars.create('host@example.edu', {
    topic: 'Guest lecture series',
    type: 9,
    start_time: iso(start),
    duration: 50,
    timezone: 'UTC',
    recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
  })
  expect(created.response?.status).toBe(201)
  const webinarId = String(created.data?.id)

  emulator.setClock({ advanceMs: 30 * MINUTE + 10 * MINUTE })
  const live = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(live).toEqual([expect.objectContaining({ kind: 'webinar', start_time: iso(start) })])
  expect(live[0]?.end_time).toBeUndefined()

  emulator.setClock({ advanceMs: 3 * 24 * 60 * MINUTE })
  const instances = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(instances.map((i) => [i.start_time, i.end_time])).toEqual(
    [0, 1, 2].map((day) => [
      iso(start + day * 1440 * MINUTE),
      iso(start + day * 1440 * MINUTE + 50 * MINUTE),
    ]),
  )
  const report = await client.reports.webinarParticipants(webinarId)
  expect(report.data?.participants).toEqual([
    expect.objectContaining({ user_email: 'host@example.edu', duration: 50 * 60 }),
  ])
})

test('deleting a webinar ends its live instance at that moment and keeps what happened', async () => {
  const { emulator, client, store } = zoomFixture()
  const start = emulator.clock.now() + 5 * MINUTE
  const created = await client.webinars.create('host@example.edu', {
    topic: 'Cut short',
    start_time: iso(start),
    duration: 60,
  })
  const webinarId = String(created.data?.id)
  emulator.setClock({ advanceMs: 25 * MINUTE })
  expect((await client.webinars.delete(webinarId)).response?.status).toBe(204)
  emulator.setClock({ advanceMs: 60 * MINUTE })
  const [instance] = [...store().instances.values()].filter((i) => String(i.id) === webinarId)
  expect(instance).toMatchObject({
    kind: 'webinar',
    start_time: iso(start),
    end_time: iso(start + 20 * MINUTE),
  })
})
