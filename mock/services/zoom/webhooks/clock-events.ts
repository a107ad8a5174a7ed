/**
 * @module The events the clock makes happen, each at its own emulator time: meeting.started,
 * meeting.participant_joined and _left, meeting.ended, and recording.completed once the processing
 * delay has passed; objects shaped as `@zoom/rivet`'s MeetingStartedEvent, MeetingEndedEvent,
 * MeetingParticipantJoinedEvent, MeetingParticipantLeftEvent and RecordingCompletedEvent type them.
 */
import { ZOOM_WEB_ORIGIN } from '../../../../src/zoom/urls.js'
import type { World } from '../../../core/world.js'
import { type HappeningObserver, UNOBSERVED } from '../instance-life.js'
import { zoomOptionsOf } from '../options.js'
import { recordingOf } from '../recording-derivation.js'
import { recordingJson } from '../recording-view.js'
import type { ZoomInstance, ZoomParticipant } from '../state.js'
import { emitZoomEvent } from './events.js'

const MINUTE = 60_000

/** What every clock event says of the instance: the meeting's number (a string, as Zoom sends it), its zone and planned length. */
function instanceObject(world: World, instance: ZoomInstance) {
  const meeting = world.store.zoom.meetings.get(String(instance.id))
  const planned = instance.planned_end_time ?? instance.end_time
  return {
    id: String(instance.id),
    uuid: instance.uuid,
    host_id: instance.host_id,
    topic: instance.topic,
    type: instance.type,
    start_time: instance.start_time,
    ...(meeting ? { timezone: meeting.timezone } : {}),
    duration:
      planned === undefined
        ? (meeting?.duration ?? 0)
        : Math.round((Date.parse(planned) - Date.parse(instance.start_time)) / MINUTE),
  }
}

const participantObject = (p: ZoomParticipant) => ({
  user_id: p.user_id ?? '',
  user_name: p.name,
  id: p.user_id ?? '',
  participant_uuid: p.id,
  email: p.user_email,
  ...(p.user_id === undefined ? {} : { participant_user_id: p.user_id }),
})

/** Emits the clock's events of a world's meetings to its webhook subscriptions; nothing is built while it has none. */
export function clockEvents(world: World): HappeningObserver {
  if (world.store.zoom.webhooks.size === 0) return UNOBSERVED
  const meetingsOnly = (instance: ZoomInstance) => instance.kind === 'meeting'
  return {
    started(instance) {
      if (!meetingsOnly(instance)) return
      emitZoomEvent(world, 'meeting.started', instanceObject(world, instance), {
        time: Date.parse(instance.start_time),
      })
    },
    joined(instance, participant) {
      if (!meetingsOnly(instance)) return
      const object = {
        ...instanceObject(world, instance),
        participant: { ...participantObject(participant), join_time: participant.join_time },
      }
      emitZoomEvent(world, 'meeting.participant_joined', object, { time: Date.parse(participant.join_time) })
    },
    left(instance, participant) {
      if (!meetingsOnly(instance) || participant.leave_time === undefined) return
      const object = {
        ...instanceObject(world, instance),
        participant: {
          ...participantObject(participant),
          leave_time: participant.leave_time,
          leave_reason: 'left the meeting',
        },
      }
      emitZoomEvent(world, 'meeting.participant_left', object, { time: Date.parse(participant.leave_time) })
    },
    ended(instance) {
      if (!meetingsOnly(instance)) return
      const end = Date.parse(instance.end_time)
      emitZoomEvent(
        world,
        'meeting.ended',
        { ...instanceObject(world, instance), end_time: instance.end_time },
        { time: end },
      )
      const delay = zoomOptionsOf(world).recordingDelayMinutes
      const ready = end + delay * MINUTE
      const recording = recordingOf(world.store.zoom, instance, ready, delay)
      if (!recording) return
      const host = world.store.zoom.users.get(instance.host_id)
      const object = {
        ...recordingJson(recording, recording.files, ZOOM_WEB_ORIGIN),
        type: instance.type,
        password: recording.settings.password,
        host_email: host?.email ?? '',
        share_url: `${ZOOM_WEB_ORIGIN}/rec/share/${recording.playPasscode}`,
        recording_play_passcode: recording.playPasscode,
      }
      emitZoomEvent(world, 'recording.completed', object, { time: ready })
    },
  }
}
