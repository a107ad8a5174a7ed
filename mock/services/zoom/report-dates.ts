/** @module The date range of Zoom's reports and dashboard metrics: `from`/`to` days (UTC), at most one month long, starting within the last six months. */
import { daysInMonth, utcMs } from '../../../src/zoom/time.js'
import { invalidDateRange } from './errors.js'
import type { ListQuery } from './pagination.js'

const DAY_MS = 86_400_000

export const DATE_RANGE_MESSAGES = {
  toBeforeFrom: 'The to date must not be earlier than the from date.',
  longerThanAMonth: 'The date range must not be longer than one month.',
  tooFarBack: 'Only provide report in recent 6 months.',
} as const

/** A list over a date range: its days (checked by reportRange) and its paging. */
export interface ReportRequest<F extends Record<string, string>> extends ListQuery<F> {
  from: string
  to: string
}

/** The days `from` to `to` (both included) as instants: `[startMs, endMs)`. */
export interface DateRange {
  from: string
  to: string
  startMs: number
  endMs: number
}

const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** The same day `months` calendar months later (or earlier), on the month's last day when it has fewer days. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms)
  const month = date.getUTCMonth() + months
  const year = date.getUTCFullYear() + Math.floor(month / 12)
  const inYear = ((month % 12) + 12) % 12
  return utcMs(year, inYear, Math.min(date.getUTCDate(), daysInMonth(year, inYear + 1)))
}

/**
 * The range of `from` and `to` (yyyy-mm-dd, which the contract has checked), or Zoom's 400/300
 * when `to` is before `from`, `to` is more than a calendar month after `from`, or `from` is before
 * the day six months before today (the emulator clock's UTC day).
 */
export function reportRange(from: string, to: string, now: number): DateRange {
  const startMs = dayStart(from)
  const lastDay = dayStart(to)
  if (lastDay < startMs) throw invalidDateRange(DATE_RANGE_MESSAGES.toBeforeFrom)
  if (lastDay > addMonths(startMs, 1)) throw invalidDateRange(DATE_RANGE_MESSAGES.longerThanAMonth)
  const today = Math.floor(now / DAY_MS) * DAY_MS
  if (startMs < addMonths(today, -6)) throw invalidDateRange(DATE_RANGE_MESSAGES.tooFarBack)
  return { from, to, startMs, endMs: lastDay + DAY_MS }
}

/** Whether an instant lies within the range's days. */
export const inRange = (range: DateRange, ms: number) => ms >= range.startMs && ms < range.endMs

/** Zoom keeps participant reports of instances for a year: whether `startMs` is older than that. */
export const olderThanAYear = (startMs: number, now: number) => startMs < addMonths(now, -12)
