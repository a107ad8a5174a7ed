/** @module How a cloud recording reads on the wire: its files with play and download URLs under the emulator's origin. */
import type { components } from '../../../src/generated/zoom.js'
import { ZOOM_WEB_ORIGIN } from '../../../src/zoom/urls.js'
import type { CloudRecording, RecordingFile } from './recording-derivation.js'

type Schemas = components['schemas']
export type RecordingJson = Schemas['Recording']

const ZOOM_API_ORIGIN = 'https://api.zoom.us'

/** Where files are served: the request's origin, or zoom.us for a request to api.zoom.us (as Zoom's own URLs are). */
export const recordingFilesOrigin = (requestOrigin: string): string =>
  requestOrigin === ZOOM_API_ORIGIN ? ZOOM_WEB_ORIGIN : requestOrigin

export const downloadPath = (fileId: string) => `/rec/download/${fileId}`
export const playPath = (fileId: string) => `/rec/play/${fileId}`

function fileJson(recording: CloudRecording, file: RecordingFile, origin: string, inTrash: boolean) {
  const { instance } = recording
  return {
    id: file.id,
    meeting_id: instance.uuid,
    recording_start: instance.start_time,
    recording_end: instance.end_time,
    file_type: file.file_type,
    file_extension: file.file_extension,
    file_size: file.bytes.length,
    play_url: `${origin}${playPath(file.id)}`,
    download_url: `${origin}${downloadPath(file.id)}`,
    status: 'completed' as const,
    recording_type: file.recording_type,
    ...(inTrash && file.trashedAt ? { deleted_time: file.trashedAt } : {}),
  }
}

/** A recording with the given files (its visible ones, or those in the trash). */
export function recordingJson(
  recording: CloudRecording,
  files: RecordingFile[],
  requestOrigin: string,
  inTrash = false,
): RecordingJson {
  const { instance } = recording
  const origin = recordingFilesOrigin(requestOrigin)
  return {
    uuid: instance.uuid,
    id: instance.id,
    account_id: recording.accountId,
    host_id: instance.host_id,
    topic: recording.settings.topic,
    type: String(instance.type),
    start_time: instance.start_time,
    duration: Math.round((Date.parse(instance.end_time) - Date.parse(instance.start_time)) / 60_000),
    total_size: files.reduce((sum, file) => sum + file.bytes.length, 0),
    recording_count: files.length,
    recording_files: files.map((file) => fileJson(recording, file, origin, inTrash)),
  }
}

/** `GET /meetings/{meetingId}/recordings`: the recording, its passcodes, and a download token when one was asked for. */
export const recordingDetailJson = (
  recording: CloudRecording,
  files: RecordingFile[],
  requestOrigin: string,
  downloadAccessToken: string | undefined,
): Schemas['RecordingDetail'] => ({
  ...recordingJson(recording, files, requestOrigin),
  password: recording.settings.password,
  recording_play_passcode: recording.playPasscode,
  ...(downloadAccessToken === undefined ? {} : { download_access_token: downloadAccessToken }),
})
