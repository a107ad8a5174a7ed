/** @module How reports and dashboard metrics read on the wire: report meetings, hosts and participants, metrics instances and participants. */
import type { components } from '../../../src/generated/zoom.js'
import { formatGmt } from '../../../src/zoom/time.js'
import { type InstanceTotals, joinSeconds } from './report-instances.js'
import type { ReportedHost, ReportedInstance } from './reports-model.js'
import type { MeetingTable, ZoomInstance, ZoomParticipant, ZoomUser, ZoomUserType } from './state.js'
import { displayName } from './users-model.js'

type Schemas = components['schemas']

/** Who hosted: the host's name and email, blank when the host is no longer a user. */
const hostOf = (host: ZoomUser | undefined) => ({
  name: host ? displayName(host) : '',
  email: host?.email ?? '',
})

/** The meeting an instance is of, when it still exists (webinars are not in the meetings table). */
const meetingOf = (meetings: MeetingTable, instance: ZoomInstance) =>
  instance.kind === 'meeting' ? meetings.get(String(instance.id)) : undefined

export function reportMeetingView(
  row: ReportedInstance,
  host: ZoomUser | undefined,
  meetings: MeetingTable,
): Schemas['ReportMeeting'] {
  const { instance, totals, joined } = row
  const { name, email } = hostOf(host)
  const e2ee = meetingOf(meetings, instance)?.settings.encryption_type === 'e2ee'
  const joinTimes = (joined ?? []).map((p) => Date.parse(p.join_time))
  const leaveTimes = (joined ?? []).map((p) => Date.parse(p.leave_time ?? p.join_time))
  return {
    uuid: instance.uuid,
    id: instance.id,
    type: instance.type as Schemas['ReportMeeting']['type'],
    topic: instance.topic,
    user_name: name,
    user_email: email,
    host_name: name,
    start_time: instance.start_time,
    end_time: instance.end_time ?? instance.start_time,
    duration: totals.durationMinutes,
    total_minutes: totals.totalMinutes,
    participants_count: totals.joins,
    participants_count_my_account: totals.accountJoins,
    source: 'Zoom',
    custom_keys: [],
    ...(joinTimes.length > 0
      ? { join_time: formatGmt(Math.min(...joinTimes)), leave_time: formatGmt(Math.max(...leaveTimes)) }
      : {}),
    has_screen_share: false,
    has_recording: instance.auto_recording !== 'none',
    has_chat: false,
    meeting_encryption_status: e2ee ? 1 : 2,
  }
}

export const reportHostView = (row: ReportedHost): Schemas['ReportUser'] => ({
  id: row.user.id,
  email: row.user.email,
  user_name: displayName(row.user),
  type: row.user.type,
  dept: row.user.dept,
  meetings: row.meetings,
  participants: row.participants,
  meeting_minutes: row.meetingMinutes,
  custom_attributes: [],
})

export const reportParticipantView =
  (now: number) =>
  (p: ZoomParticipant): Schemas['ReportParticipant'] => ({
    id: p.user_id ?? '',
    participant_user_id: p.user_id ?? '',
    user_id: p.id,
    name: p.name,
    user_email: p.user_email,
    join_time: p.join_time,
    leave_time: p.leave_time ?? formatGmt(now),
    duration: joinSeconds(p, now),
    failover: false,
    status: 'in_meeting',
    customer_key: '',
    bo_mtg_id: '',
  })

const USER_TYPES: Record<ZoomUserType, Schemas['MetricsInstance']['user_type']> = {
  1: 'Basic',
  2: 'Licensed',
  3: 'On-prem',
  4: 'None',
  99: 'None',
}

const hhmmss = (ms: number) => {
  const seconds = Math.floor(ms / 1000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`
}

export interface MetricsViewContext {
  host: ZoomUser | undefined
  totals: InstanceTotals
  meetings: MeetingTable
  now: number
  withTrackingFields: boolean
}

export function metricsInstanceView(
  instance: ZoomInstance,
  context: MetricsViewContext,
): Schemas['MetricsInstance'] {
  const { host, totals, meetings, now, withTrackingFields } = context
  const end = instance.end_time ? Date.parse(instance.end_time) : now
  const meeting = meetingOf(meetings, instance)
  return {
    uuid: instance.uuid,
    id: instance.id,
    topic: instance.topic,
    host: hostOf(host).name,
    email: hostOf(host).email,
    user_type: host ? USER_TYPES[host.type] : 'None',
    dept: host?.dept ?? '',
    start_time: instance.start_time,
    ...(instance.end_time ? { end_time: instance.end_time } : {}),
    duration: hhmmss(Math.max(0, end - Date.parse(instance.start_time))),
    participants: totals.joins,
    custom_keys: [],
    ...(withTrackingFields ? { tracking_fields: meeting?.tracking_fields ?? [] } : {}),
    has_pstn: false,
    has_voip: totals.joins > 0,
    has_3rd_party_audio: false,
    has_video: false,
    has_screen_share: false,
    has_recording: instance.auto_recording !== 'none',
    has_sip: false,
    has_archiving: false,
    has_manual_captions: false,
    has_automated_captions: false,
    has_poll: false,
    ...(instance.kind === 'meeting' ? { has_qa: false } : {}),
    has_survey: false,
  }
}

export const metricsParticipantView =
  (instance: ZoomInstance) =>
  (p: ZoomParticipant): Schemas['MetricsParticipant'] => ({
    id: p.user_id ?? '',
    participant_user_id: p.user_id ?? '',
    user_id: p.id,
    user_name: p.name,
    email: p.user_email,
    join_time: p.join_time,
    ...(p.leave_time ? { leave_time: p.leave_time } : {}),
    status: 'in_meeting',
    role: p.user_id !== undefined && p.user_id === instance.host_id ? 'host' : 'attendee',
    recording: instance.auto_recording !== 'none',
    in_room_participants: 0,
  })
