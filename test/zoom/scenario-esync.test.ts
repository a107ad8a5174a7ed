/** @module eSync's Canvas Zoom tool (ZoomApiWrapper) against the emulator through MSW at Zoom's origin: the raw calls its wrapper makes. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createTestEmulator } from '../helpers.js'
import { basic, DEMO_S2S } from './support.js'

// biome-ignore lint/suspicious/noExplicitAny: RestSharp deserialises answers field by field; each answer was checked against its contract
type Json = any

const API = 'https://api.zoom.us/v2/' // eSync's GetApiUrl(); RestSharp joins resources to it
const HOUR = 3_600_000
const MINUTE = 60_000

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

let token: string

/** One RestSharp request as BuildRequestAuthorization builds it: a bearer token (JwtAuthenticator), a JSON body when given. */
async function call(
  method: string,
  resource: string,
  body?: unknown,
): Promise<{ status: number; data: Json }> {
  const response = await fetch(API + resource, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, data: text === '' ? null : JSON.parse(text) }
}

/** IZoomAuthParamsAccessor.GetAuthToken(): an S2S token, asked for again once the last one expired. */
async function renewToken(): Promise<void> {
  const response = await fetch('https://zoom.us/oauth/token', {
    method: 'POST',
    headers: { authorization: basic(DEMO_S2S.clientId, DEMO_S2S.clientSecret) },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: DEMO_S2S.accountId }),
  })
  expect(response.status).toBe(200)
  token = ((await response.json()) as { access_token: string }).access_token
}

describe("eSync's ZoomApiWrapper", () => {
  let userId: string
  let meetingId: number
  let occurrences: { occurrence_id: string; start_time: string }[]

  beforeAll(renewToken)

  test('GetUser finds the host by its email as a URL segment (RestSharp encodes the @)', async () => {
    const { status, data } = await call('GET', `users/${encodeURIComponent('host@example.edu')}`)
    expect(status).toBe(200)
    expect(data).toMatchObject({ id: 'demo-host', email: 'host@example.edu', type: 2 })
    userId = data.id
    const missing = await call('GET', `users/${encodeURIComponent('nobody@example.edu')}`)
    expect(missing).toEqual({
      status: 404,
      data: { code: 1001, message: 'User does not exist: nobody@example.edu.' },
    })
  })

  test('CreateMeeting answers 201 with a recurring meeting that records to the cloud, and GetMeetings pages it', async () => {
    const created = await call('POST', `users/${userId}/meetings`, {
      topic: 'Canvas section 01',
      type: 8,
      start_time: '2026-11-22T13:00:00Z',
      duration: 60,
      timezone: 'America/New_York',
      agenda: 'Synced from Canvas',
      recurrence: { type: 2, repeat_interval: 1, weekly_days: '1', end_times: 3 },
      settings: {
        host_video: true,
        join_before_host: false,
        mute_upon_entry: true,
        auto_recording: 'cloud',
        approval_type: 1,
        registration_type: 1,
      },
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      topic: 'Canvas section 01',
      type: 8,
      settings: { auto_recording: 'cloud' },
    })
    meetingId = created.data.id
    occurrences = created.data.occurrences
    expect(occurrences.map((o) => o.start_time)).toEqual([
      '2026-11-22T13:00:00Z',
      '2026-11-29T13:00:00Z',
      '2026-12-06T13:00:00Z',
    ])
    const first = await call('GET', `users/${userId}/meetings?type=scheduled&page_size=2&page_number=1`)
    expect(first.status).toBe(200)
    const ids: number[] = []
    for (let page = 1; page <= first.data.page_count; page++) {
      const { data } = await call(
        'GET',
        `users/${userId}/meetings?type=scheduled&page_size=2&page_number=${page}`,
      )
      expect(data.page_number).toBe(page)
      ids.push(...data.meetings.map((m: Json) => m.id))
    }
    expect(ids.filter((id) => id === meetingId)).toHaveLength(1)
    expect(ids).toHaveLength(first.data.total_records)
  })

  test('AddRegistrant leaves a registrant pending; UpdateRegistrantsStatus approves them into GetMeetingRegistrants', async () => {
    const approved = () =>
      call('GET', `meetings/${meetingId}/registrants?page_size=300&page_number=1&status=approved`)
    const added = await call('POST', `meetings/${meetingId}/registrants`, {
      email: 'student@canvas.example',
      first_name: 'Canvas',
      last_name: 'Student',
    })
    expect(added.status).toBe(201)
    expect(added.data).toMatchObject({ id: meetingId, topic: 'Canvas section 01' })
    expect(added.data.occurrences).toHaveLength(3) // registration_type 1: every occurrence
    expect((await approved()).data).toMatchObject({ total_records: 0, registrants: [] })
    const updated = await call('PUT', `meetings/${meetingId}/registrants/status`, {
      action: 'approve',
      registrants: [{ id: added.data.registrant_id, email: 'student@canvas.example' }],
    })
    expect(updated).toEqual({ status: 204, data: null })
    const { status, data } = await approved()
    expect(status).toBe(200)
    expect(data.registrants.map((r: Json) => [r.id, r.email, r.status, r.join_url])).toEqual([
      [added.data.registrant_id, 'student@canvas.example', 'approved', added.data.join_url],
    ])
  })

  test('after the first occurrence, GetRecordings(meetingId, trash: false) answers its files', async () => {
    emulator.zoom.attendance(String(meetingId), [
      { name: 'Harper Demo', email: 'host@example.edu', joinOffsetMinutes: 0 },
      { name: 'Canvas Student', email: 'student@canvas.example', joinOffsetMinutes: 10 },
    ])
    emulator.setClock({ advanceMs: 2 * HOUR + 10 * MINUTE })
    await renewToken() // the hour-long token expired on the way
    // RestSharp writes the bool parameter with .NET's ToString(): "False".
    const { status, data } = await call('GET', `meetings/${meetingId}/recordings?trash=False`)
    expect(status).toBe(200)
    expect(data).toMatchObject({
      id: meetingId,
      topic: 'Canvas section 01',
      start_time: '2026-11-22T13:00:00Z',
    })
    expect(data.recording_files.map((f: Json) => f.file_type)).toEqual(['MP4', 'M4A', 'TRANSCRIPT', 'CHAT'])
    expect(data.recording_files[0].play_url).toBe(`https://zoom.us/rec/play/${data.recording_files[0].id}`)
  })

  test('GetMeetingsReport and GetMeetingParticipantsReport (the UUID URL-encoded, twice when Zoom asks) read the attendance', async () => {
    const report = await call(
      'GET',
      `report/users/${userId}/meetings?page_size=300&from=2026-11-22&to=2026-11-22`,
    )
    expect(report.status).toBe(200)
    const [meeting] = report.data.meetings
    expect(meeting).toMatchObject({ id: meetingId, participants_count: 2, total_minutes: 60 + 50 })
    const uuid: string = meeting.uuid
    const segment =
      uuid.startsWith('/') || uuid.includes('//')
        ? encodeURIComponent(encodeURIComponent(uuid))
        : encodeURIComponent(uuid)
    const joins = await call('GET', `report/meetings/${segment}/participants?page_size=300`)
    expect(joins.status).toBe(200)
    expect(joins.data.participants.map((p: Json) => [p.user_email, p.duration])).toEqual([
      ['host@example.edu', 3600],
      ['student@canvas.example', 50 * 60],
    ])
  })

  test('GetUserRecordings (from/to yyyy-MM-dd, page_size 300, mc=false, trash=false) lists that recording once', async () => {
    const { status, data } = await call(
      'GET',
      `users/${userId}/recordings?page_size=300&from=2026-11-22&to=2026-11-22&mc=false&trash=false`,
    )
    expect(status).toBe(200)
    expect(data.meetings.map((m: Json) => [m.id, m.start_time, m.recording_count])).toEqual([
      [meetingId, '2026-11-22T13:00:00Z', 4],
    ])
  })

  test('DeleteRecording(meetingId, recordingId) trashes one file and RecoverRecording(meetingId, recordingId) brings it back', async () => {
    const before = (await call('GET', `meetings/${meetingId}/recordings?trash=False`)).data
    const m4a = before.recording_files.find((f: Json) => f.file_type === 'M4A')
    expect(await call('DELETE', `meetings/${meetingId}/recordings/${m4a.id}?action=trash`)).toEqual({
      status: 204,
      data: null,
    })
    const trashed = (await call('GET', `meetings/${meetingId}/recordings?trash=False`)).data
    expect(trashed.recording_files.map((f: Json) => f.file_type)).toEqual(['MP4', 'TRANSCRIPT', 'CHAT'])
    expect(
      await call('PUT', `meetings/${meetingId}/recordings/${m4a.id}/status`, { action: 'recover' }),
    ).toEqual({ status: 204, data: null })
    const recovered = (await call('GET', `meetings/${meetingId}/recordings?trash=False`)).data
    expect(recovered.recording_files.map((f: Json) => f.id)).toEqual(
      before.recording_files.map((f: Json) => f.id),
    )
  })

  test('DeleteRecording(meetingId) trashes the whole recording and RecoverRecording(meetingId) undoes it', async () => {
    // With recordingId null eSync's URL is meetings/{id}/recordings/?action=trash (a trailing slash).
    expect(await call('DELETE', `meetings/${meetingId}/recordings/?action=trash`)).toEqual({
      status: 204,
      data: null,
    })
    // GetRecordings turns the 404 it now gets into an empty list.
    expect(await call('GET', `meetings/${meetingId}/recordings?trash=False`)).toEqual({
      status: 404,
      data: { code: 3301, message: 'This recording does not exist.' },
    })
    expect(await call('PUT', `meetings/${meetingId}/recordings/status`, { action: 'recover' })).toEqual({
      status: 204,
      data: null,
    })
    expect(
      (await call('GET', `meetings/${meetingId}/recordings?trash=False`)).data.recording_files,
    ).toHaveLength(4)
  })

  test('GetGroups reads the account groups and GetUserToken(userId, "zak") a ZAK', async () => {
    const groups = await call('GET', 'groups')
    expect(groups.status).toBe(200)
    expect(groups.data.groups.map((g: Json) => g.name)).toEqual(['Teaching staff'])
    const zak = await call('GET', `users/${userId}/token?type=zak`)
    expect(zak.status).toBe(200)
    const [, payload] = zak.data.token.split('.')
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      type: 'zak',
      uid: userId,
    })
  })

  test('DeleteMeeting(meetingId, occurrenceId) deletes that occurrence alone, then the whole meeting', async () => {
    const lastId = occurrences[2]?.occurrence_id
    expect(await call('DELETE', `meetings/${meetingId}?occurrence_id=${lastId}`)).toEqual({
      status: 204,
      data: null,
    })
    const { data } = await call('GET', `meetings/${meetingId}`)
    expect(data.occurrences.map((o: Json) => [o.start_time, o.status])).toEqual([
      ['2026-11-29T13:00:00Z', 'available'],
      ['2026-12-06T13:00:00Z', 'deleted'],
    ])
    expect(await call('DELETE', `meetings/${meetingId}`)).toEqual({ status: 204, data: null })
    expect((await call('GET', `meetings/${meetingId}`)).status).toBe(404)
  })
})
