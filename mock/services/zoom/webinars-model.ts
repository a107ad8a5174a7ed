/** @module Zoom webinars: create, read, update, delete and list for hosts whose settings enable them, under the meetings' schedule rules and daily limit. */
import type { components } from '../../../src/generated/zoom.js'
import { meetingUuid, token } from '../../../src/ids.js'
import { type MeetingType, meetingBodyErrors, type Schedule } from '../../../src/zoom/meeting-rules.js'
import { formatGmt, type TimeZones } from '../../../src/zoom/time.js'
import type { World } from '../../core/world.js'
import { validationFailed, webinarNotFound, webinarOccurrenceNotFound, webinarPlanMissing } from './errors.js'
import { endLiveInstances, writeMeeting } from './happenings.js'
import { EXPIRY_MS } from './meeting-list.js'
import { timeZonesOf } from './meeting-view.js'
import {
  changedSchedule,
  freeMeetingNumber,
  generatedPassword,
  newMeetingSchedule,
  numericPasscode,
  type ScheduleFields,
} from './meetings-model.js'
import type { ListQuery } from './pagination.js'
import { paginate } from './pagination.js'
import { assertDailyMeetingWrite, countDailyMeetingWrite } from './rate-limit.js'
import { deleteRegistrantsOf } from './registrants-model.js'
import { defaultWebinarSettings, type ZoomState, type ZoomUser, type ZoomWebinar } from './state.js'
import { userSettingsOf } from './user-settings.js'
import type { ZoomUsers } from './users-model.js'
import { webinarCreated, webinarDeleted, webinarUpdated } from './webhooks/webinar-events.js'
import { AS_MEETING_TYPE, webinarStarts } from './webinar-schedule.js'

export type WebinarBody = components['schemas']['WebinarCreate']
export type WebinarListType = 'scheduled' | 'upcoming'
type WebinarType = ZoomWebinar['type']

const AS_WEBINAR_TYPE: Partial<Record<MeetingType, WebinarType>> = { 2: 5, 3: 6, 8: 9 }
const MINUTE = 60_000

const scheduleInput = ({ type, ...body }: WebinarBody): ScheduleFields => ({
  ...body,
  ...(type === undefined ? {} : { type: AS_MEETING_TYPE[type] }),
})

function checked(body: WebinarBody, zones: TimeZones): WebinarBody {
  const errors = meetingBodyErrors(body, zones)
  if (errors.length > 0) throw validationFailed(errors)
  return body
}

/** Whether a webinar is in a list: type 6 always; else `upcoming` until its (last) end, `scheduled` until 30 days after. */
function listed(w: ZoomWebinar, type: WebinarListType, now: number, zones: TimeZones): boolean {
  const starts = webinarStarts(w, zones)
  if (w.type === 6 || starts.length === 0) return true
  const end = Math.max(...starts) + w.duration * MINUTE
  return type === 'upcoming' ? end > now : end + EXPIRY_MS > now
}

function mergeSettings(
  base: ZoomWebinar['settings'],
  patch: WebinarBody['settings'],
): ZoomWebinar['settings'] {
  if (!patch) return base
  return {
    ...base,
    ...patch,
    question_and_answer: { ...base.question_and_answer, ...patch.question_and_answer },
  }
}

/** A new webinar of `host` from a body the schedule rules have accepted: Zoom's defaults for whatever it leaves out. */
export function newWebinar({
  host,
  body,
  schedule,
  now,
  id,
  uuid = meetingUuid(),
}: {
  host: ZoomUser
  body: WebinarBody
  schedule: Schedule
  now: number
  id: number
  uuid?: string
}): ZoomWebinar {
  const { occurrenceStarts: _, type, ...when } = schedule
  const password = body.password ?? generatedPassword()
  return {
    uuid,
    id,
    host_id: host.id,
    host_email: host.email,
    topic: body.topic ?? 'Zoom Webinar',
    type: AS_WEBINAR_TYPE[type] ?? 5,
    ...when,
    duration: body.duration ?? 60,
    agenda: body.agenda ?? '',
    created_at: formatGmt(now),
    password,
    h323_passcode: numericPasscode(password),
    encrypted_passcode: password === '' ? '' : token(24),
    settings: mergeSettings(defaultWebinarSettings(), body.settings),
    ...(body.tracking_fields ? { tracking_fields: body.tracking_fields.map((t) => ({ ...t })) } : {}),
  }
}

/** The schedule of a new webinar of `host`, under the meetings' rules; `keepPastStart` for seeding. */
export const newWebinarSchedule = (
  body: WebinarBody,
  host: ZoomUser,
  now: number,
  keepPastStart: boolean,
  zones: TimeZones,
) => newMeetingSchedule({ type: 2, ...scheduleInput(body) }, host, now, keepPastStart, zones)

/** Whether the user's settings enable webinars (`feature.webinar`). */
export const webinarsEnabled = (state: ZoomState, user: ZoomUser) =>
  userSettingsOf(state, user).feature.webinar

export class ZoomWebinars {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
  ) {}

  private get state() {
    return this.world.store.zoom
  }

  /** 400/200 unless the host's settings enable webinars. */
  private assertEnabled(host: ZoomUser): void {
    if (!webinarsEnabled(this.state, host)) throw webinarPlanMissing()
  }

  /** A webinar hosted in scope, by its number (404/3001 otherwise), of a host with webinars (400/200 otherwise). */
  find(webinarId: string): ZoomWebinar {
    const webinar = /^\d+$/.test(webinarId) ? this.state.webinars.get(webinarId) : undefined
    const host = webinar && this.users.find(webinar.host_id)
    if (!webinar || !host) throw webinarNotFound(webinarId)
    this.assertEnabled(host)
    return webinar
  }

  /** The occurrence's start of a type 9 webinar (400/3000 when it has none such). */
  occurrenceStart(webinar: ZoomWebinar, occurrenceId: string): number {
    const start = webinarStarts(webinar, timeZonesOf(this.state.meetings)).find(
      (at) => String(at) === occurrenceId,
    )
    if (webinar.type !== 9 || start === undefined) throw webinarOccurrenceNotFound()
    return start
  }

  /** Hosted by `userId`, or by the user `schedule_for` names; Zoom's defaults for whatever the body leaves out. */
  create(userId: string, sent: WebinarBody): ZoomWebinar {
    const scheduler = this.users.resolve(userId)
    const zones = timeZonesOf(this.state.meetings)
    const body = checked(sent, zones)
    const host = body.schedule_for === undefined ? scheduler : this.users.resolve(body.schedule_for)
    this.assertEnabled(host)
    const now = this.world.clock.now()
    assertDailyMeetingWrite(this.state, host.id, now)
    const schedule = newWebinarSchedule(body, host, now, false, zones)
    if (!schedule.ok) throw validationFailed(schedule.errors)
    const webinar = newWebinar({
      host,
      body,
      schedule: schedule.value,
      now,
      id: freeMeetingNumber(this.state),
    })
    // The event goes out within the write, before the clock's own (webinar.started, when it starts now).
    writeMeeting(this.world, String(webinar.id), () => {
      this.state.webinars.set(String(webinar.id), webinar)
      webinarCreated(this.world, webinar)
    })
    countDailyMeetingWrite(this.state, host.id, now)
    return webinar
  }

  /** Changes only the fields sent; with `occurrenceId` (which must be the webinar's), the change still applies to every occurrence. */
  update(webinarId: string, sent: WebinarBody, occurrenceId?: string): void {
    const webinar = this.find(webinarId)
    if (occurrenceId !== undefined) this.occurrenceStart(webinar, occurrenceId)
    const zones = timeZonesOf(this.state.meetings)
    const body = checked(sent, zones)
    const host = this.users.resolve(body.schedule_for ?? webinar.host_id)
    this.assertEnabled(host)
    const now = this.world.clock.now()
    assertDailyMeetingWrite(this.state, host.id, now)
    const schedule = changedSchedule(
      { ...webinar, type: AS_MEETING_TYPE[webinar.type] },
      scheduleInput(body),
      now,
      zones,
    )
    if (!schedule.ok) throw validationFailed(schedule.errors)
    const { occurrenceStarts: _, type, ...when } = schedule.value
    const { start_time: _s, recurrence: _r, ...rest } = webinar
    const password = body.password ?? webinar.password
    const changed: ZoomWebinar = {
      ...rest,
      ...when,
      type: AS_WEBINAR_TYPE[type] ?? webinar.type,
      host_id: host.id,
      host_email: host.email,
      topic: body.topic ?? webinar.topic,
      duration: body.duration ?? webinar.duration,
      agenda: body.agenda ?? webinar.agenda,
      settings: mergeSettings(webinar.settings, body.settings),
      ...(body.tracking_fields ? { tracking_fields: body.tracking_fields.map((t) => ({ ...t })) } : {}),
      password,
    }
    if (password !== webinar.password) {
      changed.h323_passcode = numericPasscode(password)
      changed.encrypted_passcode = password === '' ? '' : token(24)
    }
    writeMeeting(this.world, String(webinar.id), () => {
      this.state.webinars.set(String(webinar.id), changed)
      webinarUpdated(this.world, webinar, changed)
    })
    countDailyMeetingWrite(this.state, host.id, now)
  }

  /** Deletes the webinar and its registrants, or with `occurrenceId` one occurrence of a type 9 webinar. */
  delete(webinarId: string, occurrenceId?: string): void {
    const webinar = this.find(webinarId)
    if (occurrenceId === undefined) {
      endLiveInstances(this.world, String(webinar.id))
      writeMeeting(this.world, String(webinar.id), () => this.state.webinars.delete(String(webinar.id)))
      deleteRegistrantsOf(this.state, webinar.id)
      webinarDeleted(this.world, webinar)
      return
    }
    this.occurrenceStart(webinar, occurrenceId)
    const deleted_occurrences = [...(webinar.deleted_occurrences ?? []), occurrenceId]
    writeMeeting(this.world, String(webinar.id), () =>
      this.state.webinars.set(String(webinar.id), { ...webinar, deleted_occurrences }),
    )
    webinarDeleted(this.world, webinar, occurrenceId)
  }

  /** One page of the host's webinars of `type`, by start time (created time for type 6). */
  list(userId: string, query: ListQuery<{ type: WebinarListType }>) {
    const host = this.users.resolve(userId)
    this.assertEnabled(host)
    const { webinars } = this.state
    const now = this.world.clock.now()
    const zones = timeZonesOf(this.state.meetings)
    return paginate(
      `webinars|${host.id}`,
      query,
      { type: ['scheduled', 'upcoming'] },
      now,
      (w: ZoomWebinar) => [Date.parse(w.start_time ?? w.created_at), w.id],
      ({ type }) =>
        [...webinars.members('host', host.id)]
          .flatMap((id) => webinars.get(id) ?? [])
          .filter((w) => listed(w, type, now, zones)),
    )
  }
}
