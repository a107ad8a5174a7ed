/** @module Zoom model (temporary minimal version: createMeeting only, for LTI Pro; the zoom branch replaces it). */
import { meetingNumber, meetingUuid, token } from '../../src/ids.js'
import type { ServiceOptions } from '../env.js'
import type { World } from '../world.js'
import { userNotFound, validationFailed, ZoomError } from './errors.js'
import { defaultMeetingSettings, type ZoomMeeting, type ZoomUser } from './state.js'

const MEETING_TYPES = [1, 2, 3, 8] as const

const isoSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`

export class ZoomModel {
  constructor(
    private readonly world: World,
    readonly options: ServiceOptions['zoom'],
  ) {}

  private findUser(userId: string): ZoomUser | undefined {
    const users = [...this.world.store.zoom.users.values()]
    return users.find((u) => u.id === userId || u.email.toLowerCase() === userId.toLowerCase())
  }

  /** userId is an id, an email or 'me'; throws ZoomError: 404/1001 unknown user, 400/300 validation (errors[]), 429 daily limit. */
  createMeeting(userId: string, body: unknown): ZoomMeeting {
    const user = this.findUser(userId)
    if (!user) throw userNotFound(userId)
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new ZoomError(400, 300, 'Request Body should be a valid JSON object.')
    const input = body as Record<string, unknown>
    const errors: { field: string; message: string }[] = []
    const topic = input.topic ?? 'Zoom Meeting'
    if (typeof topic !== 'string' || topic.length > 200)
      errors.push({ field: 'topic', message: 'Topic must be a string of at most 200 characters.' })
    const type = input.type ?? 2
    if (!MEETING_TYPES.includes(type as ZoomMeeting['type']))
      errors.push({ field: 'type', message: 'Invalid meeting type: 1, 2, 3 or 8.' })
    const duration = input.duration ?? 60
    if (typeof duration !== 'number' || !Number.isInteger(duration) || duration <= 0)
      errors.push({ field: 'duration', message: 'Duration must be a positive integer.' })
    const start = typeof input.start_time === 'string' ? Date.parse(input.start_time) : Number.NaN
    if (input.start_time !== undefined && !Number.isFinite(start))
      errors.push({ field: 'start_time', message: 'Invalid start_time.' })
    if (errors.length > 0) throw validationFailed(errors)

    const now = this.world.clock.now()
    const id = meetingNumber()
    const password = token(6).slice(0, 8)
    const meeting: ZoomMeeting = {
      uuid: meetingUuid(),
      id,
      host_id: user.id,
      host_email: user.email,
      topic: topic as string,
      type: type as ZoomMeeting['type'],
      ...(type === 3 ? {} : { start_time: isoSeconds(Number.isFinite(start) && start > now ? start : now) }),
      duration: duration as number,
      timezone: typeof input.timezone === 'string' ? input.timezone : user.timezone,
      agenda: typeof input.agenda === 'string' ? input.agenda : '',
      created_at: isoSeconds(now),
      password,
      h323_password: String(id).slice(-6),
      pstn_password: String(id).slice(-6),
      encrypted_password: token(24),
      pre_schedule: false,
      settings: defaultMeetingSettings(),
    }
    this.world.store.zoom.meetings.set(String(id), meeting)
    return meeting
  }
}
