/** @module Properties of what happens of meetings: instances within occurrences, participants within instances, one instance per occurrence whatever the clock does. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { ZoomInstance } from '../../mock/services/zoom/state.js'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const gmt = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

const meeting = fc.record({
  startsIn: fc.integer({ min: 1, max: 72 * 60 }).map((m) => m * MINUTE),
  duration: fc.integer({ min: 5, max: 180 }),
  /** 1: a scheduled meeting; more: a daily recurring one with that many occurrences. */
  occurrences: fc.integer({ min: 1, max: 5 }),
})
const script = fc.option(
  fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 200 }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      )
      .map(([join, stay]) => ({
        joinOffsetMinutes: join,
        leaveOffsetMinutes: stay === undefined ? undefined : join + stay,
      })),
    { maxLength: 4 },
  ),
  { nil: undefined },
)
/** Instants within the meetings' days, forwards and backwards, at any millisecond. */
const moves = fc.array(
  fc.integer({ min: 0, max: 8 * DAY }).map((ms) => T0 + ms),
  { minLength: 1, maxLength: 12 },
)

describe('meetings that happen', () => {
  test.prop([meeting, script, moves], { numRuns: 60 })(
    'every instance is one of its occurrences, once, ended when the clock has passed its end; every participant lies within its instance',
    async ({ startsIn, duration, occurrences }, attendance, instants) => {
      const { emulator, client, store } = zoomFixture()
      const start = T0 + startsIn
      const body = {
        start_time: gmt(start),
        duration,
        ...(occurrences === 1
          ? { type: 2 as const }
          : {
              type: 8 as const,
              recurrence: { type: 1 as const, repeat_interval: 1, end_times: occurrences },
            }),
      }
      const { data } = await client.meetings.create('demo-host', body)
      const id = String(data?.id)
      if (attendance)
        emulator.zoom.attendance(
          id,
          attendance.map((a, i) => ({
            name: `P${i}`,
            email: `p${i}@example.com`,
            joinOffsetMinutes: a.joinOffsetMinutes,
            ...(a.leaveOffsetMinutes === undefined ? {} : { leaveOffsetMinutes: a.leaveOffsetMinutes }),
          })),
        )
      let latest = T0
      for (const instant of instants) {
        emulator.setClock({ now: new Date(instant).toISOString() })
        latest = Math.max(latest, instant)
        if (instant % 3 === 0) await client.meetings.get(id)
      }
      emulator.worlds.defaultWorld.settle()
      latest = Math.max(latest, emulator.clock.now())

      const starts = Array.from({ length: occurrences }, (_, k) => start + k * DAY)
      const instances = [...store().instances.values()].filter((i) => String(i.id) === id)
      const happened = starts.filter((s) => Math.floor(s / 1000) * 1000 <= latest)
      expect(instances.map((i) => Date.parse(i.start_time)).sort((a, b) => a - b)).toEqual(
        happened.map((s) => Math.floor(s / 1000) * 1000),
      )
      expect(new Set(instances.map((i) => i.occurrence_id)).size).toBe(instances.length)
      for (const instance of instances) {
        const occurrence = Date.parse(instance.start_time)
        expect(instance.occurrence_id).toBe(
          String(starts.find((s) => Math.floor(s / 1000) * 1000 === occurrence)),
        )
        const end = occurrence + duration * MINUTE
        expect(instance.end_time === undefined ? undefined : Date.parse(instance.end_time)).toBe(
          end <= latest ? end : undefined,
        )
        expectParticipantsWithin(instance, [...store().participants.values()])
      }
    },
  )
})

function expectParticipantsWithin(
  instance: ZoomInstance,
  participants: { instance: string; join_time: string; leave_time?: string }[],
) {
  const start = Date.parse(instance.start_time)
  const end = instance.end_time === undefined ? Number.POSITIVE_INFINITY : Date.parse(instance.end_time)
  for (const p of participants.filter((p) => p.instance === instance.uuid)) {
    const join = Date.parse(p.join_time)
    expect(join).toBeGreaterThanOrEqual(start)
    expect(join).toBeLessThan(end)
    if (p.leave_time !== undefined) {
      expect(Date.parse(p.leave_time)).toBeGreaterThan(join)
      expect(Date.parse(p.leave_time)).toBeLessThanOrEqual(end)
    } else expect(instance.end_time).toBeUndefined()
  }
}
