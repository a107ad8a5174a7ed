/**
 * @module Cloud recording events: recording.completed (from the clock), recording.trashed,
 * recording.deleted and recording.recovered (from the recordings' changes), objects shaped as
 * `@zoom/rivet`'s RecordingCompletedEvent, RecordingTrashedEvent, RecordingDeletedEvent and
 * RecordingRecoveredEvent type them.
 */
import { ZOOM_WEB_ORIGIN } from '../../../../src/zoom/urls.js'
import type { World } from '../../../core/world.js'
import { DEFAULT_DOWNLOAD_TTL_SECONDS, issueDownloadToken } from '../recording-access.js'
import type { CloudRecording, RecordingFile } from '../recording-derivation.js'
import { recordingJson } from '../recording-view.js'
import { emitZoomEvent, isSubscribed } from './events.js'

/** The recording with `files` (those the event is about), as every recording event's object says it. */
function recordingObject(world: World, recording: CloudRecording, files: RecordingFile[]) {
  const { instance } = recording
  const { meetings, webinars } = world.store.zoom
  const timezone = (meetings.get(String(instance.id)) ?? webinars.get(String(instance.id)))?.timezone
  return {
    ...recordingJson(recording, files, ZOOM_WEB_ORIGIN),
    type: instance.type,
    ...(timezone === undefined ? {} : { timezone }),
    share_url: `${ZOOM_WEB_ORIGIN}/rec/share/${recording.playPasscode}`,
  }
}

/**
 * recording.completed at `ready` (the end plus the processing delay), with the top-level
 * `download_token` Zoom sends: a download access token of this recording, valid a day from then.
 */
export function recordingCompleted(world: World, recording: CloudRecording, ready: number): void {
  if (!isSubscribed(world, 'recording.completed', ready)) return
  const { instance } = recording
  const host = world.store.zoom.users.get(instance.host_id)
  const object = {
    ...recordingObject(world, recording, recording.files),
    password: recording.settings.password,
    host_email: host?.email ?? '',
    recording_play_passcode: recording.playPasscode,
  }
  const download_token = issueDownloadToken(
    world.store.zoom,
    { accountId: recording.accountId, instance: instance.uuid },
    ready,
    DEFAULT_DOWNLOAD_TTL_SECONDS,
  )
  emitZoomEvent(world, 'recording.completed', object, { time: ready, envelope: { download_token } })
}

export type RecordingChange = 'recording.trashed' | 'recording.deleted' | 'recording.recovered'

/** The whole recording or one file of it went to the trash, was deleted for good or came back: `files` are those it moved. */
export function recordingChanged(
  world: World,
  event: RecordingChange,
  recording: CloudRecording,
  files: RecordingFile[],
): void {
  if (files.length === 0) return
  emitZoomEvent(world, event, recordingObject(world, recording, files), {
    accountId: recording.accountId,
  })
}
