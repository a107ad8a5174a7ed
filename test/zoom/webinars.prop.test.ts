/** @module Properties: a webinar and a meeting from the same schedule happen at the same times; registrant statuses move only as the actions allow. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'

const gmt = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`
const local = (ms: number) => gmt(ms).slice(0, 19)

const recurrence = fc.oneof(
  fc.record({
    type: fc.constant(1 as const),
    repeat_interval: fc.integer({ min: 1, max: 5 }),
    end_times: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    type: fc.constant(2 as const),
    weekly_days: fc
      .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
      .map((d) => d.sort().join(',')),
    end_times: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    type: fc.constant(3 as const),
    monthly_day: fc.integer({ min: 1, max: 31 }),
    end_times: fc.integer({ min: 1, max: 12 }),
  }),
)

/** A schedule: once (meeting type 2, webinar 5), recurring without a fixed time (3, 6) or with one (8, 9). */
const schedule = fc.record({
  kind: fc.constantFrom('once' as const, 'floating' as const, 'recurring' as const),
  start: fc.integer({ min: T0 - 86_400_000, max: T0 + 365 * 86_400_000 }),
  startAsLocal: fc.boolean(),
  timezone: fc.constantFrom('UTC', 'Asia/Singapore', 'America/New_York', 'Europe/London', 'Australia/Sydney'),
  duration: fc.integer({ min: 1, max: 1440 }),
  recurrence,
})

const TYPES = { once: [2, 5], floating: [3, 6], recurring: [8, 9] } as const

type Status = 'approved' | 'pending' | 'denied'
/** What the README states each action does: approve (pending, denied), deny (pending, approved), cancel removes (pending, approved). */
function after(status: Status | null, act: 'approve' | 'deny' | 'cancel'): Status | null {
  if (status === null) return null
  if (act === 'approve') return status === 'approved' ? status : 'approved'
  if (act === 'deny') return status === 'denied' ? status : 'denied'
  return status === 'denied' ? status : null
}

const action = fc.constantFrom('approve' as const, 'deny' as const, 'cancel' as const)

describe('Zoom webinar properties', () => {
  test.prop([schedule], { numRuns: 60 })(
    'for any valid schedule, a webinar and a meeting created from it have the same start and occurrences',
    async ({ kind, start, startAsLocal, timezone, duration, recurrence }) => {
      const { client } = zoomFixture()
      const [meetingType, webinarType] = TYPES[kind]
      const body = {
        start_time: startAsLocal ? local(start) : gmt(start),
        timezone,
        duration,
        ...(kind === 'recurring' ? { recurrence } : {}),
      }
      const meeting = await client.meetings.create('demo-host', { ...body, type: meetingType })
      const webinar = await client.webinars.create('demo-host', { ...body, type: webinarType })
      expect(webinar.error).toEqual(meeting.error)
      expect(webinar.data?.start_time).toEqual(meeting.data?.start_time)
      expect(webinar.data?.timezone).toEqual(meeting.data?.timezone)
      expect(webinar.data?.occurrences).toEqual(meeting.data?.occurrences)
    },
  )

  test.prop([fc.constantFrom(0 as const, 1 as const), fc.array(action, { maxLength: 8 })], { numRuns: 40 })(
    'a registrant moves only as each action allows from its status, and lives in exactly the list of its status until cancelled',
    async (approvalType, actions) => {
      const { client } = zoomFixture()
      const { data } = await client.meetings.create('demo-host', {
        settings: { approval_type: approvalType },
      })
      const id = data?.id ?? 0
      await client.registrants.meetings.add(id, { email: 'p@example.edu', first_name: 'P' })
      let expected: Status | null = approvalType === 0 ? 'approved' : 'pending'
      for (const act of actions) {
        const result = await client.registrants.meetings.updateStatus(id, {
          action: act,
          registrants: [{ email: 'p@example.edu' }],
        })
        expect(result.response?.status).toBe(204)
        expected = after(expected, act)
        for (const status of ['approved', 'pending', 'denied'] as const) {
          const listed = (await client.registrants.meetings.list(id, { status })).data?.total_records
          expect(listed).toBe(status === expected ? 1 : 0)
        }
      }
    },
  )
})
