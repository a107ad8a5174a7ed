/** @module Properties of zone arithmetic: the wall clock from kept offsets (TimeZones) agrees with Intl at every instant, transitions included. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { localDateTime } from '../../mock/services/lti-pro/listing.js'
import { fromLocal, TimeZones, toLocal } from '../../src/zoom/time.js'

const ZONES = [
  'UTC',
  'Asia/Singapore',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Africa/Monrovia',
] as const

const intlWallTime = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .format(ms)
    .replace(', ', ' ')

const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
/** Instants within a day of a DST change in New York or London (March and late October/November). */
const nearTransition = fc
  .tuple(
    fc.integer({ min: 1990, max: 2040 }),
    fc.constantFrom(2, 9, 10),
    fc.integer({ min: 0, max: 31 * 86_400_000 }),
  )
  .map(([year, month, offset]) => Date.UTC(year, month, 1) + offset)

test.prop([fc.oneof(instant, nearTransition), fc.constantFrom(...ZONES)], { numRuns: 500 })(
  'the wall time of an instant in a zone is what Intl says it is',
  (ms, zone) => {
    expect(localDateTime(ms, zone)).toBe(intlWallTime(ms, zone))
  },
)

/** Kept across every run, as a world keeps its own: what one run reads of a zone serves the next. */
const kept = new TimeZones()

test.prop(
  [fc.array(fc.oneof(instant, nearTransition), { minLength: 1, maxLength: 20 }), fc.constantFrom(...ZONES)],
  {
    numRuns: 200,
  },
)('with one TimeZones kept across calls, every wall time is still what Intl says it is', (instants, zone) => {
  for (const ms of instants) expect(localDateTime(ms, zone, kept)).toBe(intlWallTime(ms, zone))
})

test.prop([fc.oneof(instant, nearTransition), fc.constantFrom(...ZONES)], { numRuns: 300 })(
  'fromLocal inverts toLocal, to the second, outside DST gaps and overlaps',
  (ms, zone) => {
    const second = Math.floor(ms / 1000) * 1000
    const back = fromLocal(toLocal(second, zone), zone)
    expect(toLocal(back, zone)).toEqual(toLocal(second, zone))
  },
)
