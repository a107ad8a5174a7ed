/** @module Property: whatever the Zoom meeting holds, a sync answers exactly the mapped values. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
import { clientFor, DEMO_MEETING_ID, DEMO_ZOOM_MEETING, rewriteDemoZoomMeeting } from './helpers.js'

const YEAR = 365 * 24 * 3_600_000
const email = fc.emailAddress()

const zoomValues = {
  topic: fc.string({ maxLength: 200 }),
  duration: fc.integer({ min: 0, max: 1440 }),
  password: fc.stringMatching(/^[A-Za-z0-9@_*-]{0,10}$/),
  encryptedPassword: fc.stringMatching(/^[A-Za-z0-9_.-]{0,32}$/),
  startSecond: fc.integer({ min: (T0 - YEAR) / 1000, max: (T0 + YEAR) / 1000 }),
  hostEmail: email,
  waitingRoom: fc.boolean(),
  muteUponEntry: fc.boolean(),
  meetingAuthentication: fc.boolean(),
  authenticationOption: fc.string({ maxLength: 40 }),
  alternativeHosts: fc.array(email, { maxLength: 3 }).map((hosts) => hosts.join(';')),
  autoRecording: fc.constantFrom('none', 'local', 'cloud'),
}

test.prop(zoomValues)('a sync answers exactly the mapped values of any Zoom meeting', async (v) => {
  const emulator = createTestEmulator()
  const start = v.startSecond * 1000
  rewriteDemoZoomMeeting(emulator, (zoom) => ({
    ...zoom,
    topic: v.topic,
    duration: v.duration,
    password: v.password,
    encrypted_password: v.encryptedPassword,
    host_email: v.hostEmail,
    start_time: `${new Date(start).toISOString().slice(0, 19)}Z`,
    settings: {
      ...zoom.settings,
      waiting_room: v.waitingRoom,
      mute_upon_entry: v.muteUponEntry,
      meeting_authentication: v.meetingAuthentication,
      authentication_option: v.authenticationOption,
      alternative_hosts: v.alternativeHosts,
      auto_recording: v.autoRecording,
    },
  }))

  const { data } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)

  expect(data).toMatchObject({
    topic: v.topic,
    apiUserName: v.hostEmail,
    meetingDuration: v.duration,
    meetingPassword: v.password,
    isSetPassword: v.password.length > 0,
    joinUrl: `https://zoom.us/j/${DEMO_ZOOM_MEETING}${v.encryptedPassword ? `?pwd=${v.encryptedPassword}` : ''}`,
    startDate: new Date(start).toISOString(),
    endDate: new Date(start + v.duration * 60_000).toISOString(),
    isWaitingRoom: v.waitingRoom,
    muteUponEntry: v.muteUponEntry,
    meetingAuthentication: v.meetingAuthentication,
    authenticationOpt: v.authenticationOption,
    alternativeHosts: v.alternativeHosts,
    recordType: { none: 0, local: 1, cloud: 2 }[v.autoRecording],
    notFoundInZoom: false,
  })
})
