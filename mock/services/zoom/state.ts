/** @module The Zoom slice of a world's state: accounts, users, meetings, what happened of them (instances, participants, changes to their recordings), webhook subscriptions, issued tokens and usage counters. */
import type { components } from '../../../src/generated/zoom.js'
import { TimeZones } from '../../../src/zoom/time.js'
import { IndexedTable } from '../../core/lib/indexed-table.js'
import { SharedMemos } from '../../core/shared-memos.js'
import type { ZoomRegistrant, ZoomWebinar } from './webinar-state.js'

export {
  defaultWebinarSettings,
  type ZoomRegistrant,
  type ZoomWebinar,
  type ZoomWebinarSettings,
} from './webinar-state.js'

export interface ZoomAccount {
  id: string
  /** Server-to-Server OAuth app. */
  clientId: string
  clientSecret: string
  /** Legacy JWT app. */
  jwtKey: string
  jwtSecret: string
}

export type ZoomUserType = 1 | 2 | 3 | 4 | 99
export type ZoomUserStatus = 'active' | 'inactive' | 'pending'

export interface ZoomUser {
  id: string
  account_id: string
  email: string
  first_name: string
  last_name: string
  /** 1 basic, 2 licensed, 4 unassigned without meetings basic, 99 none. */
  type: ZoomUserType
  /** `Owner`, `Admin` or `Member`. */
  role_name: string
  status: ZoomUserStatus
  pmi: number
  timezone: string
  language: string
  dept: string
  created_at: string
  /** How the user was created: create, autoCreate, custCreate or ssoCreate. */
  created_by_action: 'create' | 'autoCreate' | 'custCreate' | 'ssoCreate'
  /** `first_name last_name` when unset. */
  display_name?: string
  use_pmi?: boolean
}

export interface ZoomRecurrence {
  type: 1 | 2 | 3
  repeat_interval?: number
  weekly_days?: string
  monthly_day?: number
  monthly_week?: -1 | 1 | 2 | 3 | 4
  monthly_week_day?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  end_times?: number
  end_date_time?: string
}

export interface ZoomMeetingSettings {
  host_video: boolean
  participant_video: boolean
  join_before_host: boolean
  jbh_time: 0 | 5 | 10 | 15
  mute_upon_entry: boolean
  waiting_room: boolean
  /** 0 automatic, 1 manual, 2 no registration required. */
  approval_type: 0 | 1 | 2
  /** Type 8 with registration: 1 register once for all occurrences, 2 for each, 3 once for chosen ones; stored only when sent. */
  registration_type?: 1 | 2 | 3
  audio: 'both' | 'telephony' | 'voip' | 'thirdParty'
  auto_recording: 'local' | 'cloud' | 'none'
  alternative_hosts: string
  meeting_authentication: boolean
  authentication_option: string
  authentication_domains: string
  watermark: boolean
  use_pmi: boolean
  enforce_login: boolean
  registrants_email_notification: boolean
  close_registration: boolean
  cn_meeting: boolean
  in_meeting: boolean
  private_meeting: boolean
  email_notification: boolean
  host_save_video_order: boolean
  show_share_button: boolean
  allow_multiple_devices: boolean
  encryption_type: 'enhanced_encryption' | 'e2ee'
  continuous_meeting_chat: { enable: boolean }
}

export interface ZoomMeeting {
  uuid: string
  id: number
  host_id: string
  host_email: string
  topic: string
  /** 1 instant, 2 scheduled, 3 recurring with no fixed time, 8 recurring with fixed time, 10 screen share only. */
  type: 1 | 2 | 3 | 8 | 10
  /** UTC, `yyyy-MM-ddTHH:mm:ssZ`; absent for type 3. */
  start_time?: string
  duration: number
  timezone: string
  agenda: string
  created_at: string
  password: string
  h323_password: string
  pstn_password: string
  encrypted_password: string
  pre_schedule: boolean
  settings: ZoomMeetingSettings
  /** As sent; left out when none were. */
  tracking_fields?: { field: string; value?: string }[]
  /** The host's personal meeting ID, when a type 2 or 3 meeting uses it (`settings.use_pmi`). */
  pmi?: string
  /** Type 8 only; occurrences are computed from it when the meeting is read. */
  recurrence?: ZoomRecurrence
  /** Occurrence ids (start instants in ms) deleted one by one. */
  deleted_occurrences?: string[]
}

export const defaultMeetingSettings = (): ZoomMeetingSettings => ({
  host_video: false,
  participant_video: false,
  join_before_host: false,
  jbh_time: 0,
  mute_upon_entry: false,
  waiting_room: true,
  approval_type: 2,
  audio: 'both',
  auto_recording: 'none',
  alternative_hosts: '',
  meeting_authentication: false,
  authentication_option: '',
  authentication_domains: '',
  watermark: false,
  use_pmi: false,
  enforce_login: false,
  registrants_email_notification: true,
  close_registration: false,
  cn_meeting: false,
  in_meeting: false,
  private_meeting: false,
  email_notification: true,
  host_save_video_order: false,
  show_share_button: false,
  allow_multiple_devices: false,
  encryption_type: 'enhanced_encryption',
  continuous_meeting_chat: { enable: false },
})

/**
 * One happening of a meeting (or webinar): live from `start_time` while `end_time` is absent, then
 * a past instance. Its `uuid` is its own, fresh for each instance.
 */
export interface ZoomInstance {
  uuid: string
  /** The number of the meeting or webinar it is an instance of. */
  id: number
  kind: 'meeting' | 'webinar'
  host_id: string
  topic: string
  /** The meeting's (or webinar's) type when the instance started. */
  type: number
  /** The occurrence it happened for (its start in ms, as occurrence ids are), when it had one. */
  occurrence_id?: string
  /** UTC, `yyyy-MM-ddTHH:mm:ssZ`: when it started. */
  start_time: string
  /** When it ended; absent while live. */
  end_time?: string
  /** When it ends unless ended earlier (end now): its occurrence's end, or start + duration; absent: live until ended. */
  planned_end_time?: string
  /** Who joins when, fixed when it started: each join becomes a participant as the clock passes it (absent: none). */
  attendance?: PlannedJoin[]
  /** Whether it recorded to the cloud, fixed when it started (the meeting's or its host's setting). */
  auto_recording: 'local' | 'cloud' | 'none'
}

/** A join an instance expects: `user_id` when the email is a user of the host's account; leaves at `leave_time` or at the end. */
export interface PlannedJoin {
  name: string
  user_email: string
  user_id?: string
  join_time: string
  leave_time: string
}

/** Scripted attendance of a meeting's instances (control API): offsets in minutes from each instance's start. */
export interface AttendanceScript {
  name: string
  email: string
  joinOffsetMinutes: number
  /** Stays until the instance ends when absent. */
  leaveOffsetMinutes?: number
}

/** One join of an instance: who, from when until when (absent while still in it). */
export interface ZoomParticipant {
  /** Unique per join. */
  id: string
  /** The instance's uuid. */
  instance: string
  /** The Zoom user's id when the participant is a user of the host's account. */
  user_id?: string
  name: string
  user_email: string
  join_time: string
  leave_time?: string
}

/** How a cloud recording is shared and viewed, as Zoom's recording settings name it. */
export interface ZoomRecordingSettings {
  share_recording: 'publicly' | 'internally' | 'none'
  recording_authentication: boolean
  authentication_option: string
  authentication_domains: string
  viewer_download: boolean
  password: string
  on_demand: boolean
  approval_type: 0 | 1 | 2
  send_email_to_host: boolean
  show_social_share_buttons: boolean
  topic: string
}

/**
 * What a user changed of an instance's cloud recording (which itself follows from the instance):
 * its trash, the files deleted for good, its settings. Kept only once something changed.
 */
export interface ZoomRecordingChanges {
  /** When the whole recording went to the trash. */
  trashed_at?: string
  /** Files moved to the trash one by one: when, by file id. */
  trashed_files?: Record<string, string>
  /** Files deleted for good (every file: the recording is gone). */
  deleted_files?: string[]
  /** The settings changed from their defaults. */
  settings?: Partial<ZoomRecordingSettings>
}

/** A `download_access_token`: it downloads the files of one recording until it expires. */
export interface RecordingDownloadToken {
  accountId: string
  /** The instance uuid whose recording it opens. */
  instance: string
  expiresAt: number
}

type Schemas = components['schemas']
export type AuthenticationOption = Schemas['AuthenticationOption']

/** What PATCH /users/{userId}/settings changed of a user's settings, and only that (every field optional). */
export interface StoredUserSettings {
  schedule_meeting?: Schemas['SettingsScheduleMeeting']
  in_meeting?: Schemas['SettingsInMeeting']
  email_notification?: Schemas['SettingsEmailNotification']
  recording?: Schemas['SettingsRecording']
  telephony?: Schemas['SettingsTelephony']
  feature?: Schemas['SettingsFeature']
  tsp?: Schemas['SettingsTsp']
  meeting_security?: Schemas['SettingsMeetingSecurity']
  meeting_authentication?: {
    enabled?: boolean
    allow_authentication_exception?: boolean
    /** The whole list, once an option was added or changed. */
    options?: AuthenticationOption[]
  }
  recording_authentication?: { enabled?: boolean; options?: AuthenticationOption[] }
}

/** A group of an account's users. */
export interface ZoomGroup {
  id: string
  account_id: string
  name: string
  /** User ids. */
  member_ids: string[]
}

/** A tracking field an account's meetings may carry. */
export interface ZoomTrackingField {
  id: string
  account_id: string
  field: string
  required: boolean
  visible: boolean
  recommended_values: string[]
}

/** `assistant_id` may schedule meetings for `user_id` (Zoom's scheduling privilege). */
export interface ZoomAssistant {
  user_id: string
  assistant_id: string
}

/** An app's event subscription (POST /__emulator/webhooks): where Zoom posts which events, signed with its secret token. */
export interface ZoomWebhookSubscription {
  /** `wh_` and 16 random characters. */
  id: string
  /** An http(s) URL, or `in-process` for a callback subscriber (which a state snapshot cannot carry). */
  url: string
  /** Signs every delivery; a secret, never in an answer but the state snapshot. */
  secretToken: string
  events: string[]
  /** `pending` until the URL validation challenge is answered; a `failed` subscription receives no events. */
  status: 'pending' | 'validated' | 'failed'
  createdAt: string
  /** When the last challenge was answered right. */
  validatedAt?: string
}

export interface IssuedToken {
  accountId: string
  expiresAt: number
  scope: string
}

/** Meetings by number (as a string), grouped by host. */
export type MeetingTable = IndexedTable<ZoomMeeting, 'host'>
/** Users by id, grouped by lower-cased email. */
export type UserTable = IndexedTable<ZoomUser, 'email'>
/** Instances by uuid, grouped by meeting (or webinar) number as a string, and by `live|<host id>` / `past|<host id>`. */
export type InstanceTable = IndexedTable<ZoomInstance, 'meeting' | 'host'>
/** Participants by join id, grouped by instance uuid. */
export type ParticipantTable = IndexedTable<ZoomParticipant, 'instance'>
/** Webinars by number (as a string), grouped by host. */
export type WebinarTable = IndexedTable<ZoomWebinar, 'host'>
/** Registrants by id, grouped by the meeting or webinar number (as a string) they registered for. */
export type RegistrantTable = IndexedTable<ZoomRegistrant, 'event'>

export interface ZoomState {
  accounts: Map<string, ZoomAccount>
  /** By user id. */
  users: UserTable
  /** By meeting number, as a string. */
  meetings: MeetingTable
  /** What happened: live and past instances of meetings and webinars. */
  instances: InstanceTable
  participants: ParticipantTable
  /** Scripted attendance by meeting number: who joins the instances that start from then on. */
  attendance: Map<string, AttendanceScript[]>
  /**
   * When the world began to watch its clock (ISO instant, set on the first settle): occurrences
   * that ended before it never happened. The clock moved back never moves it.
   */
  happeningsSince?: string
  /** What users changed of cloud recordings, by instance uuid. */
  recordingChanges: Map<string, ZoomRecordingChanges>
  /** By download access token. */
  recordingTokens: Map<string, RecordingDownloadToken>
  /** By webinar number, as a string. */
  webinars: WebinarTable
  /** Registrants of meetings and webinars, by registrant id. */
  registrants: RegistrantTable
  /** Each user's settings changes, by user id (defaults are not stored). */
  userSettings: Map<string, StoredUserSettings>
  /** By group id. */
  groups: Map<string, ZoomGroup>
  /** By tracking field id. */
  trackingFields: Map<string, ZoomTrackingField>
  /** Scheduling privileges, by `user_id|assistant_id`. */
  assistants: Map<string, ZoomAssistant>
  /** Event subscriptions by id (up to 20, as Zoom allows an app). */
  webhooks: Map<string, ZoomWebhookSubscription>
  /** By access token. */
  tokens: Map<string, IssuedToken>
  /** Meeting create/update calls by `userId|yyyy-MM-dd` (UTC day). */
  dailyMeetingWrites: Map<string, number>
  /** Calls by `accountId|category|window` (a second, a minute for Resource-intensive), for the optional limits. */
  perSecondCalls: Map<string, number>
}

/** The meetings table's memo of the world's TimeZones (meeting-view.ts `timeZonesOf`). */
export const TIME_ZONES_MEMO = 'time-zones'

/** A meetings table that reads zones with the emulator's TimeZones, so that a reset or a new sandbox starts with what Intl already said. */
function meetingTable(shared: SharedMemos): MeetingTable {
  const meetings: MeetingTable = new IndexedTable({ host: { key: (meeting) => meeting.host_id } })
  meetings.memo(TIME_ZONES_MEMO, [], () => shared.memo('zoom time zones', () => new TimeZones()))
  return meetings
}

export const createZoomState = (shared = new SharedMemos()): ZoomState => ({
  accounts: new Map(),
  users: new IndexedTable({ email: { key: (user) => user.email.toLowerCase() } }),
  meetings: meetingTable(shared),
  instances: new IndexedTable({
    meeting: { key: (instance) => String(instance.id) },
    host: { key: (instance) => `${instance.end_time === undefined ? 'live' : 'past'}|${instance.host_id}` },
  }),
  participants: new IndexedTable({ instance: { key: (participant) => participant.instance } }),
  attendance: new Map(),
  recordingChanges: new Map(),
  recordingTokens: new Map(),
  webinars: new IndexedTable({ host: { key: (webinar) => webinar.host_id } }),
  registrants: new IndexedTable({ event: { key: (registrant) => String(registrant.event) } }),
  userSettings: new Map(),
  groups: new Map(),
  trackingFields: new Map(),
  assistants: new Map(),
  webhooks: new Map(),
  tokens: new Map(),
  dailyMeetingWrites: new Map(),
  perSecondCalls: new Map(),
})

/** What routes a request to a world's Zoom account: its S2S OAuth app and its legacy JWT app. */
export interface ZoomAppCredentials {
  accountId: string
  clientId: string
  clientSecret: string
  jwtKey: string
  jwtSecret: string
}

/** The account plans whose rate limits and features the emulator can apply; `basic` is Zoom's free plan. */
export const ZOOM_PLANS = ['pro', 'business', 'education', 'basic'] as const
export type ZoomPlan = (typeof ZOOM_PLANS)[number]

declare module '../../core/store.js' {
  interface Store {
    zoom: ZoomState
  }
  interface Credentials {
    zoom: ZoomAppCredentials
  }
}
declare module '../../core/context.js' {
  interface ServiceOptions {
    zoom: {
      /** Per-second category limits (Light, Medium, Heavy); the daily meeting limit always applies. */
      rateLimits: boolean
      /**
       * Whose per-second figures apply (Basic's, Pro's, or Business+'s: Business and Education
       * accounts), and what the account may use: reports need a paid plan, dashboard metrics Business+.
       */
      plan: ZoomPlan
      /** Minutes after an instance ends until its cloud recording is available. */
      recordingDelayMinutes: number
      /** Wall-clock ms a webhook receiver has to answer before the delivery counts as failed (Zoom: 3 s). */
      webhookTimeoutMs: number
      /** Hosts webhook URLs may name besides loopback (127.0.0.0/8, ::1, localhost); `*` allows any. */
      webhookAllowHosts: string[]
    }
  }
}
declare module '../../core/request-tags.js' {
  interface ServiceNames {
    zoom: 'zoom'
    /** Fault rules name the webhook deliveries the Zoom service sends out by it. */
    'zoom-webhook': 'zoom-webhook'
  }
}
