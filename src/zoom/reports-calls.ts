/** @module Typed calls for Zoom's Reports and Dashboard metrics, with page iterators and Zoom's double-encoding of instance UUIDs. */
import type { components } from '../generated/zoom.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

/**
 * A meeting (or webinar) number or an instance UUID as a path segment: Zoom requires a UUID that
 * begins with `/` or contains `//` to be encoded twice; anything else is encoded once.
 */
export function instancePathSegment(meetingIdOrUuid: number | string): string {
  const value = String(meetingIdOrUuid)
  const once = encodeURIComponent(value)
  return value.startsWith('/') || value.includes('//') ? encodeURIComponent(once) : once
}

type WithoutToken<Q> = Omit<Q, 'next_page_token'>

export function reportsCalls(t: ZoomTransport) {
  const { call, pages } = t
  const token = (next: string | undefined) => (next ? { next_page_token: next } : {})

  const metrics = {
    meetings: (query: Query<'dashboardMeetings'>) =>
      call<Schemas['MetricsMeetingList']>('GET', '/metrics/meetings', query),
    meetingPages: (query: WithoutToken<Query<'dashboardMeetings'>>) =>
      pages((next) => metrics.meetings({ ...query, ...token(next) })),
    meetingParticipants: (
      meetingIdOrUuid: number | string,
      query: Query<'dashboardMeetingParticipants'> = {},
    ) =>
      call<Schemas['MetricsParticipantList']>(
        'GET',
        `/metrics/meetings/${instancePathSegment(meetingIdOrUuid)}/participants`,
        query,
      ),
    meetingParticipantPages: (
      meetingIdOrUuid: number | string,
      query: WithoutToken<Query<'dashboardMeetingParticipants'>> = {},
    ) => pages((next) => metrics.meetingParticipants(meetingIdOrUuid, { ...query, ...token(next) })),
    webinars: (query: Query<'dashboardWebinars'>) =>
      call<Schemas['MetricsWebinarList']>('GET', '/metrics/webinars', query),
    webinarPages: (query: WithoutToken<Query<'dashboardWebinars'>>) =>
      pages((next) => metrics.webinars({ ...query, ...token(next) })),
  }

  const reports = {
    meetings: (userId: string, query: Query<'reportMeetings'>) =>
      call<Schemas['ReportMeetingList']>('GET', `/report/users/${t.id(userId)}/meetings`, query),
    meetingPages: (userId: string, query: WithoutToken<Query<'reportMeetings'>>) =>
      pages((next) => reports.meetings(userId, { ...query, ...token(next) })),
    users: (query: Query<'reportUsers'>) => call<Schemas['ReportUserList']>('GET', '/report/users', query),
    userPages: (query: WithoutToken<Query<'reportUsers'>>) =>
      pages((next) => reports.users({ ...query, ...token(next) })),
    meetingParticipants: (meetingIdOrUuid: number | string, query: Query<'reportMeetingParticipants'> = {}) =>
      call<Schemas['ReportParticipantList']>(
        'GET',
        `/report/meetings/${instancePathSegment(meetingIdOrUuid)}/participants`,
        query,
      ),
    meetingParticipantPages: (
      meetingIdOrUuid: number | string,
      query: WithoutToken<Query<'reportMeetingParticipants'>> = {},
    ) => pages((next) => reports.meetingParticipants(meetingIdOrUuid, { ...query, ...token(next) })),
    webinarParticipants: (webinarIdOrUuid: number | string, query: Query<'reportWebinarParticipants'> = {}) =>
      call<Schemas['ReportParticipantList']>(
        'GET',
        `/report/webinars/${instancePathSegment(webinarIdOrUuid)}/participants`,
        query,
      ),
    webinarParticipantPages: (
      webinarIdOrUuid: number | string,
      query: WithoutToken<Query<'reportWebinarParticipants'>> = {},
    ) => pages((next) => reports.webinarParticipants(webinarIdOrUuid, { ...query, ...token(next) })),
    /** Dashboard metrics (Business or higher). */
    metrics,
  }
  return reports
}
