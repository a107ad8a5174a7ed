/** @module Sync: who may sync which meeting, and how LumiNUS's record follows the Zoom meeting. */
import { describe, expect, test } from 'vitest'
import { addSubscription, addUser, grantStaffAccess } from '../../mock/services/luminus/records.js'
import type { ZoomMeeting } from '../../mock/services/zoom/state.js'
import { createTestEmulator } from '../helpers.js'
import {
  clientFor,
  DEMO_MEETING_ID,
  DEMO_MODULE_ID,
  DEMO_ZOOM_MEETING,
  demoZoomMeeting,
  rewriteDemoZoomMeeting,
  STUDENT_KEY,
} from './helpers.js'

describe('syncing a LumiNUS meeting', () => {
  test('answers the demo meeting to its staff with every field of the Zoom meeting and the record', async () => {
    const { data } = await clientFor(createTestEmulator()).syncMeeting(DEMO_MEETING_ID)
    expect(data).toEqual({
      id: DEMO_MEETING_ID,
      name: 'Week 1 Lecture',
      startDate: '2026-11-23T12:00:00.000Z',
      endDate: '2026-11-23T14:00:00.000Z',
      createdDate: expect.any(String),
      creatorID: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      readonlyAccess: false,
      userID: 'e0000001',
      userName: 'Harper Demo',
      email: 'host@example.edu',
      topic: 'Week 1 Lecture',
      apiUserName: 'host@example.edu',
      meetingID: DEMO_ZOOM_MEETING,
      meetingDuration: 120,
      meetingPassword: 'Demo0001',
      joinUrl: expect.stringMatching(/^https:\/\/zoom\.us\/j\/81000000001\?pwd=\S+$/),
      hostKey: '',
      isSendEmail: false,
      // The record asks to publish, but the lecture has not happened: there is no recording yet.
      isPublishRecordURL: false,
      isSetPassword: true,
      isWaitingRoom: true,
      meetingAuthentication: false,
      muteUponEntry: false,
      notFoundInZoom: false,
      recordType: 0,
      authenticationOpt: '',
      alternativeHosts: '',
      meetingType: 2,
      moduleID: DEMO_MODULE_ID,
      exportMultimediaWeb: false,
      channelID: null,
      channelName: null,
      publishMutimediaChannel: false,
    })
  })

  test('gives the same creatorID for the same creator every time, even after a reset', async () => {
    const emulator = createTestEmulator()
    const first = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    emulator.reset()
    const second = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    expect(second.data?.creatorID).toBe(first.data?.creatorID)
  })

  test('finds the meeting whatever the case of the UUID', async () => {
    const { data } = await clientFor(createTestEmulator()).syncMeeting(DEMO_MEETING_ID.toUpperCase())
    expect(data?.id).toBe(DEMO_MEETING_ID)
  })

  test.each(['not-a-uuid', '12345', '00000000-0000-4000-8000-00000000000g', `${DEMO_MEETING_ID}0`])(
    'answers 400 Bad Request for an id that is not a UUID (%s)',
    async (id) => {
      const { error, response } = await clientFor(createTestEmulator()).syncMeeting(id)
      expect(response.status).toBe(400)
      expect(error).toEqual({ statusCode: 400, message: 'Bad Request' })
    },
  )

  test('answers 404 Not Found for a UUID no LumiNUS meeting has', async () => {
    const { error, response } = await clientFor(createTestEmulator()).syncMeeting(
      '00000000-0000-4000-8000-0000000000ff',
    )
    expect(response.status).toBe(404)
    expect(error).toEqual({ statusCode: 404, message: 'Not Found' })
  })

  test('answers 500 in the APIM shape, with a diagnostic header, when the state is broken', async () => {
    const emulator = createTestEmulator()
    rewriteDemoZoomMeeting(emulator, ({ settings: _, ...meeting }) => meeting as ZoomMeeting)
    const { error, response } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    expect(response.status).toBe(500)
    expect(error).toEqual({ statusCode: 500, message: 'Internal server error' })
    expect(response.headers.get('x-emulator-diagnostic')).toMatch(/TypeError/)
  })

  test('answers 403 to the demo student, who has no access to the meeting’s module', async () => {
    const { error, response } = await clientFor(createTestEmulator(), STUDENT_KEY).syncMeeting(
      DEMO_MEETING_ID,
    )
    expect(response.status).toBe(403)
    expect(error).toEqual({ statusCode: 403, message: 'Login user not authorized to perform this action' })
  })

  test('reports readonlyAccess to read-only staff, and stops answering them once their access is revoked', async () => {
    const emulator = createTestEmulator()
    const { luminus } = emulator.worlds.defaultWorld.store
    addUser(luminus, { id: 'e0000003', name: 'Riley Reader', email: 'e0000003@u.example.edu' })
    grantStaffAccess(luminus, { moduleId: DEMO_MODULE_ID, userId: 'e0000003', access: 'read' })
    const { key } = addSubscription(luminus, { userId: 'e0000003' })
    const reader = clientFor(emulator, key)

    expect((await reader.syncMeeting(DEMO_MEETING_ID)).data?.readonlyAccess).toBe(true)
    luminus.staff.clear()
    expect((await reader.syncMeeting(DEMO_MEETING_ID)).response.status).toBe(403)
  })
})

describe('the refresh from Zoom', () => {
  test('follows changes made to the Zoom meeting and writes them back to the LumiNUS record', async () => {
    const emulator = createTestEmulator()
    rewriteDemoZoomMeeting(emulator, (zoom) => ({
      ...zoom,
      topic: 'Week 1 Lecture (moved)',
      duration: 45,
      password: 'n3w*pw',
      start_time: '2026-12-01T01:30:00Z',
      encrypted_password: 'encrypted-new',
      settings: {
        ...zoom.settings,
        waiting_room: false,
        mute_upon_entry: true,
        meeting_authentication: true,
        authentication_option: 'signIn_D8cJuqWVQ623CI4Q8yQK0Q',
        alternative_hosts: 'ta1@example.edu;ta2@example.edu',
        auto_recording: 'cloud',
      },
    }))

    const { data } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    const refreshed = {
      topic: 'Week 1 Lecture (moved)',
      meetingDuration: 45,
      meetingPassword: 'n3w*pw',
      isSetPassword: true,
      joinUrl: `https://zoom.us/j/${DEMO_ZOOM_MEETING}?pwd=encrypted-new`,
      startDate: '2026-12-01T01:30:00.000Z',
      endDate: '2026-12-01T02:15:00.000Z',
      isWaitingRoom: false,
      muteUponEntry: true,
      meetingAuthentication: true,
      authenticationOpt: 'signIn_D8cJuqWVQ623CI4Q8yQK0Q',
      alternativeHosts: 'ta1@example.edu;ta2@example.edu',
      recordType: 2,
      notFoundInZoom: false,
    }
    expect(data).toMatchObject(refreshed)
    const record = emulator.worlds.defaultWorld.store.luminus.meetings.get(DEMO_MEETING_ID)
    expect(record).toMatchObject({ startDate: refreshed.startDate, endDate: refreshed.endDate })
    expect(record?.lastKnown).toMatchObject({ topic: refreshed.topic, recordType: 2, meetingDuration: 45 })
  })

  test.each([
    ['none', 0],
    ['local', 1],
    ['cloud', 2],
  ] as const)('maps auto_recording %s to recordType %i', async (autoRecording, recordType) => {
    const emulator = createTestEmulator()
    rewriteDemoZoomMeeting(emulator, (zoom) => ({
      ...zoom,
      settings: { ...zoom.settings, auto_recording: autoRecording },
    }))
    expect((await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)).data?.recordType).toBe(recordType)
  })

  test('reports isSetPassword false for a meeting without a passcode', async () => {
    const emulator = createTestEmulator()
    rewriteDemoZoomMeeting(emulator, (zoom) => ({ ...zoom, password: '', encrypted_password: '' }))
    const { data } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    expect(data).toMatchObject({
      meetingPassword: '',
      isSetPassword: false,
      joinUrl: 'https://zoom.us/j/81000000001',
    })
  })

  test('keeps LumiNUS’s dates for a Zoom meeting without a start time', async () => {
    const emulator = createTestEmulator()
    rewriteDemoZoomMeeting(emulator, ({ start_time: _, ...zoom }) => ({ ...zoom, duration: 30 }))
    const { data } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    expect(data).toMatchObject({
      startDate: '2026-11-23T12:00:00.000Z',
      endDate: '2026-11-23T14:00:00.000Z',
      meetingDuration: 30,
    })
  })

  test('answers notFoundInZoom with the last known values once the Zoom meeting is deleted', async () => {
    const emulator = createTestEmulator()
    const client = clientFor(emulator)
    rewriteDemoZoomMeeting(emulator, (zoom) => ({ ...zoom, topic: 'Last known topic' }))
    const before = await client.syncMeeting(DEMO_MEETING_ID)
    emulator.worlds.defaultWorld.store.zoom.meetings.delete(DEMO_ZOOM_MEETING)

    const after = await client.syncMeeting(DEMO_MEETING_ID)
    expect(after.data).toEqual({ ...before.data, notFoundInZoom: true })
    expect(after.data?.topic).toBe('Last known topic')
  })

  test('a meeting never synced whose Zoom meeting is gone answers notFoundInZoom with LumiNUS’s own name and dates', async () => {
    const emulator = createTestEmulator()
    emulator.worlds.defaultWorld.store.zoom.meetings.delete(DEMO_ZOOM_MEETING)
    const { data } = await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)
    expect(data).toMatchObject({
      notFoundInZoom: true,
      topic: 'Week 1 Lecture',
      meetingDuration: 120,
      joinUrl: '',
      isSetPassword: false,
      startDate: '2026-11-23T12:00:00.000Z',
    })
  })

  test('clears notFoundInZoom when the Zoom meeting is back', async () => {
    const emulator = createTestEmulator()
    const { meetings } = emulator.worlds.defaultWorld.store.zoom
    const zoom = demoZoomMeeting(emulator)
    meetings.delete(DEMO_ZOOM_MEETING)
    const client = clientFor(emulator)
    expect((await client.syncMeeting(DEMO_MEETING_ID)).data?.notFoundInZoom).toBe(true)
    meetings.set(DEMO_ZOOM_MEETING, zoom)
    expect((await client.syncMeeting(DEMO_MEETING_ID)).data?.notFoundInZoom).toBe(false)
  })
})
