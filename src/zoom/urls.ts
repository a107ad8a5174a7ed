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

/** Where attendees register for a webinar that takes registrations. */
export const webinarRegistrationUrl = (webinar: MeetingRef): string =>
  `${ZOOM_WEB_ORIGIN}/webinar/register/${webinar.id}`

/** A registrant's own join URL: the meeting's (or webinar's) number and the registrant's token, as Zoom's `/w/` links carry them. */
export const registrantJoinUrl = (event: MeetingRef, registrantToken: string): string =>
  `${ZOOM_WEB_ORIGIN}/w/${event.id}?tk=${registrantToken}${event.encrypted_password ? `&pwd=${event.encrypted_password}` : ''}`
