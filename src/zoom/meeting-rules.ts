/** @module Zoom's create/update meeting rules, pure: field checks of a body and the meeting's resolved schedule. */
import type { components } from '../generated/zoom.js'
import {
  type FieldError,
  MAX_OCCURRENCES,
  occurrenceStarts,
  type Recurrence,
  recurrenceErrors,
} from './recurrence.js'
import { formatGmt, isIanaTimeZone, parseStartTime } from './time.js'

export type { FieldError } from './recurrence.js'
export type MeetingBody = components['schemas']['MeetingCreate']
export type MeetingSettingsInput = components['schemas']['MeetingSettingsInput']
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export const MEETING_LIMITS = { topic: 200, agenda: 2000, password: 10, duration: 1440 } as const
export const PASSWORD_CHARACTERS = /^[A-Za-z0-9@_*-]*$/

const BOOLEAN_SETTINGS = [
  'host_video',
  'participant_video',
  'join_before_host',
  'mute_upon_entry',
  'waiting_room',
  'meeting_authentication',
  'watermark',
  'use_pmi',
  'enforce_login',
  'registrants_email_notification',
  'close_registration',
  'cn_meeting',
  'in_meeting',
  'private_meeting',
  'email_notification',
  'host_save_video_order',
  'show_share_button',
  'allow_multiple_devices',
] as const
const STRING_SETTINGS = ['alternative_hosts', 'authentication_option', 'authentication_domains'] as const
const ENUM_SETTINGS: Record<string, readonly unknown[]> = {
  jbh_time: [0, 5, 10, 15],
  approval_type: [0, 1, 2],
  audio: ['both', 'telephony', 'voip', 'thirdParty'],
  auto_recording: ['local', 'cloud', 'none'],
  encryption_type: ['enhanced_encryption', 'e2ee'],
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

function settingsErrors(settings: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = []
  const fail = (name: string) => errors.push({ field: `settings.${name}`, message: 'Invalid field.' })
  for (const name of BOOLEAN_SETTINGS)
    if (settings[name] !== undefined && typeof settings[name] !== 'boolean') fail(name)
  for (const name of STRING_SETTINGS)
    if (settings[name] !== undefined && typeof settings[name] !== 'string') fail(name)
  for (const [name, allowed] of Object.entries(ENUM_SETTINGS))
    if (settings[name] !== undefined && !allowed.includes(settings[name])) fail(name)
  const chat = settings.continuous_meeting_chat
  if (
    chat !== undefined &&
    !(isObject(chat) && (chat.enable === undefined || typeof chat.enable === 'boolean'))
  )
    fail('continuous_meeting_chat')
  return errors
}

/**
 * Checks each field of a create or update body on its own; unknown fields are ignored, as Zoom
 * does. Cross-field rules (recurrence against type, start time against zone) are `resolveSchedule`'s.
 */
export function checkMeetingBody(body: unknown): Checked<MeetingBody> {
  if (!isObject(body))
    return { ok: false, errors: [{ field: 'body', message: 'Request Body should be a valid JSON object.' }] }
  const errors: FieldError[] = []
  const fail = (field: string, message = 'Invalid field.') => errors.push({ field, message })
  const { topic, type, start_time, duration, timezone, agenda, password } = body
  if (topic !== undefined && typeof topic !== 'string') fail('topic')
  else if (typeof topic === 'string' && topic.length > MEETING_LIMITS.topic)
    fail('topic', `Topic cannot exceed ${MEETING_LIMITS.topic} characters.`)
  if (type !== undefined && ![1, 2, 3, 8].includes(type as number)) fail('type', 'Invalid meeting type.')
  if (
    start_time !== undefined &&
    (typeof start_time !== 'string' || parseStartTime(start_time, 'UTC') === undefined)
  )
    fail(
      'start_time',
      "Invalid start time. Use yyyy-MM-dd'T'HH:mm:ss'Z' (GMT) or yyyy-MM-dd'T'HH:mm:ss with timezone.",
    )
  if (duration !== undefined && !(isInt(duration) && duration >= 0 && duration <= MEETING_LIMITS.duration))
    fail('duration', `Duration must be a whole number of minutes from 0 to ${MEETING_LIMITS.duration}.`)
  if (timezone !== undefined && !(typeof timezone === 'string' && isIanaTimeZone(timezone)))
    fail('timezone', 'Invalid timezone.')
  if (agenda !== undefined && typeof agenda !== 'string') fail('agenda')
  else if (typeof agenda === 'string' && agenda.length > MEETING_LIMITS.agenda)
    fail('agenda', `Agenda cannot exceed ${MEETING_LIMITS.agenda} characters.`)
  if (password !== undefined && typeof password !== 'string') fail('password')
  else if (typeof password === 'string' && password.length > MEETING_LIMITS.password)
    fail('password', `Password can only have a maximum length of ${MEETING_LIMITS.password} characters.`)
  else if (typeof password === 'string' && !PASSWORD_CHARACTERS.test(password))
    fail('password', 'Password may only contain the following characters: [a-z A-Z 0-9 @ - _ *].')
  for (const flag of ['pre_schedule', 'default_password'] as const)
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') fail(flag)
  if (body.schedule_for !== undefined && typeof body.schedule_for !== 'string') fail('schedule_for')
  if (body.settings !== undefined) {
    if (isObject(body.settings)) errors.push(...settingsErrors(body.settings))
    else fail('settings')
  }
  if (body.recurrence !== undefined) errors.push(...recurrenceErrors(body.recurrence))
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body as MeetingBody }
}

export interface ScheduleInput {
  type: 1 | 2 | 3 | 8
  /** As sent (GMT or local) when `startTimeSent`, else as stored (GMT). */
  start_time?: string
  startTimeSent: boolean
  timezone: string
  recurrence?: Recurrence
}

export interface Schedule {
  type: 1 | 2 | 3 | 8
  /** GMT; absent for type 3. */
  start_time?: string
  timezone: string
  recurrence?: Recurrence
  /** Type 8 only: the occurrence start instants. */
  occurrenceStarts?: number[]
}

/**
 * When the meeting happens: type 1 starts now; type 2 and 8 at `start_time`, or now when a sent
 * time is missing or past; type 3 has no time. Type 8 needs a recurrence with 1–60 occurrences.
 */
export function resolveSchedule(input: ScheduleInput, now: number): Checked<Schedule> {
  const { type, timezone, recurrence } = input
  const nowSeconds = Math.floor(now / 1000) * 1000
  if (type === 3) return { ok: true, value: { type, timezone, ...(recurrence ? { recurrence } : {}) } }
  let start = input.start_time === undefined ? undefined : parseStartTime(input.start_time, timezone)
  if (type === 1 || start === undefined || (input.startTimeSent && start < nowSeconds)) start = nowSeconds
  if (type !== 8) return { ok: true, value: { type, start_time: formatGmt(start), timezone } }
  if (!recurrence)
    return {
      ok: false,
      errors: [{ field: 'recurrence', message: 'Recurrence is required for a type 8 meeting.' }],
    }
  const starts = occurrenceStarts(start, timezone, recurrence)
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
