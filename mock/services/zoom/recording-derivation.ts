/** @module A cloud recording as the clock makes it: derived from an instance that ended recording to the cloud, once the processing delay passed, with what users changed of it. */
import { createHash } from 'node:crypto'
import { type RecordingFileContent, recordingFileContents } from './recording-files.js'
import type { ZoomInstance, ZoomRecordingSettings, ZoomState } from './state.js'

const DAY_MS = 86_400_000
/** Zoom keeps what is in the trash for 30 days, then deletes it for good. */
export const TRASH_KEPT_MS = 30 * DAY_MS

export interface RecordingFile extends RecordingFileContent {
  /** When it went to the trash, by itself or with its whole recording. */
  trashedAt?: string
}

export interface CloudRecording {
  instance: ZoomInstance & { end_time: string }
  accountId: string
  /** Every file not deleted for good, those in the trash with `trashedAt`. */
  files: RecordingFile[]
  /** When the whole recording went to the trash. */
  trashedAt?: string
  settings: ZoomRecordingSettings
  /** The passcode Zoom splices into play URLs as `?pwd=`. */
  playPasscode: string
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

/** Zoom's defaults: shared publicly with a generated passcode, downloadable, no registration. */
const defaultSettings = (instance: ZoomInstance): ZoomRecordingSettings => ({
  share_recording: 'publicly',
  recording_authentication: false,
  authentication_option: '',
  authentication_domains: '',
  viewer_download: true,
  password: `${digest(`recording-passcode:${instance.uuid}`)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 7)}!`,
  on_demand: false,
  approval_type: 2,
  send_email_to_host: false,
  show_social_share_buttons: false,
  topic: instance.topic,
})

const ended = (instance: ZoomInstance): instance is ZoomInstance & { end_time: string } =>
  instance.end_time !== undefined

/** An instance's cloud recording as of `now`: none before it ended recording to the cloud and the delay passed, or once deleted. */
export function recordingOf(
  state: ZoomState,
  instance: ZoomInstance,
  now: number,
  delayMinutes: number,
): CloudRecording | undefined {
  if (instance.auto_recording !== 'cloud' || !ended(instance)) return undefined
  if (now < Date.parse(instance.end_time) + delayMinutes * 60_000) return undefined
  const accountId = state.users.get(instance.host_id)?.account_id
  if (accountId === undefined) return undefined
  const changes = state.recordingChanges.get(instance.uuid) ?? {}
  const purged = (at: string | undefined) => at !== undefined && now - Date.parse(at) >= TRASH_KEPT_MS
  if (purged(changes.trashed_at)) return undefined
  const contents = state.instances.derive(instance, 'recording files', [], () =>
    recordingFileContents(instance),
  )
  const files = contents
    .filter((file) => !changes.deleted_files?.includes(file.id) && !purged(changes.trashed_files?.[file.id]))
    .map((file) => {
      const trashedAt = changes.trashed_files?.[file.id] ?? changes.trashed_at
      return trashedAt === undefined ? file : { ...file, trashedAt }
    })
  if (files.length === 0) return undefined
  return {
    instance,
    accountId,
    files,
    ...(changes.trashed_at === undefined ? {} : { trashedAt: changes.trashed_at }),
    settings: { ...defaultSettings(instance), ...changes.settings },
    playPasscode: digest(`recording-play:${instance.uuid}`).slice(0, 32),
  }
}
