/** @module Typed Zoom calls for user settings (whole or by option), schedulers, user tokens, groups, tracking fields and meeting invitations. */
import type { components } from '../generated/zoom.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']
type SettingsQuery = Omit<Query<'userSettings'>, 'option'>

export function settingsCalls(t: ZoomTransport) {
  const settingsOf = (userId: string) => `/users/${t.id(userId)}/settings`
  const groups = {
    list: (query: Query<'groups'> = {}) => t.call<Schemas['GroupList']>('GET', '/groups', query),
    pages: (query: Query<'groups'> = {}) =>
      t.pages((next_page_token) =>
        groups.list({ ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
  }
  return {
    /** The settings groups; `custom_query_fields` keeps only the fields it names. */
    get: (userId: string, query: SettingsQuery = {}) =>
      t.call<Schemas['UserSettings']>('GET', settingsOf(userId), query),
    meetingAuthentication: (userId: string) =>
      t.call<Schemas['MeetingAuthenticationSettings']>('GET', settingsOf(userId), {
        option: 'meeting_authentication',
      }),
    recordingAuthentication: (userId: string) =>
      t.call<Schemas['RecordingAuthenticationSettings']>('GET', settingsOf(userId), {
        option: 'recording_authentication',
      }),
    meetingSecurity: (userId: string) =>
      t.call<Schemas['MeetingSecuritySettings']>('GET', settingsOf(userId), { option: 'meeting_security' }),
    update: (userId: string, body: Schemas['UserSettingsUpdate'], query: Query<'userSettingsUpdate'> = {}) =>
      t.call<void>('PATCH', settingsOf(userId), query, body),
    schedulers: (userId: string) =>
      t.call<Schemas['SchedulerList']>('GET', `/users/${t.id(userId)}/schedulers`),
    token: (userId: string, query: Query<'userToken'> = {}) =>
      t.call<Schemas['UserToken']>('GET', `/users/${t.id(userId)}/token`, query),
    groups,
    trackingFields: () => t.call<Schemas['TrackingFieldList']>('GET', '/tracking_fields'),
    invitation: (meetingId: number | string) =>
      t.call<Schemas['MeetingInvitation']>('GET', `/meetings/${t.id(meetingId)}/invitation`),
  }
}
