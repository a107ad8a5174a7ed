/** @module The webinars and registrants of a world's Zoom slice: their stored shapes and the webinar settings' defaults. */
import type { components } from '../../../src/generated/zoom.js'
import type { Recurrence } from '../../../src/zoom/recurrence.js'

type RegistrantFields = components['schemas']['RegistrantFields']

export interface ZoomWebinarSettings {
  host_video: boolean
  panelists_video: boolean
  practice_session: boolean
  hd_video: boolean
  hd_video_for_attendees: boolean
  send_1080p_video_to_attendees: boolean
  /** 0 automatic, 1 manual, 2 no registration required. */
  approval_type: 0 | 1 | 2
  /** Type 9 with registration: 1 register once for all occurrences, 2 for each, 3 once for chosen ones. */
  registration_type: 1 | 2 | 3
  audio: 'both' | 'telephony' | 'voip' | 'thirdParty'
  auto_recording: 'local' | 'cloud' | 'none'
  enforce_login: boolean
  enforce_login_domains: string
  alternative_hosts: string
  close_registration: boolean
  show_share_button: boolean
  allow_multiple_devices: boolean
  on_demand: boolean
  panelists_invitation_email_notification: boolean
  registrants_email_notification: boolean
  registrants_confirmation_email: boolean
  /** 0: no limit. */
  registrants_restrict_number: number
  meeting_authentication: boolean
  authentication_option: string
  authentication_domains: string
  contact_name: string
  contact_email: string
  email_language: string
  post_webinar_survey: boolean
  survey_url: string
  add_watermark: boolean
  add_audio_watermark: boolean
  panelist_authentication: boolean
  question_and_answer: {
    enable: boolean
    allow_submit_questions: boolean
    allow_anonymous_questions: boolean
    answer_questions: 'only' | 'all'
    attendees_can_comment: boolean
    attendees_can_upvote: boolean
  }
}

export const defaultWebinarSettings = (): ZoomWebinarSettings => ({
  host_video: false,
  panelists_video: false,
  practice_session: false,
  hd_video: false,
  hd_video_for_attendees: false,
  send_1080p_video_to_attendees: false,
  approval_type: 2,
  registration_type: 1,
  audio: 'both',
  auto_recording: 'none',
  enforce_login: false,
  enforce_login_domains: '',
  alternative_hosts: '',
  close_registration: false,
  show_share_button: false,
  allow_multiple_devices: false,
  on_demand: false,
  panelists_invitation_email_notification: true,
  registrants_email_notification: true,
  registrants_confirmation_email: true,
  registrants_restrict_number: 0,
  meeting_authentication: false,
  authentication_option: '',
  authentication_domains: '',
  contact_name: '',
  contact_email: '',
  email_language: 'en-US',
  post_webinar_survey: false,
  survey_url: '',
  add_watermark: false,
  add_audio_watermark: false,
  panelist_authentication: false,
  question_and_answer: {
    enable: true,
    allow_submit_questions: true,
    allow_anonymous_questions: true,
    answer_questions: 'all',
    attendees_can_comment: true,
    attendees_can_upvote: true,
  },
})

export interface ZoomWebinar {
  uuid: string
  /** Its number: never a meeting's. */
  id: number
  host_id: string
  host_email: string
  topic: string
  /** 5 webinar, 6 recurring with no fixed time, 9 recurring with a fixed time. */
  type: 5 | 6 | 9
  /** UTC, `yyyy-MM-ddTHH:mm:ssZ`; absent for type 6. */
  start_time?: string
  duration: number
  timezone: string
  agenda: string
  created_at: string
  password: string
  h323_passcode: string
  encrypted_passcode: string
  settings: ZoomWebinarSettings
  tracking_fields?: { field: string; value?: string }[]
  /** Type 9 only (type 6 may keep one as sent); occurrences are computed from it. */
  recurrence?: Recurrence
  /** Occurrence ids (start instants in ms) deleted one by one. */
  deleted_occurrences?: string[]
}

/** One registration for a meeting or webinar; `cancel` removes it. */
export interface ZoomRegistrant {
  id: string
  /** The number of the meeting or webinar registered for. */
  event: number
  kind: 'meeting' | 'webinar'
  email: string
  first_name: string
  last_name?: string
  address?: string
  city?: string
  state?: string
  zip?: string
  country?: string
  phone?: string
  comments?: string
  industry?: string
  job_title?: string
  org?: string
  no_of_employees?: string
  purchasing_time_frame?: RegistrantFields['purchasing_time_frame']
  role_in_purchase_process?: RegistrantFields['role_in_purchase_process']
  language?: string
  custom_questions?: { title: string; value: string }[]
  status: 'approved' | 'pending' | 'denied'
  create_time: string
  /** Its place in the order of registration for its event (lists sort by it). */
  seq: number
  /** The token of the registrant's own join URL. */
  join_token: string
  /** The occurrences registered for (ids), when the event's registration type lets a registrant choose. */
  occurrence_ids?: string[]
}
