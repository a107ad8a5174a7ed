/** @module A meeting's invitation text, as Zoom writes it: topic, time in the meeting's zone, join URL, meeting ID, passcode, dial-in and SIP. */
import { type TimeZones, toLocal } from '../../../src/zoom/time.js'
import { joinUrl } from '../../../src/zoom/urls.js'
import { occurrenceStartsOf, timeZonesOf } from './meeting-view.js'
import type { MeetingTable, ZoomMeeting, ZoomUser } from './state.js'
import { displayName } from './users-model.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const pad = (n: number) => String(n).padStart(2, '0')

/** The emulator's dial-in numbers: fictional (555-01xx), so no invitation it writes sends anyone to a real bridge. */
export const DIAL_IN_NUMBERS = [
  { number: '+15550100100', label: 'US (New York)' },
  { number: '+15550100200', label: 'US (San Jose)' },
] as const

/** `Mar 25, 2022 03:32 PM`, the wall time in `timeZone`. */
export function invitationTime(ms: number, timeZone: string, zones?: TimeZones): string {
  const t = toLocal(ms, timeZone, zones)
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12
  return `${MONTHS[t.month - 1]} ${t.day}, ${t.year} ${pad(hour12)}:${pad(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}`
}

/** `555 4444 3210`: the number in groups of three, then four (three for short numbers). */
export function spacedMeetingId(id: number): string {
  const digits = String(id)
  const tail = digits.length >= 11 ? 4 : 3
  return [digits.slice(0, 3), digits.slice(3, 3 + tail), digits.slice(3 + tail)].filter(Boolean).join(' ')
}

/** Zoom writes the zone as its IANA name with `, ` for the first `/` (`America, Los_Angeles`). */
const zoneLabel = (timeZone: string) => timeZone.replace('/', ', ')

function timeLines(meeting: ZoomMeeting, meetings: MeetingTable, now: number): string[] {
  if (meeting.type === 3) return ['Time: This is a recurring meeting Meet anytime']
  const starts = occurrenceStartsOf(meeting, meetings)
  if (starts.length === 0) return []
  const upcoming = starts.filter((at) => at + meeting.duration * 60_000 > now)
  const shown = upcoming.length > 0 ? upcoming : starts
  const zones = timeZonesOf(meetings)
  const first = `Time: ${invitationTime(shown[0] as number, meeting.timezone, zones)} ${zoneLabel(meeting.timezone)}`
  if (meeting.type !== 8) return [first]
  return [first, ...shown.map((at) => `        ${invitationTime(at, meeting.timezone, zones)}`)]
}

export const sipLinks = (meeting: ZoomMeeting): string[] => [`${meeting.id}@zoomcrc.com`]

/** The invitation the host would send: Zoom's layout, with the emulator's dial-in numbers when the meeting allows telephone audio. */
export function invitationText(
  meeting: ZoomMeeting,
  host: ZoomUser,
  meetings: MeetingTable,
  now: number,
): string {
  const id = spacedMeetingId(meeting.id)
  const passcode = meeting.password === '' ? [] : [`Passcode: ${meeting.password}`]
  const phonePasscode = meeting.pstn_password === '' ? [] : [`Passcode: ${meeting.pstn_password}`]
  const tapSuffix = meeting.pstn_password === '' ? '' : `,,,,*${meeting.pstn_password}#`
  const telephone = meeting.settings.audio === 'both' || meeting.settings.audio === 'telephony'
  const dialIn = telephone
    ? [
        '',
        'One tap mobile',
        ...DIAL_IN_NUMBERS.map(({ number, label }) => `${number},,${meeting.id}#${tapSuffix} ${label}`),
        '',
        'Dial by your location',
        ...DIAL_IN_NUMBERS.map(({ number, label }) => `• ${number} ${label}`),
        '',
        `Meeting ID: ${id}`,
        ...phonePasscode,
      ]
    : []
  return [
    `${displayName(host)} is inviting you to a scheduled Zoom meeting.`,
    '',
    `Topic: ${meeting.topic}`,
    ...timeLines(meeting, meetings, now),
    '',
    'Join Zoom Meeting',
    joinUrl(meeting),
    '',
    `Meeting ID: ${id}`,
    ...passcode,
    '',
    '---',
    ...dialIn,
    '',
    'Join by SIP',
    ...sipLinks(meeting).map((link) => `• ${link}`),
    '',
  ].join('\n')
}
