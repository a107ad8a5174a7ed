/** @module How a Zoom meeting maps onto LumiNUS's record of it, and how that record is answered. */
import { createHash } from 'node:crypto'
import type { components } from '../../../src/generated/luminus.js'
import { joinUrl } from '../../../src/zoom/urls.js'
import type { CloudRecording } from '../zoom/recording-derivation.js'
import { visibleFiles } from '../zoom/recordings-model.js'
import type { ZoomMeeting } from '../zoom/state.js'
import type { LuminusMeeting, LuminusUser, LuminusZoomFields } from './state.js'

export type MeetingResponse = components['schemas']['Meeting']

export const RECORD_TYPES = { none: 0, local: 1, cloud: 2 } as const satisfies Record<
  ZoomMeeting['settings']['auto_recording'],
  LuminusZoomFields['recordType']
>

export function zoomFields(meeting: ZoomMeeting): LuminusZoomFields {
  const { settings } = meeting
  return {
    topic: meeting.topic,
    apiUserName: meeting.host_email,
    meetingDuration: meeting.duration,
    meetingPassword: meeting.password,
    joinUrl: joinUrl(meeting),
    isWaitingRoom: settings.waiting_room,
    muteUponEntry: settings.mute_upon_entry,
    meetingAuthentication: settings.meeting_authentication,
    authenticationOpt: settings.authentication_option,
    alternativeHosts: settings.alternative_hosts,
    recordType: RECORD_TYPES[settings.auto_recording],
    notFoundInZoom: false,
  }
}

/** The dates of a meeting with a start time; a meeting without one (type 3) keeps LumiNUS's dates. */
export function zoomSchedule(
  meeting: ZoomMeeting,
): Pick<LuminusMeeting, 'startDate' | 'endDate'> | undefined {
  if (meeting.start_time === undefined) return undefined
  const start = Date.parse(meeting.start_time)
  return {
    startDate: new Date(start).toISOString(),
    endDate: new Date(start + meeting.duration * 60_000).toISOString(),
  }
}

/** The fields of a record never synced, whose Zoom meeting is gone. */
export const neverSynced = (record: LuminusMeeting): LuminusZoomFields => ({
  topic: record.name,
  apiUserName: '',
  meetingDuration: Math.max(
    0,
    Math.round((Date.parse(record.endDate) - Date.parse(record.startDate)) / 60_000),
  ),
  meetingPassword: '',
  joinUrl: '',
  isWaitingRoom: false,
  muteUponEntry: false,
  meetingAuthentication: false,
  authenticationOpt: '',
  alternativeHosts: '',
  recordType: 0,
  notFoundInZoom: true,
})

/**
 * LumiNUS identifies users by a GUID besides their NUSNET id; the emulator derives it from the
 * NUSNET id (name-based, SHA-1, like a version 5 UUID) so that it is stable across resets.
 */
export function userGuid(nusnetId: string): string {
  const hex = createHash('sha1').update(`luminus-user:${nusnetId.toLowerCase()}`).digest('hex')
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** What LumiNUS reflects of the Zoom meeting's available cloud recordings. */
export interface RecordingFacts {
  /** One of them is shared (its `share_recording` is not `none`): there is a URL to publish. */
  shareable: boolean
  /** One of them has its video (MP4) file: there is something to export to Multimedia. */
  hasVideo: boolean
}

export const recordingFacts = (recordings: readonly CloudRecording[]): RecordingFacts => ({
  shareable: recordings.some((r) => r.settings.share_recording !== 'none'),
  hasVideo: recordings.some((r) => visibleFiles(r).some((file) => file.file_type === 'MP4')),
})

export interface MeetingView {
  record: LuminusMeeting
  creator: LuminusUser | undefined
  zoom: LuminusZoomFields
  readonlyAccess: boolean
  recordings: RecordingFacts
}

export const toMeetingResponse = ({
  record,
  creator,
  zoom,
  readonlyAccess,
  recordings,
}: MeetingView): MeetingResponse => ({
  id: record.id,
  name: record.name,
  startDate: record.startDate,
  endDate: record.endDate,
  createdDate: record.createdDate,
  creatorID: userGuid(record.creatorID),
  readonlyAccess,
  userID: record.creatorID,
  userName: creator?.name ?? '',
  email: creator?.email ?? '',
  topic: zoom.topic,
  apiUserName: zoom.apiUserName,
  meetingID: record.meetingID,
  meetingDuration: zoom.meetingDuration,
  meetingPassword: zoom.meetingPassword,
  joinUrl: zoom.joinUrl,
  hostKey: record.hostKey ?? '',
  isSendEmail: record.isSendEmail,
  isPublishRecordURL: record.isPublishRecordURL && recordings.shareable,
  isSetPassword: zoom.meetingPassword !== '',
  isWaitingRoom: zoom.isWaitingRoom,
  meetingAuthentication: zoom.meetingAuthentication,
  muteUponEntry: zoom.muteUponEntry,
  notFoundInZoom: zoom.notFoundInZoom,
  recordType: zoom.recordType,
  authenticationOpt: zoom.authenticationOpt,
  alternativeHosts: zoom.alternativeHosts,
  meetingType: record.meetingType,
  moduleID: record.moduleId,
  exportMultimediaWeb: record.exportMultimediaWeb && recordings.hasVideo,
  channelID: record.channelID,
  channelName: record.channelName,
  publishMutimediaChannel: record.publishMutimediaChannel,
})
