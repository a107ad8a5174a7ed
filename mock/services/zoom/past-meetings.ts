/** @module Past meetings: a meeting's ended instances, one by UUID (or its latest by number), its participants; read from what happened. */
import type { components } from '../../../src/generated/zoom.js'
import type { World } from '../../core/world.js'
import { meetingNotFound } from './errors.js'
import { instancesOf, settleHappenings } from './happenings.js'
import { type ListQuery, paginate } from './pagination.js'
import { uuidOfParam } from './report-instances.js'
import type { ZoomInstance, ZoomParticipant } from './state.js'
import { displayName, type ZoomUsers } from './users-model.js'

export type PastMeetingView = components['schemas']['PastMeeting']
export type PastParticipantView = components['schemas']['PastMeetingParticipant']

/** Where Zoom numbers each join of an instance from (its participant ids look like 16778240). */
const FIRST_PARTICIPANT_ID = 16_778_240

const seconds = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000))

export class PastMeetings {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
  ) {}

  private get zoom() {
    return this.world.store.zoom
  }

  /** Whether the host is a user the request's account sees. */
  private visible({ host_id }: { host_id: string }): boolean {
    try {
      this.users.resolve(host_id)
      return true
    } catch {
      return false
    }
  }

  private ended(meetingId: string): ZoomInstance[] {
    settleHappenings(this.world, [meetingId])
    return instancesOf(this.zoom, meetingId).filter((i) => i.end_time !== undefined && this.visible(i))
  }

  /** The meeting's ended instances, oldest first; 404/3001 when the account has no such meeting and none happened. */
  instances(meetingId: string): ZoomInstance[] {
    const ended = this.ended(meetingId)
    const meeting = this.zoom.meetings.get(meetingId)
    if (ended.length === 0 && !(meeting && this.visible(meeting))) throw meetingNotFound(meetingId)
    return ended.sort((a, b) => Date.parse(a.start_time) - Date.parse(b.start_time))
  }

  /** The ended instance `param` names (a number: its latest; a UUID double-encoded if it begins with `/` or holds `//`); 404/3001 otherwise, a live one too. */
  find(param: string): ZoomInstance {
    const id = uuidOfParam(param)
    if (id === undefined) throw meetingNotFound(param)
    const found = /^\d+$/.test(id)
      ? this.ended(id).sort((a, b) => Date.parse(b.start_time) - Date.parse(a.start_time))[0]
      : this.zoom.instances.get(id)
    if (found) settleHappenings(this.world, [String(found.id)])
    const instance = found && this.zoom.instances.get(found.uuid)
    if (!instance || instance.end_time === undefined || !this.visible(instance)) throw meetingNotFound(id)
    return instance
  }

  participantsOf(instance: ZoomInstance): ZoomParticipant[] {
    const { participants } = this.zoom
    return [...participants.members('instance', instance.uuid)].flatMap((id) => participants.get(id) ?? [])
  }

  details(param: string): PastMeetingView {
    const instance = this.find(param)
    const end = instance.end_time as string
    const joins = this.participantsOf(instance)
    const host = this.zoom.users.get(instance.host_id)
    const attended = joins.reduce((sum, p) => sum + seconds(p.join_time, p.leave_time ?? end), 0)
    return {
      uuid: instance.uuid,
      id: instance.id,
      host_id: instance.host_id,
      type: instance.type,
      topic: instance.topic,
      user_name: host ? displayName(host) : '',
      user_email: host?.email ?? '',
      start_time: instance.start_time,
      end_time: end,
      duration: Math.round(seconds(instance.start_time, end) / 60),
      total_minutes: Math.round(attended / 60),
      participants_count: joins.length,
      dept: host?.dept ?? '',
      source: 'Zoom',
      has_meeting_summary: false,
    }
  }

  /** One page of the ended instance's joins, by join time. */
  participants(param: string, query: ListQuery<Record<string, never>>) {
    const instance = this.find(param)
    const joins = this.participantsOf(instance)
    const numbers = new Map(joins.map((p, index) => [p.id, String(FIRST_PARTICIPANT_ID + index)]))
    const page = paginate(
      `past-participants|${instance.uuid}`,
      query,
      {},
      this.world.clock.now(),
      (p: ZoomParticipant) => [Date.parse(p.join_time), numbers.get(p.id) ?? ''],
      () => joins,
    )
    const view = (p: ZoomParticipant): PastParticipantView => ({
      id: p.user_id ?? '',
      name: p.name,
      user_id: numbers.get(p.id) ?? '',
      user_email: p.user_email,
      join_time: p.join_time,
      leave_time: p.leave_time ?? (instance.end_time as string),
      duration: seconds(p.join_time, p.leave_time ?? (instance.end_time as string)),
      failover: false,
      status: 'in_meeting',
      internal_user: p.user_id !== undefined,
    })
    return { ...page, participants: page.page.map(view) }
  }
}
