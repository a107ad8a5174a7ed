/** @module A Zoom user's settings: the defaults for the user's type, with the changes stored in `zoom.userSettings` merged over them. */
import type { components } from '../../../src/generated/zoom.js'
import {
  type AuthenticationOption,
  defaultMeetingSettings,
  type StoredUserSettings,
  type ZoomMeetingSettings,
  type ZoomState,
  type ZoomUser,
} from './state.js'

type Schemas = components['schemas']

/** Every group of the settings object, filled, plus what only an `option` shows. */
export interface UserSettings extends Required<Schemas['UserSettings']> {
  meeting_security: Schemas['SettingsMeetingSecurity']
  meeting_authentication: Schemas['MeetingAuthenticationSettings']
  recording_authentication: Schemas['RecordingAuthenticationSettings']
}

const passwordRequirement = () => ({
  length: 0,
  have_letter: false,
  have_number: false,
  have_special_character: false,
  have_upper_and_lower_characters: false,
  only_allow_numeric: false,
  consecutive_characters_length: 0 as const,
  weak_enhance_detection: false,
})

/** The sign-in options Zoom offers every user; their ids are the emulator's own. */
export const DEFAULT_MEETING_AUTH_OPTIONS: readonly AuthenticationOption[] = [
  {
    id: 'signIn_default',
    name: 'Sign in to Zoom',
    type: 'enforce_login',
    default_option: true,
    visible: true,
  },
  {
    id: 'sameAccount_default',
    name: 'Sign in to Zoom with the same account',
    type: 'enforce_login_with_same_account',
    default_option: false,
    visible: true,
  },
]
export const DEFAULT_RECORDING_AUTH_OPTIONS: readonly AuthenticationOption[] = [
  {
    id: 'internally_default',
    name: 'Users in my account',
    type: 'internally',
    default_option: true,
    visible: true,
  },
  {
    id: 'signIn_default',
    name: 'Sign in to Zoom',
    type: 'enforce_login',
    default_option: false,
    visible: true,
  },
]

/** A new user's settings: licensed users (type 2 and up) record to the cloud and host 300; basic users neither. */
export function defaultUserSettings(user: ZoomUser): UserSettings {
  const licensed = user.type !== 1
  return {
    schedule_meeting: {
      host_video: false,
      participants_video: false,
      audio_type: 'both',
      join_before_host: false,
      force_pmi_jbh_password: false,
      pstn_password_protected: false,
      use_pmi_for_scheduled_meetings: false,
      use_pmi_for_instant_meetings: false,
      require_password_for_scheduling_new_meetings: true,
      require_password_for_scheduled_meetings: true,
      require_password_for_instant_meetings: true,
      require_password_for_pmi_meetings: 'jbh_only',
      embed_password_in_join_link: true,
      personal_meeting: true,
      meeting_password_requirement: passwordRequirement(),
      continuous_meeting_chat: {
        enable: false,
        can_add_external_users: false,
        auto_add_invited_external_users: false,
      },
    },
    in_meeting: {
      e2e_encryption: false,
      chat: true,
      private_chat: true,
      auto_saving_chat: false,
      allow_participants_chat_with: 3,
      allow_users_save_chats: 2,
      entry_exit_chime: 'none',
      record_play_voice: false,
      file_transfer: true,
      feedback: false,
      post_meeting_feedback: false,
      co_host: true,
      polling: true,
      attendee_on_hold: false,
      annotation: true,
      whiteboard: true,
      remote_control: true,
      non_verbal_feedback: true,
      meeting_reactions: true,
      breakout_room: true,
      remote_support: false,
      closed_caption: true,
      group_hd: false,
      virtual_background: true,
      far_end_camera_control: false,
      share_dual_camera: false,
      screen_sharing: true,
      who_can_share_screen: 'host',
      who_can_share_screen_when_someone_is_sharing: 'host',
      allow_live_streaming: false,
      show_meeting_control_toolbar: false,
      join_from_desktop: true,
      join_from_mobile: true,
      waiting_room: true,
    },
    email_notification: {
      jbh_reminder: true,
      cancel_meeting_reminder: true,
      alternative_host_reminder: true,
      schedule_for_reminder: true,
      cloud_recording_available_reminder: licensed,
      recording_available_reminder_schedulers: licensed,
      recording_available_reminder_alternative_hosts: false,
    },
    recording: {
      local_recording: true,
      cloud_recording: licensed,
      record_speaker_view: licensed,
      record_gallery_view: false,
      record_audio_file: licensed,
      save_chat_text: licensed,
      show_timestamp: false,
      recording_audio_transcript: false,
      auto_recording: 'none',
      host_pause_stop_recording: true,
      auto_delete_cmr: false,
      auto_delete_cmr_days: 30,
      recording_disclaimer: false,
      ask_participants_to_consent_disclaimer: false,
      ask_host_to_confirm_disclaimer: false,
      save_poll_results: false,
      save_close_caption: false,
      display_participant_name: true,
      recording_thumbnails: true,
      ip_address_access_control: { enable: false, ip_addresses_or_ranges: '' },
      recording_password_requirement: {
        length: 0,
        have_letter: false,
        have_number: false,
        have_special_character: false,
        only_allow_numeric: false,
      },
    },
    telephony: {
      third_party_audio: false,
      audio_conference_info: '',
      show_international_numbers_link: true,
      telephony_regions: { allowed_values: ['US'], selection_values: 'US' },
    },
    feature: {
      meeting_capacity: licensed ? 300 : 100,
      large_meeting: false,
      webinar: false,
      zoom_events: false,
      zoom_phone: false,
      cn_meeting: false,
      in_meeting: false,
      concurrent_meeting: 'None',
    },
    tsp: { call_out: false, call_out_countries: [], show_international_numbers_link: false },
    audio_conferencing: {
      toll_free_and_fee_based_toll_call: { enable: false, allow_webinar_attendees_dial: false, numbers: [] },
    },
    profile: { recording_storage_location: { allowed_values: ['US'], value: 'US' } },
    meeting_security: {
      auto_security: true,
      block_user_domain: false,
      block_user_domain_list: [],
      embed_password_in_join_link: true,
      encryption_type: 'enhanced_encryption',
      end_to_end_encrypted_meetings: false,
      meeting_password: true,
      meeting_password_requirement: passwordRequirement(),
      only_authenticated_can_join_from_webclient: false,
      phone_password: false,
      pmi_password: false,
      require_password_for_scheduled_meeting: true,
      require_password_for_scheduled_webinar: true,
      waiting_room: true,
      waiting_room_settings: {
        participants_to_place_in_waiting_room: 0,
        users_who_can_admit_participants_from_waiting_room: 0,
        whitelisted_domains_for_waiting_room: '',
      },
      webinar_password: false,
    },
    meeting_authentication: {
      meeting_authentication: false,
      allow_authentication_exception: false,
      authentication_options: DEFAULT_MEETING_AUTH_OPTIONS.map((option) => ({ ...option })),
    },
    recording_authentication: {
      recording_authentication: false,
      authentication_options: DEFAULT_RECORDING_AUTH_OPTIONS.map((option) => ({ ...option })),
    },
  }
}

type Plain = Record<string, unknown>
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `base` with `patch` over it, object by object; arrays and scalars in `patch` replace. Neither is changed. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlain(base) || !isPlain(patch)) return (patch === undefined ? base : patch) as T
  const merged: Plain = { ...base }
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) merged[key] = key in base ? deepMerge(base[key], value) : value
  return merged as T
}

/** The user's full settings: the defaults for their type, with what was changed over them. */
export const userSettingsOf = (state: ZoomState, user: ZoomUser): UserSettings =>
  settingsWith(user, state.userSettings.get(user.id) ?? {})

/** The defaults for the user's type with `stored` over them. */
export function settingsWith(user: ZoomUser, stored: StoredUserSettings): UserSettings {
  const { meeting_authentication: meetingAuth, recording_authentication: recordingAuth, ...groups } = stored
  const settings = deepMerge(defaultUserSettings(user), groups)
  const meeting = settings.meeting_authentication
  const recording = settings.recording_authentication
  return {
    ...settings,
    meeting_authentication: {
      meeting_authentication: meetingAuth?.enabled ?? meeting.meeting_authentication,
      allow_authentication_exception:
        meetingAuth?.allow_authentication_exception ?? meeting.allow_authentication_exception,
      authentication_options: meetingAuth?.options ?? meeting.authentication_options,
    },
    recording_authentication: {
      recording_authentication: recordingAuth?.enabled ?? recording.recording_authentication,
      authentication_options: recordingAuth?.options ?? recording.authentication_options,
    },
  }
}

/** A new meeting's settings where the host's settings decide them; the rest are Zoom's fixed defaults. */
export function meetingDefaults(settings: UserSettings): ZoomMeetingSettings {
  const { schedule_meeting: schedule, recording, meeting_security: security } = settings
  const defaults = defaultMeetingSettings()
  return {
    ...defaults,
    host_video: schedule.host_video ?? defaults.host_video,
    participant_video: schedule.participants_video ?? defaults.participant_video,
    join_before_host: schedule.join_before_host ?? defaults.join_before_host,
    audio: schedule.audio_type ?? defaults.audio,
    waiting_room: security.waiting_room ?? defaults.waiting_room,
    auto_recording: recording.auto_recording ?? defaults.auto_recording,
    encryption_type: security.encryption_type ?? defaults.encryption_type,
  }
}
