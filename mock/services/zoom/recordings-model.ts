/**
 * @module Cloud recordings (derived in recording-derivation.ts): one for each instance that ended recording to the cloud, available once
 * the processing delay has passed, derived from the instance; what users changed of it (trash,
 * deletions, settings) is stored apart, by instance uuid.
 */
import { formatGmt } from '../../../src/zoom/time.js'
import type { World } from '../../core/world.js'
import { recordingNotFound } from './errors.js'
import { settleHappenings } from './happenings.js'
import { type CloudRecording, type RecordingFile, recordingOf } from './recording-derivation.js'
import type { ZoomInstance, ZoomRecordingChanges, ZoomRecordingSettings, ZoomState } from './state.js'
import type { ZoomUsers } from './users-model.js'
import { recordingChanged } from './webhooks/recording-events.js'

/** The files a recording shows outside the trash. */
export const visibleFiles = (recording: CloudRecording) => recording.files.filter((f) => !f.trashedAt)
const isVisible = (recording: CloudRecording) => !recording.trashedAt && visibleFiles(recording).length > 0
const exists = () => true

/** The cloud recordings of one account (or every account), as the world's clock has made them. */
export class ZoomRecordings {
  constructor(
    private readonly world: World,
    private readonly users: ZoomUsers,
    private readonly delayMinutes: number,
  ) {}

  private get state(): ZoomState {
    return this.world.store.zoom
  }

  private now(): number {
    return this.world.clock.now()
  }

  private recordingsOf(instances: Iterable<ZoomInstance>): CloudRecording[] {
    const now = this.now()
    return [...instances].flatMap((instance) => {
      const recording = recordingOf(this.state, instance, now, this.delayMinutes)
      return recording && this.users.find(instance.host_id) ? [recording] : []
    })
  }

  /** Every recording the account can see (trashed ones included), newest first. */
  all(): CloudRecording[] {
    settleHappenings(this.world)
    return newestFirst(this.recordingsOf(this.state.instances.values()))
  }

  /**
   * The recording a path's meeting id names, among those `usable` allows: an instance uuid, or a
   * meeting number for its latest instance's; else 404/3301.
   */
  resolve(meetingId: string, usable: (recording: CloudRecording) => boolean = isVisible): CloudRecording {
    const { instances } = this.state
    const isNumber = /^\d+$/.test(meetingId)
    const named = isNumber ? meetingId : instances.get(meetingId)?.id
    settleHappenings(this.world, named === undefined ? [] : [String(named)])
    const candidates = isNumber
      ? [...instances.members('meeting', meetingId)].flatMap((uuid) => instances.get(uuid) ?? [])
      : [instances.get(meetingId) ?? []].flat()
    const found = newestFirst(this.recordingsOf(candidates)).find(usable)
    if (!found) throw recordingNotFound()
    return found
  }

  /** The recording's file `fileId` among those `usable` allows, else 404/3301. */
  file(recording: CloudRecording, fileId: string, usable: (file: RecordingFile) => boolean): RecordingFile {
    const file = recording.files.find((f) => f.id === fileId && usable(f))
    if (!file) throw recordingNotFound()
    return file
  }

  private change(
    recording: CloudRecording,
    edit: (changes: ZoomRecordingChanges) => ZoomRecordingChanges,
  ): void {
    const { uuid } = recording.instance
    this.state.recordingChanges.set(uuid, edit(this.state.recordingChanges.get(uuid) ?? {}))
  }

  /** DELETE …/recordings: to the trash (`trash`), or gone for good (`delete`, from the trash too). */
  deleteAll(meetingId: string, action: 'trash' | 'delete'): void {
    const at = formatGmt(this.now())
    if (action === 'trash') {
      const recording = this.resolve(meetingId)
      this.change(recording, (c) => ({ ...c, trashed_at: at }))
      recordingChanged(this.world, 'recording.trashed', recording, visibleFiles(recording))
      return
    }
    const recording = this.resolve(meetingId, exists)
    const ids = recording.files.map((f) => f.id)
    this.change(recording, (c) => ({ ...c, deleted_files: [...(c.deleted_files ?? []), ...ids] }))
    recordingChanged(this.world, 'recording.deleted', recording, recording.files)
  }

  /** DELETE …/recordings/{recordingId}: one file to the trash, or gone for good. */
  deleteFile(meetingId: string, fileId: string, action: 'trash' | 'delete'): void {
    if (action === 'trash') {
      const recording = this.resolve(meetingId)
      const file = this.file(recording, fileId, (f) => !f.trashedAt)
      const at = formatGmt(this.now())
      this.change(recording, (c) => ({ ...c, trashed_files: { ...c.trashed_files, [file.id]: at } }))
      recordingChanged(this.world, 'recording.trashed', recording, [file])
      return
    }
    const recording = this.resolve(meetingId, (r) => r.files.some((f) => f.id === fileId))
    this.change(recording, (c) => ({ ...c, deleted_files: [...(c.deleted_files ?? []), fileId] }))
    const deleted = recording.files.filter((f) => f.id === fileId)
    recordingChanged(this.world, 'recording.deleted', recording, deleted)
  }

  /** PUT …/recordings/status: the recording and all its files back from the trash. */
  recoverAll(meetingId: string): void {
    const recording = this.resolve(meetingId, exists)
    this.change(recording, ({ trashed_at: _, trashed_files: __, ...rest }) => rest)
    const recovered = recording.files.filter((f) => f.trashedAt)
    recordingChanged(this.world, 'recording.recovered', recording, recovered)
  }

  /** PUT …/recordings/{recordingId}/status: one file back from the trash (its recording stays where it is). */
  recoverFile(meetingId: string, fileId: string): void {
    const recording = this.resolve(meetingId, (r) => r.files.some((f) => f.id === fileId))
    // Within a recording in the trash, the file stays there with it.
    const recovered = recording.trashedAt ? [] : recording.files.filter((f) => f.id === fileId && f.trashedAt)
    this.change(recording, ({ trashed_files, ...rest }) => {
      const { [fileId]: _, ...others } = trashed_files ?? {}
      return Object.keys(others).length > 0 ? { ...rest, trashed_files: others } : rest
    })
    recordingChanged(this.world, 'recording.recovered', recording, recovered)
  }

  updateSettings(meetingId: string, update: Partial<ZoomRecordingSettings>): void {
    this.change(this.resolve(meetingId), (c) => ({ ...c, settings: { ...c.settings, ...update } }))
  }
}

/**
 * The recordings of meeting `meetingNumber` available now, outside the trash, newest first: what
 * other services (LumiNUS) show of a meeting's recordings.
 */
export function availableRecordingsOf(
  world: World,
  meetingNumber: string,
  delayMinutes: number,
): CloudRecording[] {
  settleHappenings(world, [meetingNumber])
  const { instances } = world.store.zoom
  const now = world.clock.now()
  return newestFirst(
    [...instances.members('meeting', meetingNumber)].flatMap((uuid) => {
      const instance = instances.get(uuid)
      const recording = instance && recordingOf(world.store.zoom, instance, now, delayMinutes)
      return recording && isVisible(recording) ? [recording] : []
    }),
  )
}

export const newestFirst = (recordings: CloudRecording[]): CloudRecording[] =>
  recordings.sort(
    (a, b) =>
      Date.parse(b.instance.start_time) - Date.parse(a.instance.start_time) ||
      (a.instance.uuid < b.instance.uuid ? -1 : 1),
  )
