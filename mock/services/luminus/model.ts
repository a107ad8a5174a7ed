/** @module The LumiNUS rules: who a key belongs to, who may sync which meeting, the sync itself, and APIM's rate limit. */
import type { Store } from '../../core/store.js'
import type { CloudRecording } from '../zoom/recording-derivation.js'
import { meetingNotFound, notAuthorized, rateLimitExceeded } from './errors.js'
import {
  type MeetingResponse,
  neverSynced,
  recordingFacts,
  toMeetingResponse,
  zoomFields,
  zoomSchedule,
} from './mapping.js'
import { staffKey } from './records.js'
import type { LuminusSubscription } from './state.js'

export interface RateLimit {
  calls: number
  renewalPeriodSeconds: number
}

export class LuminusModel {
  /**
   * Reads the store it is given; make one per request, as a reset replaces the world's store.
   * `recordingsOf` answers a Zoom meeting's available cloud recordings (none unless given).
   */
  constructor(
    private readonly store: Store,
    private readonly recordingsOf: (meetingNumber: string) => readonly CloudRecording[] = () => [],
  ) {}

  subscription(key: string): LuminusSubscription | undefined {
    return this.store.luminus.subscriptions.get(key)
  }

  /**
   * Counts a call against the key's rate limit, or throws the 429 when the period's calls are used
   * up (refused calls do not count). Fidelity gap: a fixed window starting at the key's first call
   * of a period, where APIM's policy is a sliding window.
   */
  takeRateLimitedCall(key: string, limit: RateLimit, now: number): void {
    const periodMs = limit.renewalPeriodSeconds * 1000
    const windows = this.store.luminus.rateLimitWindows
    const current = windows.get(key)
    const window = current && now < current.startedAt + periodMs ? current : { startedAt: now, calls: 0 }
    if (window.calls >= limit.calls) {
      throw rateLimitExceeded(Math.max(1, Math.ceil((window.startedAt + periodMs - now) / 1000)))
    }
    windows.set(key, { startedAt: window.startedAt, calls: window.calls + 1 })
  }

  /**
   * Refreshes the LumiNUS meeting from its Zoom meeting, writes the refreshed values back to the
   * record and answers it as `userId` sees it. A meeting gone from Zoom keeps its last known values.
   * `meetingId` is a UUID: the route's contract has checked it.
   */
  sync(meetingId: string, userId: string): MeetingResponse {
    const { luminus, zoom } = this.store
    const record = luminus.meetings.get(meetingId.toLowerCase())
    if (!record) throw meetingNotFound()
    const access = luminus.staff.get(staffKey(record.moduleId, userId))?.access
    if (!access) throw notAuthorized()

    const zoomMeeting = zoom.meetings.get(record.meetingID)
    const synced = zoomMeeting
      ? { ...record, ...zoomSchedule(zoomMeeting), lastKnown: zoomFields(zoomMeeting) }
      : { ...record, lastKnown: { ...(record.lastKnown ?? neverSynced(record)), notFoundInZoom: true } }
    luminus.meetings.set(record.id, synced)
    return toMeetingResponse({
      record: synced,
      creator: luminus.users.get(record.creatorID),
      zoom: synced.lastKnown,
      readonlyAccess: access === 'read',
      recordings: recordingFacts(this.recordingsOf(record.meetingID)),
    })
  }
}
