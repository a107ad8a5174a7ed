/** @module Zoom's create/update meeting rules, pure: the checks beyond the contract's schema, and the meeting's resolved schedule. */
import type { components } from '../generated/zoom.js'
import {
  type FieldError,
  MAX_OCCURRENCES,
  occurrenceStarts,
  type Recurrence,
  recurrenceErrors,
} from './recurrence.js'
import { formatGmt, isIanaTimeZone, parseStartTime, TimeZones } from './time.js'

export type { FieldError } from './recurrence.js'
/** A value with every `null` field left out, at any depth: what a body means once null is read as "not set". */
export type WithoutNulls<T> = T extends readonly (infer Item)[]
  ? WithoutNulls<Item>[]
  : T extends object
    ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> }
    : T
/** A create or update body as the contract accepts it: any optional field may be sent as null. */
export type MeetingBodySent = components['schemas']['MeetingCreate']
export type MeetingBody = WithoutNulls<MeetingBodySent>
export type MeetingSettingsInput = WithoutNulls<components['schemas']['MeetingSettingsInput']>
export type MeetingType = NonNullable<MeetingBody['type']>
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export const START_TIME_MESSAGE =
  "Invalid start time. Use yyyy-MM-dd'T'HH:mm:ss'Z' (GMT) or yyyy-MM-dd'T'HH:mm:ss with timezone."

/** `value` with the fields sent as null left out, at any depth (Zoom reads a null as "not set"). */
export function withoutNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map(withoutNulls) as WithoutNulls<T>
  if (typeof value !== 'object' || value === null) return value as WithoutNulls<T>
  const kept = Object.entries(value).filter(([, field]) => field !== null)
  return Object.fromEntries(kept.map(([key, field]) => [key, withoutNulls(field)])) as WithoutNulls<T>
}

/**
 * What the contract's MeetingCreate schema cannot say, for a body it has accepted: the start time
 * is a real instant, the timezone an IANA zone, the recurrence consistent with its type. Cross-field
 * rules (recurrence against meeting type, start time against zone) are `resolveSchedule`'s.
 */
export function meetingBodyErrors(
  body: Pick<MeetingBody, 'start_time' | 'timezone' | 'recurrence'>,
  zones = new TimeZones(),
): FieldError[] {
  const errors: FieldError[] = []
  if (body.start_time !== undefined && parseStartTime(body.start_time, 'UTC', zones) === undefined)
    errors.push({
      field: 'start_time',
      message: START_TIME_MESSAGE,
    })
  if (body.timezone !== undefined && !isIanaTimeZone(body.timezone))
    errors.push({ field: 'timezone', message: 'Invalid timezone.' })
  if (body.recurrence !== undefined) errors.push(...recurrenceErrors(body.recurrence))
  return errors
}

export interface ScheduleInput {
  type: MeetingType
  /** As sent (GMT or local) when `startTimeSent`, else as stored (GMT). */
  start_time?: string
  startTimeSent: boolean
  timezone: string
  recurrence?: Recurrence
}

export interface Schedule {
  type: MeetingType
  /** GMT; absent for type 3. */
  start_time?: string
  timezone: string
  recurrence?: Recurrence
  /** Type 8 only: the occurrence start instants. */
  occurrenceStarts?: number[]
}

/**
 * When the meeting happens: type 1 starts now; type 2, 10 and 8 at `start_time`, or now when a sent
 * time is missing or past; type 3 has no time. Type 8 needs a recurrence with 1–60 occurrences.
 */
export function resolveSchedule(
  input: ScheduleInput,
  now: number,
  zones = new TimeZones(),
): Checked<Schedule> {
  const { type, timezone, recurrence } = input
  const nowSeconds = Math.floor(now / 1000) * 1000
  if (type === 3) return { ok: true, value: { type, timezone, ...(recurrence ? { recurrence } : {}) } }
  let start = input.start_time === undefined ? undefined : parseStartTime(input.start_time, timezone, zones)
  if (type === 1 || start === undefined || (input.startTimeSent && start < nowSeconds)) start = nowSeconds
  if (type !== 8) return { ok: true, value: { type, start_time: formatGmt(start), timezone } }
  if (!recurrence)
    return {
      ok: false,
      errors: [{ field: 'recurrence', message: 'Recurrence is required for a type 8 meeting.' }],
    }
  const starts = occurrenceStarts(start, timezone, recurrence, zones)
  if (starts.length === 0 || starts.length > MAX_OCCURRENCES)
    return {
      ok: false,
      errors: [
        {
          field: 'recurrence.end_date_time',
          message: `A recurring meeting must have from 1 to ${MAX_OCCURRENCES} occurrences.`,
        },
      ],
    }
  return {
    ok: true,
    value: { type, start_time: formatGmt(start), timezone, recurrence, occurrenceStarts: starts },
  }
}
