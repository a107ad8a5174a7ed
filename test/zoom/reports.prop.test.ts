/** @module Zoom report properties: for any past instances and joins, the participants report lists exactly the scripted joins, totals are their sums, and ranges filter by start. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { T0 } from '../helpers.js'
import { ADMIN, guest, type Happening, HOST, type Join, putHappenings } from './happened.js'
import { zoomFixture } from './support.js'

const MINUTE = 60_000
const DAY = 1440 * MINUTE
const PEOPLE = [HOST, ADMIN, guest(1), guest(2)]
const HOSTS = [HOST.userId, ADMIN.userId]
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

const join = (minutes: number): fc.Arbitrary<Join> =>
  fc
    .record({ who: fc.integer({ min: 0, max: PEOPLE.length - 1 }), a: fc.nat(minutes), b: fc.nat(minutes) })
    .map(({ who, a, b }) => ({
      ...(PEOPLE[who] ?? HOST),
      joinMinute: Math.min(a, b),
      leaveMinute: Math.max(a, b),
    }))

/** Ended instances of either host, within the last 40 days, each with up to five joins. */
const happenings: fc.Arbitrary<Happening[]> = fc
  .array(
    fc
      .record({
        host: fc.integer({ min: 0, max: 1 }),
        minutes: fc.integer({ min: 1, max: 180 }),
        ago: fc.integer({ min: 200, max: 40 * 1440 }),
      })
      .chain(({ host, minutes, ago }) =>
        fc.array(join(minutes), { maxLength: 5 }).map((joins) => ({ host, minutes, ago, joins })),
      ),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows) =>
    rows.map(({ host, minutes, ago, joins }, i) => ({
      uuid: `prop${i}`.padEnd(22, 'x').concat('=='),
      id: 81000000100 + i,
      hostId: HOSTS[host] ?? HOST.userId,
      start: T0 - ago * MINUTE,
      minutes,
      joins,
    })),
  )

/** A range of at most four weeks, starting within the last 45 days. */
const range = fc
  .record({ back: fc.integer({ min: 0, max: 45 }), days: fc.integer({ min: 0, max: 27 }) })
  .map(({ back, days }) => {
    const from = Math.floor(T0 / DAY) * DAY - back * DAY
    return { from: day(from), to: day(from + days * DAY), startMs: from, endMs: from + (days + 1) * DAY }
  })

const seconds = (j: Join) => ((j.leaveMinute ?? 0) - j.joinMinute) * 60
const totalMinutes = (h: Happening) => Math.round(h.joins.reduce((sum, j) => sum + seconds(j), 0) / 60)

describe('Zoom report properties', () => {
  test.prop([happenings], { numRuns: 25 })(
    'the participants report of each instance lists exactly its scripted joins, with their seconds',
    async (scripted) => {
      const { emulator, client } = zoomFixture()
      await putHappenings(emulator, scripted)
      for (const h of scripted) {
        const listed = []
        for await (const page of client.reports.meetingParticipantPages(h.uuid, { page_size: 2 }))
          listed.push(...(page.data?.participants ?? []))
        const got = listed.map((p) => [
          p.user_email,
          Date.parse(p.join_time),
          Date.parse(p.leave_time),
          p.duration,
        ])
        const expected = h.joins.map((j) => [
          j.email,
          h.start + j.joinMinute * MINUTE,
          h.start + (j.leaveMinute ?? 0) * MINUTE,
          seconds(j),
        ])
        const order = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort()
        expect(order(got)).toEqual(order(expected))
      }
    },
  )

  test.prop([happenings, range], { numRuns: 25 })(
    "the hosts report counts exactly the instances that started in the range, and its totals are the instances' sums",
    async (scripted, within) => {
      const { emulator, client } = zoomFixture()
      await putHappenings(emulator, scripted)
      const { data, error } = await client.reports.users({ from: within.from, to: within.to, page_size: 300 })
      expect(error).toBeUndefined()
      const inRange = scripted.filter((h) => h.start >= within.startMs && h.start < within.endMs)
      for (const hostId of HOSTS) {
        const hosted = inRange.filter((h) => h.hostId === hostId)
        const row = data?.users.find((u) => u.id === hostId)
        if (hosted.length === 0) expect(row).toBeUndefined()
        else
          expect(row).toMatchObject({
            meetings: hosted.length,
            participants: hosted.reduce((sum, h) => sum + h.joins.length, 0),
            meeting_minutes: hosted.reduce((sum, h) => sum + totalMinutes(h), 0),
          })
      }
      const users = data?.users ?? []
      expect(data?.total_meetings).toBe(users.reduce((sum, u) => sum + u.meetings, 0))
      expect(data?.total_participants).toBe(users.reduce((sum, u) => sum + u.participants, 0))
      expect(data?.total_meeting_minutes).toBe(users.reduce((sum, u) => sum + u.meeting_minutes, 0))
    },
  )

  test.prop([happenings, range], { numRuns: 25 })(
    "the meetings report's pastJoined lists each instance the user hosted or joined that started in the range, once, with its totals",
    async (scripted, within) => {
      const { emulator, client } = zoomFixture()
      await putHappenings(emulator, scripted)
      const { data } = await client.reports.meetings(HOST.userId, {
        from: within.from,
        to: within.to,
        type: 'pastJoined',
        page_size: 300,
      })
      const expected = scripted.filter(
        (h) =>
          h.start >= within.startMs &&
          h.start < within.endMs &&
          (h.hostId === HOST.userId || h.joins.some((j) => j.email === HOST.email)),
      )
      expect(data?.meetings.map((m) => m.uuid).sort()).toEqual(expected.map((h) => h.uuid).sort())
      for (const h of expected)
        expect(data?.meetings.find((m) => m.uuid === h.uuid)).toMatchObject({
          participants_count: h.joins.length,
          total_minutes: totalMinutes(h),
          duration: h.minutes,
        })
    },
  )
})
