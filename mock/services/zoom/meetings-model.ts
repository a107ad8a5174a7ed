/** @module Zoom meetings: create, read, update, delete and list, under the shared meeting rules and the daily limit. */
import { meetingNumber, meetingUuid, token } from '../../../src/ids.js'
import {
  type Checked,
  type MeetingBody,
  type MeetingBodySent,
  type MeetingType,
  meetingBodyErrors,
  resolveSchedule,
  type Schedule,
  withoutNulls,
} from '../../../src/zoom/meeting-rules.js'
import type { Recurrence } from '../../../src/zoom/recurrence.js'
import { formatGmt, type TimeZones } from '../../../src/zoom/time.js'
import { CLOCK_RANGE } from '../../core/clock.js'
import type { World } from '../../core/world.js'
import { meetingNotFound, validationFailed, ZoomError } from './errors.js'
import { endLiveInstances, settleHappenings, writeMeeting } from './happenings.js'
import { type ListType, listHostMeetings } from './meeting-list.js'
import { occurrenceStartsOf, timeZonesOf } from './meeting-view.js'
import type { ListQuery } from './pagination.js'
import { assertDailyMeetingWrite, countDailyMeetingWrite } from './rate-limit.js'
import { deleteRegistrantsOf } from './registrants-model.js'
import { defaultMeetingSettings, type ZoomMeeting, type ZoomState, type ZoomUser } from './state.js'
import { meetingDefaults, userSettingsOf } from './user-settings.js'
import type { ZoomUsers } from './users-model.js'
import { meetingCreated, meetingDeleted, meetingUpdated } from './webhooks/events.js'

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
/** A password's numeric twin (H.323/PSTN): the password itself when all digits (or empty), else six random digits. */
export const numericPasscode = (password: string) =>
  /^\d+$/.test(password) || password === '' ? password : digits(6)
export const generatedPassword = () =>
  token(8)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 6)
    .padEnd(6, '0')

/** A body its contract has accepted, its nulls read as "not set", held to the rules no schema can state. */
function checked(sent: MeetingBodySent, zones: TimeZones): MeetingBody {
  const body = withoutNulls(sent)
  const errors = meetingBodyErrors(body, zones)
  if (errors.length > 0) throw validationFailed(errors)
  return body
}

/** The host's PMI when a scheduled or no-fixed-time recurring meeting is set to use it. */
const pmiOf = (type: ZoomMeeting['type'], settings: ZoomMeeting['settings'], host: ZoomUser) =>
  settings.use_pmi && (type === 2 || type === 3) ? { pmi: String(host.pmi) } : {}

/**
 * The latest a meeting may end: the clock's range less the widest zone offset (UTC+14), so that
 * its times, LumiNUS's end date and LTI Pro's local start time all keep four-digit years.
 */
const LATEST_MEETING_END = CLOCK_RANGE.max - 14 * 3_600_000

/** The schedule, or Zoom's 400 when its last occurrence would end past LATEST_MEETING_END. */
export function endingInRange(schedule: Schedule, duration: number): Checked<Schedule> {
  const starts = schedule.occurrenceStarts ?? (schedule.start_time ? [Date.parse(schedule.start_time)] : [])
  if (Math.max(...starts) + duration * 60_000 <= LATEST_MEETING_END) return { ok: true, value: schedule }
  const message = `The meeting must end by ${formatGmt(LATEST_MEETING_END)}, within the emulator clock's range.`
  return { ok: false, errors: [{ field: 'start_time', message }] }
}

/** A number no meeting or webinar of the world has. */
export function freeMeetingNumber(state: ZoomState): number {
  let id = meetingNumber()
  while (state.meetings.has(String(id)) || state.webinars.has(String(id))) id = meetingNumber()
  return id
}

/** What a schedule is made of, as stored or sent (with a meeting type; webinars map theirs). */
export interface ScheduleFields {
  type?: MeetingType
  start_time?: string
  timezone?: string
  recurrence?: Recurrence
  duration?: number
}

/** The schedule after an update: the fields sent over the stored ones; a sent start time in the past means now. */
export function changedSchedule(
  stored: ScheduleFields & { type: MeetingType; timezone: string; duration: number },
  input: ScheduleFields,
  now: number,
  zones?: TimeZones,
): Checked<Schedule> {
  const type = input.type ?? stored.type
  const startTime = input.start_time ?? stored.start_time
  const recurrence = input.recurrence ?? stored.recurrence
  const schedule = resolveSchedule(
    {
      type,
      ...(startTime === undefined ? {} : { start_time: startTime }),
      startTimeSent: input.start_time !== undefined,
      timezone: input.timezone ?? stored.timezone,
      ...(recurrence && (type === 8 || type === 3) ? { recurrence } : {}),
    },
    now,
    zones,
  )
  return schedule.ok ? endingInRange(schedule.value, input.duration ?? stored.duration) : schedule
}

/**
 * When a new meeting of `host` happens: a sent start time in the past means now, unless
 * `keepPastStart` (seeding); the host's zone unless the body names one.
 */
export const newMeetingSchedule = (
  input: ScheduleFields,
  host: ZoomUser,
  now: number,
  keepPastStart = false,
  zones?: TimeZones,
): Checked<Schedule> => {
  const schedule = resolveSchedule(
    {
      type: input.type ?? 2,
      ...(input.start_time === undefined ? {} : { start_time: input.start_time }),
      startTimeSent: input.start_time !== undefined && !keepPastStart,
      timezone: input.timezone ?? host.timezone,
      ...(input.recurrence ? { recurrence: input.recurrence } : {}),
    },
    now,
    zones,
  )
  return schedule.ok ? endingInRange(schedule.value, input.duration ?? 60) : schedule
}

/** A new meeting of `host` from a body Zoom's rules have accepted: Zoom's defaults for whatever it leaves out. */
export function newMeeting({
  host,
  input,
  schedule,
  now,
  id,
  uuid = meetingUuid(),
  defaults = defaultMeetingSettings(),
}: {
  host: ZoomUser
  input: MeetingBody
  schedule: Schedule
  now: number
  id: number
  uuid?: string
  /** The settings the body leaves out: the host's (meetingDefaults), else Zoom's fixed ones. */
  defaults?: ZoomMeeting['settings']
}): ZoomMeeting {
  const password = input.password ?? generatedPassword()
  const numeric = numericPasscode(password)
  const { occurrenceStarts: _, ...when } = schedule
  const settings = mergeSettings(defaults, input.settings)
  return {
    uuid,
    id,
    host_id: host.id,
    host_email: host.email,
    topic: input.topic ?? 'Zoom Meeting',
    ...when,
    duration: input.duration ?? 60,
    agenda: input.agenda ?? '',
    created_at: formatGmt(now),
    password,
    h323_password: numeric,
    pstn_password: numeric,
    encrypted_password: password === '' ? '' : token(24),
    pre_schedule: input.pre_schedule ?? false,
    settings,
    ...(input.tracking_fields ? { tracking_fields: trackingFields(input.tracking_fields) } : {}),
    ...pmiOf(schedule.type, settings, host),
  }
}

const trackingFields = (sent: NonNullable<MeetingBody['tracking_fields']>) =>
  sent.map(({ field, value }) => (value === undefined ? { field } : { field, value }))

export class ZoomMeetings {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
  ) {}

  private get state() {
    return this.world.store.zoom
  }

  private now(): number {
    return this.world.clock.now()
  }

  /** A meeting hosted in scope, by its number; 404/3001 otherwise. */
  find(meetingId: string): ZoomMeeting {
    const meeting = /^\d+$/.test(meetingId) ? this.state.meetings.get(meetingId) : undefined
    if (!meeting) throw meetingNotFound(meetingId)
    try {
      this.users.resolve(meeting.host_id)
    } catch {
      throw meetingNotFound(meetingId)
    }
    return meeting
  }

  /** Hosted by `userId`, or by the user `schedule_for` names (404/1001 when the account has none such). */
  create(userId: string, body: MeetingBodySent): ZoomMeeting {
    const scheduler = this.users.resolve(userId)
    const zones = timeZonesOf(this.state.meetings)
    const input = checked(body, zones)
    const host = input.schedule_for === undefined ? scheduler : this.users.resolve(input.schedule_for)
    const now = this.now()
    assertDailyMeetingWrite(this.state, host.id, now)
    const schedule = newMeetingSchedule(input, host, now, false, zones)
    if (!schedule.ok) throw validationFailed(schedule.errors)
    const meeting = newMeeting({
      host,
      input,
      schedule: schedule.value,
      now,
      id: freeMeetingNumber(this.state),
      defaults: meetingDefaults(userSettingsOf(this.state, host)),
    })
    // The event goes out within the write, before the clock's own (meeting.started, when it starts now).
    writeMeeting(this.world, String(meeting.id), () => {
      this.state.meetings.set(String(meeting.id), meeting)
      meetingCreated(this.world, meeting)
    })
    countDailyMeetingWrite(this.state, host.id, now)
    return meeting
  }

  /**
   * Changes only the fields sent (null: unchanged); `schedule_for` hands the meeting to that user
   * of the account. `default_password` and `occurrence_id` are not emulated.
   */
  update(meetingId: string, body: MeetingBodySent): void {
    const meeting = this.find(meetingId)
    const zones = timeZonesOf(this.state.meetings)
    const input = checked(body, zones)
    const host = this.users.resolve(input.schedule_for ?? meeting.host_id)
    const now = this.now()
    assertDailyMeetingWrite(this.state, host.id, now)
    const schedule = changedSchedule(meeting, input, now, zones)
    if (!schedule.ok) throw validationFailed(schedule.errors)
    const { occurrenceStarts: _, ...when } = schedule.value
    const { start_time: _s, recurrence: _r, pmi: _p, ...rest } = meeting
    const password = input.password ?? meeting.password
    const settings = mergeSettings(meeting.settings, input.settings)
    const changed: ZoomMeeting = {
      ...rest,
      ...when,
      host_id: host.id,
      host_email: host.email,
      topic: input.topic ?? meeting.topic,
      duration: input.duration ?? meeting.duration,
      agenda: input.agenda ?? meeting.agenda,
      pre_schedule: input.pre_schedule ?? meeting.pre_schedule,
      settings,
      ...(input.tracking_fields ? { tracking_fields: trackingFields(input.tracking_fields) } : {}),
      ...pmiOf(when.type, settings, host),
      password,
    }
    if (password !== meeting.password) {
      changed.h323_password = numericPasscode(password)
      changed.pstn_password = changed.h323_password
      changed.encrypted_password = password === '' ? '' : token(24)
    }
    writeMeeting(this.world, String(meeting.id), () => {
      this.state.meetings.set(String(meeting.id), changed)
      meetingUpdated(this.world, meeting, changed)
    })
    countDailyMeetingWrite(this.state, host.id, now)
  }

  /** Deletes the meeting, or with `occurrenceId` one occurrence of a type 8 meeting (400/3000 if it has none such). */
  delete(meetingId: string, occurrenceId?: string): void {
    const meeting = this.find(meetingId)
    if (occurrenceId === undefined) {
      endLiveInstances(this.world, String(meeting.id))
      writeMeeting(this.world, String(meeting.id), () => this.state.meetings.delete(String(meeting.id)))
      deleteRegistrantsOf(this.state, meeting.id)
      meetingDeleted(this.world, meeting)
      return
    }
    const { meetings } = this.state
    if (
      meeting.type !== 8 ||
      !occurrenceStartsOf(meeting, meetings).some((at) => String(at) === occurrenceId)
    )
      throw new ZoomError(400, 3000, `Invalid occurrence_id: ${occurrenceId}.`)
    const deleted_occurrences = [...(meeting.deleted_occurrences ?? []), occurrenceId]
    writeMeeting(this.world, String(meeting.id), () =>
      meetings.set(String(meeting.id), { ...meeting, deleted_occurrences }),
    )
    meetingDeleted(this.world, meeting, occurrenceId)
  }

  /** One page of the host's meetings of the request's `type` (or its token's). */
  list(userId: string, query: ListQuery<{ type: ListType }>) {
    const host = this.users.resolve(userId)
    settleHappenings(this.world)
    const live = [...this.state.instances.members('host', `live|${host.id}`)].flatMap((uuid) => {
      const instance = this.state.instances.get(uuid)
      return (instance && this.state.meetings.get(String(instance.id))) ?? []
    })
    return listHostMeetings(this.state.meetings, { hostId: host.id, now: this.now(), query, live })
  }
}

function mergeSettings(
  base: ZoomMeeting['settings'],
  patch: MeetingBody['settings'],
): ZoomMeeting['settings'] {
  if (!patch) return base
  const chat = patch.continuous_meeting_chat
  return {
    ...base,
    ...(patch as Partial<ZoomMeeting['settings']>),
    continuous_meeting_chat: { enable: chat?.enable ?? base.continuous_meeting_chat.enable },
  }
}
