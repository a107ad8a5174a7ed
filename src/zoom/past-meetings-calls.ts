/** @module Typed calls of Zoom's Past meetings endpoints: ended instances of a meeting, one instance's details, its participants. */
import type { components } from '../generated/zoom.js'
import { instancePathSegment } from './reports-calls.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

export function pastMeetingCalls(t: ZoomTransport) {
  const calls = {
    /** The meeting's ended instances (`{meetings: [{uuid, start_time}]}`), oldest first. */
    instances: (meetingId: number | string) =>
      t.call<Schemas['PastMeetingInstances']>('GET', `/past_meetings/${t.id(meetingId)}/instances`),
    /** An ended instance by UUID, or a meeting's latest one by number. */
    get: (meetingIdOrUuid: number | string) =>
      t.call<Schemas['PastMeeting']>('GET', `/past_meetings/${instancePathSegment(meetingIdOrUuid)}`),
    participants: (meetingIdOrUuid: number | string, query: Query<'pastMeetingParticipants'> = {}) =>
      t.call<Schemas['PastMeetingParticipants']>(
        'GET',
        `/past_meetings/${instancePathSegment(meetingIdOrUuid)}/participants`,
        query,
      ),
    /** Every page of the participants, following `next_page_token`. */
    participantPages: (meetingIdOrUuid: number | string, query: Query<'pastMeetingParticipants'> = {}) =>
      t.pages((next_page_token) =>
        calls.participants(meetingIdOrUuid, { ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
  }
  return calls
}
