/**
 * @module The events the clock makes happen, each at its own emulator time: meeting.started,
 * meeting.participant_joined and _left, meeting.ended (webinar.* likewise for webinars' instances),
 * and recording.completed once the processing delay has passed; objects shaped as `@zoom/rivet`'s
 * MeetingStartedEvent, MeetingEndedEvent, MeetingParticipantJoinedEvent,
 * MeetingParticipantLeftEvent (and their Webinar* siblings) type them.
 */
import type { World } from '../../../core/world.js'
import { type HappeningObserver, UNOBSERVED } from '../instance-life.js'
import { zoomOptionsOf } from '../options.js'
import { recordingOf } from '../recording-derivation.js'
import type { ZoomInstance, ZoomParticipant } from '../state.js'
import { emitZoomEvent } from './events.js'
import { recordingCompleted } from './recording-events.js'

const MINUTE = 60_000

/** What every clock event says of the instance: the meeting's (or webinar's) number as a string, as Zoom sends it, its zone and planned length. */
function instanceObject(world: World, instance: ZoomInstance) {
  const { meetings, webinars } = world.store.zoom
  const scheduled =
    instance.kind === 'webinar' ? webinars.get(String(instance.id)) : meetings.get(String(instance.id))
  const planned = instance.planned_end_time ?? instance.end_time
  return {
    id: String(instance.id),
    uuid: instance.uuid,
    host_id: instance.host_id,
    topic: instance.topic,
    type: instance.type,
    start_time: instance.start_time,
    ...(scheduled ? { timezone: scheduled.timezone } : {}),
    duration:
      planned === undefined
        ? (scheduled?.duration ?? 0)
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

/** Emits the clock's events of a world's meetings and webinars to its webhook subscriptions; nothing is built while it has none. */
export function clockEvents(world: World): HappeningObserver {
  if (world.store.zoom.webhooks.size === 0) return UNOBSERVED
  const emit = (instance: ZoomInstance, what: string, object: unknown, time: number) =>
    emitZoomEvent(world, `${instance.kind}.${what}`, object, { time })
  return {
    started(instance) {
      emit(instance, 'started', instanceObject(world, instance), Date.parse(instance.start_time))
    },
    joined(instance, participant) {
      const object = {
        ...instanceObject(world, instance),
        participant: { ...participantObject(participant), join_time: participant.join_time },
      }
      emit(instance, 'participant_joined', object, Date.parse(participant.join_time))
    },
    left(instance, participant) {
      if (participant.leave_time === undefined) return
      const object = {
        ...instanceObject(world, instance),
        participant: {
          ...participantObject(participant),
          leave_time: participant.leave_time,
          leave_reason: `left the ${instance.kind}`,
        },
      }
      emit(instance, 'participant_left', object, Date.parse(participant.leave_time))
    },
    ended(instance) {
      const end = Date.parse(instance.end_time)
      emit(instance, 'ended', { ...instanceObject(world, instance), end_time: instance.end_time }, end)
      const delay = zoomOptionsOf(world).recordingDelayMinutes
      const ready = end + delay * MINUTE
      const recording = recordingOf(world.store.zoom, instance, ready, delay)
      if (recording) recordingCompleted(world, recording, ready)
    },
  }
}
