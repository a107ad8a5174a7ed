/** @module Properties of Zoom meetings: create-then-get, invalid bodies change nothing, pages partition the list. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { MeetingBody } from '../../src/zoom/meeting-rules.js'
import { T0 } from '../helpers.js'
import { zoomFixture } from './support.js'

const gmt = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`
const passwordChar = fc.constantFrom(...'abcXYZ0189@-_*!#$')

const validBody: fc.Arbitrary<MeetingBody> = fc.record(
  {
    topic: fc.string({ maxLength: 200 }),
    type: fc.constantFrom(2 as const, 3 as const),
    start_time: fc.integer({ min: T0 + 60_000, max: T0 + 365 * 86_400_000 }).map(gmt),
    duration: fc.integer({ min: 1, max: 1440 }),
    timezone: fc.constantFrom('UTC', 'Asia/Singapore', 'America/New_York', 'Europe/London'),
    agenda: fc.string({ maxLength: 2000 }),
    password: fc.string({ unit: passwordChar, maxLength: 10 }),
    pre_schedule: fc.boolean(),
    settings: fc.record(
      {
        host_video: fc.boolean(),
        waiting_room: fc.boolean(),
        approval_type: fc.constantFrom(0 as const, 1 as const, 2 as const),
        audio: fc.constantFrom('both' as const, 'telephony' as const, 'voip' as const, 'thirdParty' as const),
        auto_recording: fc.constantFrom('local' as const, 'cloud' as const, 'none' as const),
        alternative_hosts: fc.constantFrom('', 'admin@example.edu'),
        meeting_authentication: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

/** One field made invalid, and the field Zoom must name. */
const invalidField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.string({ minLength: 201, maxLength: 260 }).map((v) => ['topic', v] as [string, unknown]),
  fc.string({ minLength: 2001, maxLength: 2100 }).map((v) => ['agenda', v] as [string, unknown]),
  fc
    .integer()
    .filter((t) => ![1, 2, 3, 8, 10].includes(t))
    .map((v) => ['type', v] as [string, unknown]),
  fc
    .oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 1441 }),
      // Finite: JSON has no Infinity or NaN (JSON.stringify sends null, which means "not set").
      fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
      fc.constant('60'),
    )
    .map((v) => ['duration', v] as [string, unknown]),
  fc
    .string({ unit: passwordChar, minLength: 11, maxLength: 20 })
    .map((v) => ['password', v] as [string, unknown]),
  fc.constantFrom('pass word', 'p\t1', 'é', 'abc€').map((v) => ['password', v] as [string, unknown]),
  fc
    .constantFrom(
      '2026-13-01T00:00:00Z',
      '2026-02-30T10:00:00',
      '2026/12/01 10:00',
      'tomorrow',
      '2026-12-01T10:00:00+08:00',
    )
    .map((v) => ['start_time', v] as [string, unknown]),
  fc
    .constantFrom('Mars/Olympus', 'GMT+8', '+08:00', '', 'Asia/Nowhere')
    .map((v) => ['timezone', v] as [string, unknown]),
  fc.constantFrom(1, 'yes', []).map((v) => ['settings.host_video', v] as [string, unknown]),
)

describe('Zoom meeting properties', () => {
  test.prop([validBody], { numRuns: 60 })(
    'for any valid body, create then get returns what was sent',
    async (body) => {
      const { client } = zoomFixture()
      const created = await client.meetings.create('demo-host', body)
      expect(created.error).toBeUndefined()
      const { data } = await client.meetings.get(created.data?.id ?? 0)
      const { settings, start_time, ...fields } = body
      expect(data).toMatchObject(fields)
      if (settings) expect(data?.settings).toMatchObject(settings)
      if ((body.type ?? 2) === 2 && start_time) expect(data?.start_time).toBe(start_time)
      expect(data).toEqual(created.data)
    },
  )

  test.prop([validBody, invalidField, fc.boolean()], { numRuns: 60 })(
    'any body with an invalid field gets 400/300 naming it, and neither create nor update changes anything',
    async (body, [field, value], viaUpdate) => {
      const { client, store } = zoomFixture()
      const path = field.split('.')
      const invalid: Record<string, unknown> = { ...body }
      if (path.length === 2) invalid.settings = { ...body.settings, [path[1] as string]: value }
      else invalid[field] = value
      const before = JSON.stringify([...store().meetings.entries()])
      const result = viaUpdate
        ? await client.meetings.update(81000000001, invalid as MeetingBody)
        : await client.meetings.create('demo-host', invalid as MeetingBody)
      expect(result.error).toMatchObject({ status: 400, code: 300, message: 'Validation Failed.' })
      expect(result.error?.errors?.map((e) => e.field)).toContain(field)
      expect(JSON.stringify([...store().meetings.entries()])).toBe(before)
    },
  )

  test.prop(
    [
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom('scheduled' as const, 'upcoming' as const, 'previous_meetings' as const),
    ],
    { numRuns: 40 },
  )('the pages of any page size partition the whole list, in order', async (extra, pageSize, type) => {
    const { client } = zoomFixture()
    for (let i = 0; i < extra; i++)
      await client.meetings.create('demo-host', { start_time: gmt(T0 + (i % 4) * 3_600_000 + 60_000) })
    const whole = (await client.meetings.list('demo-host', { type, page_size: 300 })).data?.meetings.map(
      (m) => m.id,
    )
    const paged: number[] = []
    for await (const page of client.meetings.pages('demo-host', { type, page_size: pageSize })) {
      expect(page.error).toBeUndefined()
      expect(page.data?.meetings.length).toBeLessThanOrEqual(pageSize)
      paged.push(...(page.data?.meetings.map((m) => m.id) ?? []))
    }
    expect(paged).toEqual(whole)
  })
})
