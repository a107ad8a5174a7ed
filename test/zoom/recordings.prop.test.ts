/** @module Properties of cloud recordings: exactly one per instance that ended recording to the cloud (once processed), none for any other, whatever the instances. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { ZoomInstance } from '../../mock/services/zoom/state.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { DAY, iso, MINUTE, putInstances, recordingCalls } from './recording-support.js'

const DELAY_MINUTES = 5

type InstanceDraft = {
  uuid: string
  id: number
  startsAgoMinutes: number
  minutes: number
  live: boolean
  auto_recording: ZoomInstance['auto_recording']
}

/** Instances of demo-host's meetings over the past two weeks: ended or live, recording anywhere or nowhere. */
const instances: fc.Arbitrary<InstanceDraft[]> = fc.uniqueArray(
  fc.record({
    uuid: fc.stringMatching(/^[A-Za-z0-9+]{22}==$/),
    id: fc.constantFrom(81000000004, 81000000005, 81000000007),
    startsAgoMinutes: fc.integer({ min: 1, max: 14 * 24 * 60 }),
    minutes: fc.integer({ min: 0, max: 600 }),
    live: fc.boolean(),
    auto_recording: fc.constantFrom('cloud' as const, 'local' as const, 'none' as const),
  }),
  { selector: (i) => i.uuid, maxLength: 12 },
)

const toInstance = (i: InstanceDraft): ZoomInstance => {
  const start = T0 - i.startsAgoMinutes * MINUTE
  const end = Math.min(start + i.minutes * MINUTE, T0)
  return {
    uuid: i.uuid,
    id: i.id,
    kind: 'meeting',
    host_id: 'demo-host',
    topic: `Meeting ${i.id}`,
    type: 2,
    start_time: iso(start),
    ...(i.live ? {} : { end_time: iso(end) }),
    auto_recording: i.auto_recording,
  }
}

const recorded = (instance: ZoomInstance) =>
  instance.auto_recording === 'cloud' &&
  instance.end_time !== undefined &&
  Date.parse(instance.end_time) + DELAY_MINUTES * MINUTE <= T0

describe('cloud recordings', () => {
  test.prop([instances], { numRuns: 25 })(
    'appear exactly once per instance that ended recording to the cloud, past the delay, and for no other',
    async (drafts) => {
      const emulator = createTestEmulator()
      putInstances(emulator, ...drafts.map(toInstance))
      const all = Object.values(emulator.exportState().zoom.instances ?? {})
      const { json } = await recordingCalls(emulator)
      const listed = await json(
        `/v2/users/demo-host/recordings?from=${iso(T0 - 14 * DAY).slice(0, 10)}&page_size=300`,
      )
      const uuids = (listed.body.meetings as { uuid: string }[]).map((m) => m.uuid)
      const expected = all.filter(recorded).map((i) => i.uuid)
      expect([...uuids].sort()).toEqual([...expected].sort())
      for (const instance of all) {
        const answer = await json(`/v2/meetings/${encodeURIComponent(instance.uuid)}/recordings`)
        expect(answer.status).toBe(recorded(instance) ? 200 : 404)
        if (answer.status === 200) expect(answer.body.recording_count).toBe(4)
      }
    },
  )
})
