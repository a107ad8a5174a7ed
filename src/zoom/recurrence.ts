/** @module Recurrence of type 8 meetings: checking a `recurrence` object and computing its occurrences. */
import type { components } from '../generated/zoom.js'
import { daysInMonth, fromLocal, type LocalDateTime, TimeZones, toLocal, utcMs, weekday } from './time.js'

export type Recurrence = components['schemas']['Recurrence']
export type Occurrence = components['schemas']['Occurrence']
export interface FieldError {
  field: string
  message: string
}

export const MAX_OCCURRENCES = 60
/** Zoom's ceilings for `repeat_interval`: 99 days, 50 weeks, 10 months. */
const MAX_INTERVAL = { 1: 99, 2: 50, 3: 10 } as const
const WEEKLY_DAYS = /^[1-7](,[1-7])*$/
const GMT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

/** The field errors of a `recurrence` value; empty when Zoom would accept it. */
export function recurrenceErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = []
  const fail = (name: string, message: string) => errors.push({ field: `recurrence.${name}`, message })
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ field: 'recurrence', message: 'Invalid field.' }]
  const r = value as Record<string, unknown>
  if (r.type !== 1 && r.type !== 2 && r.type !== 3)
    return [{ field: 'recurrence.type', message: 'Invalid field.' }]
  const max = MAX_INTERVAL[r.type]
  if (r.repeat_interval !== undefined && !(isInt(r.repeat_interval) && r.repeat_interval >= 1))
    fail('repeat_interval', 'Invalid field.')
  else if (isInt(r.repeat_interval) && r.repeat_interval > max)
    fail('repeat_interval', `The maximum repeat interval for this recurrence type is ${max}.`)
  if (r.weekly_days !== undefined && !(typeof r.weekly_days === 'string' && WEEKLY_DAYS.test(r.weekly_days)))
    fail('weekly_days', 'Invalid field.')
  if (r.type === 2 && r.weekly_days === undefined) fail('weekly_days', 'Weekly days is required.')
  if (r.monthly_day !== undefined && !(isInt(r.monthly_day) && r.monthly_day >= 1 && r.monthly_day <= 31))
    fail('monthly_day', 'Invalid field.')
  if (r.monthly_week !== undefined && ![-1, 1, 2, 3, 4].includes(r.monthly_week as number))
    fail('monthly_week', 'Invalid field.')
  if (
    r.monthly_week_day !== undefined &&
    !(isInt(r.monthly_week_day) && r.monthly_week_day >= 1 && r.monthly_week_day <= 7)
  )
    fail('monthly_week_day', 'Invalid field.')
  if (
    r.type === 3 &&
    r.monthly_day === undefined &&
    (r.monthly_week === undefined || r.monthly_week_day === undefined)
  )
    fail('monthly_day', 'Monthly day, or monthly week and monthly week day, is required.')
  if (
    r.end_times !== undefined &&
    !(isInt(r.end_times) && r.end_times >= 1 && r.end_times <= MAX_OCCURRENCES)
  )
    fail('end_times', `The maximum number of occurrences is ${MAX_OCCURRENCES}.`)
  if (r.end_date_time !== undefined) {
    if (
      !(
        typeof r.end_date_time === 'string' &&
        GMT_DATE_TIME.test(r.end_date_time) &&
        !Number.isNaN(Date.parse(r.end_date_time))
      )
    )
      fail('end_date_time', 'Invalid field.')
    else if (r.end_times !== undefined)
      fail('end_date_time', 'end_times and end_date_time cannot be used together.')
  }
  return errors
}

const addDays = (t: LocalDateTime, days: number): LocalDateTime => {
  const d = new Date(utcMs(t.year, t.month - 1, t.day + days))
  return { ...t, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

const addMonths = (t: LocalDateTime, months: number): { year: number; month: number } => {
  const index = t.year * 12 + (t.month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The day of the n-th (or last, n = -1) given weekday (1 = Sunday) of a month. */
const nthWeekday = (year: number, month: number, n: number, dayOfWeek: number): number => {
  const last = daysInMonth(year, month)
  if (n === -1) return last - ((weekday(year, month, last) - (dayOfWeek - 1) + 7) % 7)
  return 1 + ((dayOfWeek - 1 - weekday(year, month, 1) + 7) % 7) + (n - 1) * 7
}

/** Candidate local dates in order, from the first period on; some may precede the start. */
function* candidates(start: LocalDateTime, r: Recurrence): Generator<LocalDateTime> {
  const interval = r.repeat_interval ?? 1
  if (r.type === 1) for (let k = 0; ; k++) yield addDays(start, k * interval)
  if (r.type === 2) {
    const days = [...new Set((r.weekly_days ?? '').split(',').map(Number))].sort((a, b) => a - b)
    const sunday = addDays(start, -weekday(start.year, start.month, start.day))
    for (let w = 0; ; w++) for (const d of days) yield addDays(sunday, w * 7 * interval + d - 1)
  }
  for (let m = 0; ; m++) {
    const { year, month } = addMonths(start, m * interval)
    const day =
      r.monthly_day !== undefined
        ? Math.min(r.monthly_day, daysInMonth(year, month))
        : nthWeekday(year, month, r.monthly_week ?? 1, r.monthly_week_day ?? 1)
    yield { ...start, year, month, day }
  }
}

/**
 * Occurrence start instants of a valid recurrence beginning at `startMs` in `timeZone`, at the
 * start's wall-clock time. Stops after `MAX_OCCURRENCES + 1`, so that too many can be told apart.
 */
export function occurrenceStarts(
  startMs: number,
  timeZone: string,
  r: Recurrence,
  zones = new TimeZones(),
): number[] {
  const start = toLocal(startMs, timeZone, zones)
  const endMs = r.end_date_time === undefined ? Number.POSITIVE_INFINITY : Date.parse(r.end_date_time)
  const count = r.end_date_time === undefined ? (r.end_times ?? 1) : MAX_OCCURRENCES + 1
  const starts: number[] = []
  for (const local of candidates(start, r)) {
    const at = fromLocal(local, timeZone, zones)
    if (at < startMs) continue
    if (at > endMs || starts.length >= count) break
    starts.push(at)
  }
  return starts
}

export const toOccurrences = (starts: number[], duration: number): Occurrence[] =>
  starts.map((at) => ({
    occurrence_id: String(at),
    start_time: `${new Date(at).toISOString().slice(0, 19)}Z`,
    duration,
    status: 'available',
  }))
