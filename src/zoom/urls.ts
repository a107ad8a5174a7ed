/** @module The URLs Zoom gives a meeting, derived from its number and encrypted passcode. */

export const ZOOM_WEB_ORIGIN = 'https://zoom.us'

export interface MeetingRef {
  id: number
  encrypted_password: string
}

export const joinUrl = (meeting: MeetingRef): string =>
  `${ZOOM_WEB_ORIGIN}/j/${meeting.id}${meeting.encrypted_password ? `?pwd=${meeting.encrypted_password}` : ''}`

/** Zoom's start URL carries a short-lived ZAK; ours carries a fixed marker instead of a real one. */
export const startUrl = (meeting: MeetingRef): string => `${ZOOM_WEB_ORIGIN}/s/${meeting.id}?zak=emulated`

/** Where participants register when a meeting takes registrations; Zoom's carries a token, ours the meeting number. */
export const registrationUrl = (meeting: MeetingRef): string =>
  `${ZOOM_WEB_ORIGIN}/meeting/register/${meeting.id}`
