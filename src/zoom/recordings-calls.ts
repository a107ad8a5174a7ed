/** @module Typed calls for Zoom's cloud recordings: a meeting's, a user's list (and its pages), trash, recovery, deletion and settings. */
import type { components } from '../generated/zoom.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

/**
 * A meeting number or instance UUID as a path segment: Zoom requires a UUID that starts with `/` or
 * contains `//` double encoded, and takes any other encoded once.
 */
export function meetingPathSegment(meetingId: number | string): string {
  const value = String(meetingId)
  const once = encodeURIComponent(value)
  return value.startsWith('/') || value.includes('//') ? encodeURIComponent(once) : once
}

export function recordingsCalls(t: ZoomTransport) {
  const at = (meetingId: number | string) => `/meetings/${meetingPathSegment(meetingId)}/recordings`
  const recordings = {
    /** The latest instance's recording for a meeting number, an instance's own for its UUID. */
    get: (meetingId: number | string, query: Query<'recordingGet'> = {}) =>
      t.call<Schemas['RecordingDetail']>('GET', at(meetingId), query),
    list: (userId: string, query: Query<'recordingsList'> = {}) =>
      t.call<Schemas['RecordingList']>('GET', `/users/${t.id(userId)}/recordings`, query),
    pages: (userId: string, query: Query<'recordingsList'> = {}) =>
      t.pages((next_page_token) =>
        recordings.list(userId, { ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
    /** To the trash by default; `{action: 'delete'}` deletes for good. */
    delete: (meetingId: number | string, query: Query<'recordingDelete'> = {}) =>
      t.call<void>('DELETE', at(meetingId), query),
    deleteFile: (meetingId: number | string, recordingId: string, query: Query<'recordingDeleteOne'> = {}) =>
      t.call<void>('DELETE', `${at(meetingId)}/${t.id(recordingId)}`, query),
    recover: (meetingUuid: number | string) =>
      t.call<void>('PUT', `${at(meetingUuid)}/status`, undefined, { action: 'recover' }),
    recoverFile: (meetingId: number | string, recordingId: string) =>
      t.call<void>('PUT', `${at(meetingId)}/${t.id(recordingId)}/status`, undefined, { action: 'recover' }),
    settings: (meetingId: number | string) =>
      t.call<Schemas['RecordingSettings']>('GET', `${at(meetingId)}/settings`),
    updateSettings: (meetingId: number | string, body: Schemas['RecordingSettingsUpdate']) =>
      t.call<void>('PATCH', `${at(meetingId)}/settings`, undefined, body),
  }
  return recordings
}
