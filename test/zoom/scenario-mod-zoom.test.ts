/** @module Moodle's mod_zoom against the emulator on a loopback port: the raw calls its webservice and its reports and recordings tasks make. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator } from '../helpers.js'
import { basic, DEMO_S2S } from './support.js'

// biome-ignore lint/suspicious/noExplicitAny: mod_zoom reads json_decode()d answers field by field; each answer was checked against its contract
type Json = any

const HOST_EMAIL = 'host@example.edu'
const STUDENT = { name: 'Sam Student', email: 'e0000002@u.example.edu' }
const HOUR = 3_600_000
const MINUTE = 60_000
const TODAY = '2026-11-22' // T0's day, the emulator's clock at start

/** mod_zoom's encode_uuid: a UUID that begins with `/` or contains `//` is encodeURIComponent()d twice, any other sent as it is (a lone `/` raw). */
const encodeUuid = (uuid: string) =>
  uuid.startsWith('/') || uuid.includes('//') ? encodeURIComponent(encodeURIComponent(uuid)) : uuid

let server: RunningServer
let apiUrl: string
let accessToken: string
let scopes: string[]

/** mod_zoom's make_call: apiurl . path, a bearer token, GET data as the query, other data as a JSON body; 4xx thrown. */
async function makeCall(
  path: string,
  data: Record<string, unknown> | null = {},
  method = 'get',
): Promise<Json> {
  const response = await rawCall(path, data, method)
  const body: Json = response.status === 204 ? null : await response.json()
  if (response.status >= 400) throw Object.assign(new Error(body.message), { status: response.status, body })
  return body
}

function rawCall(path: string, data: Record<string, unknown> | null, method: string): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${accessToken}`,
    accept: 'application/json',
  }
  let url = apiUrl + path
  let body: string | undefined
  if (method === 'get' && data && Object.keys(data).length > 0) {
    url += `${url.includes('?') ? '&' : '?'}${new URLSearchParams(data as Record<string, string>)}`
  } else if (method !== 'get') {
    headers['content-type'] = 'application/json'
    body = data === null ? undefined : JSON.stringify(data)
  }
  return fetch(url, { method: method.toUpperCase(), headers, body })
}

/** mod_zoom's make_paginated_call: page_size 300, then next_page_token (or page_number + 1) with the same data, until done. */
async function makePaginatedCall(
  path: string,
  data: Record<string, string | number>,
  key: string,
): Promise<Json[]> {
  const query: Record<string, string | number> = { ...data, page_size: 300 }
  const aggregate: Json[] = []
  for (;;) {
    const result = await makeCall(path, query)
    aggregate.push(...result[key])
    if (result.next_page_token) query.next_page_token = result.next_page_token
    else if (result.page_number && result.page_number < result.page_count)
      query.page_number = result.page_number + 1
    else return aggregate
  }
}

/** mod_zoom's oauth(): a form body with grant_type and account_id, the client's id and secret as Basic auth. */
async function oauth(): Promise<Json> {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: basic(DEMO_S2S.clientId, DEMO_S2S.clientSecret), accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: DEMO_S2S.accountId }),
  })
  expect(response.status).toBe(200)
  const token: Json = await response.json()
  accessToken = token.access_token
  scopes = token.scope.split(' ')
  return token
}

const hasScope = (wanted: string[]) => wanted.some((scope) => scopes.includes(scope))

const control = (path: string, body: unknown) =>
  fetch(`${server.url}/__emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  server = await startServer({ port: 0, emulator: createTestEmulator({ zoom: { plan: 'business' } }) })
  apiUrl = `${server.url}/v2/` // ZOOM_API_URL_GLOBAL's shape: mod_zoom appends paths to it
})
afterAll(() => server.close())

describe('mod_zoom', () => {
  let hostId: string
  let meetingId: number
  let uuid: string

  test('gets an S2S token as its oauth() does, and the scope grants what its checks ask for', async () => {
    const token = await oauth()
    expect(token.expires_in).toBe(3600)
    // check_scopes: classic scopes, since meeting:read:admin is granted.
    expect(scopes).toEqual(
      expect.arrayContaining(['meeting:read:admin', 'meeting:write:admin', 'user:read:admin']),
    )
    expect(hasScope(['group:read:list_groups:admin', 'group:read:admin'])).toBe(true)
    expect(hasScope(['report:read:admin', 'report:read:list_users:admin'])).toBe(true)
    expect(hasScope(['report:read:admin', 'report:read:list_meeting_participants:admin'])).toBe(true)
    expect(hasScope(['dashboard_meetings:read:admin', 'dashboard:read:list_meetings:admin'])).toBe(true)
    expect(scopes).toContain('recording:read:admin') // get_meeting_recordings' check_scopes
  })

  test('reads the host, its settings, meeting security, schedulers, tracking fields and groups', async () => {
    const user = await makeCall(`users/${HOST_EMAIL}`)
    expect(user).toMatchObject({ email: HOST_EMAIL, type: 2 }) // ZOOM_USER_TYPE_PRO: may require registration
    hostId = user.id
    const settings = await makeCall(`users/${hostId}/settings`)
    // ZOOM_AUTORECORDING_USERDEFAULT reads auto_recording; a licensed user may record to the cloud.
    expect(settings.recording).toMatchObject({ auto_recording: 'none', cloud_recording: true })
    const { meeting_security } = await makeCall(`users/${hostId}/settings?option=meeting_security`)
    expect(meeting_security.meeting_password_requirement.length).toBeLessThanOrEqual(6)
    expect(typeof meeting_security.end_to_end_encrypted_meetings).toBe('boolean')
    expect(await makeCall(`users/${hostId}/schedulers`)).toEqual({ schedulers: [] })
    const { tracking_fields } = await makeCall('tracking_fields')
    expect(tracking_fields.map((f: Json) => f.field)).toEqual(['Course code'])
    // get_groups calls make_call('/groups'), which makes the path /v2//groups: read as /v2/groups.
    const { groups } = await makeCall('/groups')
    expect(groups).toEqual([{ id: 'demo-group-staff', name: 'Teaching staff', total_members: 2 }])
  })

  test('creates a meeting with the body database_to_api builds, then reads it and its invitation', async () => {
    const created = await makeCall(
      `users/${hostId}/meetings`,
      {
        topic: 'CS1010 Lecture',
        settings: {
          host_video: true,
          audio: 'both',
          meeting_authentication: false,
          approval_type: 1, // ZOOM_REGISTRATION_MANUAL
          use_pmi: false,
          auto_recording: 'cloud',
          participant_video: false,
          join_before_host: false,
          encryption_type: 'enhanced_encryption',
          waiting_room: false,
          mute_upon_entry: true,
          breakout_room: { enable: false },
        },
        agenda: 'Week 1: values and types',
        timezone: 'Asia/Singapore',
        password: '482913',
        type: 2,
        start_time: '2026-11-22T13:00:00Z',
        duration: 60,
        tracking_fields: [{ field: 'Course code', value: 'CS1010' }],
      },
      'post',
    )
    meetingId = created.id
    expect(created).toMatchObject({
      topic: 'CS1010 Lecture',
      type: 2,
      start_time: '2026-11-22T13:00:00Z',
      duration: 60,
      timezone: 'Asia/Singapore',
      password: '482913',
      host_id: hostId,
      settings: {
        approval_type: 1,
        auto_recording: 'cloud',
        mute_upon_entry: true,
        encryption_type: 'enhanced_encryption',
      },
      tracking_fields: [{ field: 'Course code', value: 'CS1010' }],
    })
    expect(created.join_url).toContain(String(meetingId))
    expect(await makeCall(`meetings/${meetingId}`)).toMatchObject({
      id: meetingId,
      agenda: 'Week 1: values and types',
    })
    const { invitation } = await makeCall(`meetings/${meetingId}/invitation`)
    expect(invitation).toContain('Topic: CS1010 Lecture')
    expect(invitation).toContain('Nov 22, 2026 09:00 PM Asia, Singapore')
    expect(invitation).toContain('Passcode: 482913')
  })

  test('a registrant of a manual-approval meeting has no join URL for zoom_get_registrant_join_url until approved', async () => {
    // zoom_get_registrant_join_url: GET …/registrants (approved by default), the email compared without case.
    const joinUrlOf = async (email: string) => {
      const { registrants } = await makeCall(`meetings/${meetingId}/registrants`)
      return registrants.find((r: Json) => r.email.toLowerCase() === email.toLowerCase())?.join_url ?? false
    }
    const registered = await makeCall(
      `meetings/${meetingId}/registrants`,
      { email: STUDENT.email, first_name: 'Sam', last_name: 'Student' },
      'post',
    )
    expect(registered).toMatchObject({
      id: meetingId,
      topic: 'CS1010 Lecture',
      start_time: '2026-11-22T13:00:00Z',
    })
    expect(await joinUrlOf(STUDENT.email.toUpperCase())).toBe(false)
    const pending = await makeCall(`meetings/${meetingId}/registrants`, { status: 'pending' })
    expect(pending.registrants.map((r: Json) => [r.email, r.status])).toEqual([[STUDENT.email, 'pending']])
    const approve = { action: 'approve', registrants: [{ id: registered.registrant_id }] }
    expect(await makeCall(`meetings/${meetingId}/registrants/status`, approve, 'put')).toBeNull()
    expect(await joinUrlOf(STUDENT.email.toUpperCase())).toBe(registered.join_url)
  })

  test('the meeting happens with the scripted attendance when the clock moves through it', async () => {
    const script = [
      { name: 'Harper Demo', email: HOST_EMAIL, joinOffsetMinutes: 0 },
      { ...STUDENT, joinOffsetMinutes: 5, leaveOffsetMinutes: 50 },
    ]
    const scripted = await control(`/zoom/meetings/${meetingId}/participants`, script)
    expect(scripted.status).toBe(200)
    expect(((await scripted.json()) as Json).participants).toHaveLength(2)
    // From 12:00 to 14:10 UTC: the 13:00 meeting ends at 14:00, its recording is ready 5 minutes later.
    expect((await control('/clock', { advanceMs: 2 * HOUR + 10 * MINUTE })).status).toBe(200)
    // Past its expires_in on that clock, mod_zoom's cached token is stale: its next task asks for a new one.
    await oauth()
  })

  test("the reports task finds the meeting through the Reports API and reads its participants' emails and durations", async () => {
    const activeHosts = await makePaginatedCall(
      'report/users',
      { type: 'active', from: TODAY, to: TODAY },
      'users',
    )
    expect(activeHosts.map((u) => u.id)).toEqual([hostId])
    const meetings = await makePaginatedCall(
      `report/users/${hostId}/meetings`,
      { from: TODAY, to: TODAY },
      'meetings',
    )
    const meeting = meetings.find((m) => m.id === meetingId)
    expect(meeting).toMatchObject({
      topic: 'CS1010 Lecture',
      start_time: '2026-11-22T13:00:00Z',
      end_time: '2026-11-22T14:00:00Z',
      duration: 60,
      participants_count: 2,
      total_minutes: 105,
    })
    uuid = meeting.uuid
    const participants = await makePaginatedCall(
      `report/meetings/${encodeUuid(uuid)}/participants`,
      {},
      'participants',
    )
    expect(
      participants.map((p) => ({
        name: p.name,
        user_email: p.user_email,
        duration: p.duration,
        hasId: p.id !== '',
      })),
    ).toEqual([
      { name: 'Harper Demo', user_email: HOST_EMAIL, duration: 3600, hasId: true },
      { name: STUDENT.name, user_email: STUDENT.email, duration: 45 * 60, hasId: false },
    ])
    expect(participants[1]).toMatchObject({
      join_time: '2026-11-22T13:05:00Z',
      leave_time: '2026-11-22T13:50:00Z',
    })
    expect(participants[0].id).toBe(hostId)
  })

  test('the reports task through the Dashboard API (Business plan) finds the same meeting and joins', async () => {
    const query = { type: 'past', from: TODAY, to: TODAY, query_date_type: 'end_time' }
    const meetings = await makePaginatedCall('metrics/meetings', query, 'meetings')
    const meeting = meetings.find((m) => m.uuid === uuid)
    expect(meeting).toMatchObject({
      id: meetingId,
      topic: 'CS1010 Lecture',
      duration: '01:00:00',
      participants: 2,
    })
    const participants = await makePaginatedCall(
      `metrics/meetings/${encodeUuid(uuid)}/participants`,
      { type: 'past' },
      'participants',
    )
    // get_meeting_reports normalises: name ?? user_name, user_email ?? email.
    expect(participants.map((p) => [p.name ?? p.user_name, p.user_email ?? p.email])).toEqual([
      ['Harper Demo', HOST_EMAIL],
      [STUDENT.name, STUDENT.email],
    ])
  })

  test('the recordings task lists the host’s recordings, reads the passcode and the files, and downloads one', async () => {
    const listed = await makePaginatedCall(
      `users/${hostId}/recordings`,
      { from: '2026-11-21', to: '2026-11-23' },
      'meetings',
    )
    const recording = listed.find((m) => m.uuid === uuid)
    expect(recording.id).toBe(meetingId) // $meetings[$recording->meetingid]
    const allowed = ['MP4', 'M4A', 'TRANSCRIPT', 'CHAT', 'CC']
    const files = recording.recording_files.filter((f: Json) => allowed.includes(f.file_type) && f.play_url)
    expect(files.map((f: Json) => f.file_type)).toEqual(['MP4', 'M4A', 'TRANSCRIPT', 'CHAT'])
    expect(files[0]).toMatchObject({
      recording_type: 'shared_screen_with_speaker_view',
      recording_start: '2026-11-22T13:00:00Z',
      play_url: `${server.url}/rec/play/${files[0].id}`,
    })
    const settings = await makeCall(`meetings/${encodeUuid(uuid)}/recordings/settings`)
    expect(settings.password).toMatch(/^\S{6,10}$/)
    const one = await makeCall(`meetings/${encodeUuid(uuid)}/recordings`)
    expect(one.uuid).toBe(uuid)
    expect(one.recording_files.map((f: Json) => f.id)).toEqual(
      recording.recording_files.map((f: Json) => f.id),
    )
    const mp4 = one.recording_files[0]
    const download = await fetch(mp4.download_url, { headers: { authorization: `Bearer ${accessToken}` } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('video/mp4')
    expect((await download.arrayBuffer()).byteLength).toBe(mp4.file_size)
  })

  test('a recording moved to the trash is gone for the task (404/3301) until it is recovered', async () => {
    const path = `meetings/${encodeUuid(uuid)}/recordings`
    expect((await rawCall(`${path}?action=trash`, null, 'delete')).status).toBe(204)
    await expect(makeCall(path)).rejects.toMatchObject({ status: 404, body: { code: 3301 } })
    const listed = await makePaginatedCall(
      `users/${hostId}/recordings`,
      { from: TODAY, to: TODAY },
      'meetings',
    )
    expect(listed.map((m) => m.uuid)).not.toContain(uuid)
    const trash = await makePaginatedCall(`users/${hostId}/recordings`, { trash: 'true' }, 'meetings')
    expect(trash.map((m) => m.uuid)).toEqual([uuid])
    expect((await rawCall(`${path}/status`, { action: 'recover' }, 'put')).status).toBe(204)
    expect((await makeCall(path)).recording_files).toHaveLength(4)
  })
  test('delete_meeting removes the meeting (schedule_for_reminder=false); what happened stays in the reports', async () => {
    expect(await makeCall(`meetings/${meetingId}?schedule_for_reminder=false`, null, 'delete')).toBeNull()
    await expect(makeCall(`meetings/${meetingId}`)).rejects.toMatchObject({
      status: 404,
      body: { code: 3001 },
    })
    const participants = await makePaginatedCall(
      `report/meetings/${encodeUuid(uuid)}/participants`,
      {},
      'participants',
    )
    expect(participants.map((p) => p.user_email)).toEqual([HOST_EMAIL, STUDENT.email])
  })
})

describe('mod_zoom webinars', () => {
  /** database_to_api for a webinar: no meeting-only settings (participant_video, join_before_host, …). */
  const webinarBody = (topic: string) => ({
    topic,
    settings: {
      host_video: true,
      audio: 'both',
      meeting_authentication: false,
      approval_type: 2,
      auto_recording: 'none',
      breakout_room: { enable: false },
    },
    agenda: 'Open to all applicants',
    timezone: 'Asia/Singapore',
    password: '730154',
    type: 5, // ZOOM_SCHEDULED_WEBINAR
    start_time: '2026-12-05T02:00:00Z',
    duration: 90,
    tracking_fields: [{ field: 'Course code', value: 'CS2030' }],
  })

  test('a host with a webinar license creates, reads, updates and deletes a webinar as create_meeting and friends do', async () => {
    await oauth()
    const created = await makeCall('users/demo-host/webinars', webinarBody('Info session'), 'post')
    expect(created).toMatchObject({
      topic: 'Info session',
      type: 5,
      start_time: '2026-12-05T02:00:00Z',
      duration: 90,
      host_id: 'demo-host',
    })
    const webinarId = created.id
    expect(await makeCall(`webinars/${webinarId}`)).toMatchObject({
      id: webinarId,
      agenda: 'Open to all applicants',
    })
    expect(await makeCall(`webinars/${webinarId}`, webinarBody('Info session (updated)'), 'patch')).toBeNull()
    expect((await makeCall(`webinars/${webinarId}`)).topic).toBe('Info session (updated)')
    expect(await makeCall(`webinars/${webinarId}?schedule_for_reminder=false`, null, 'delete')).toBeNull()
    await expect(makeCall(`webinars/${webinarId}`)).rejects.toMatchObject({
      status: 404,
      body: { code: 3001 },
    })
  })

  test("a host without one gets Zoom's 400/200 webinar-plan error, which make_call turns into a bad_request_exception", async () => {
    await expect(
      makeCall('users/demo-admin/webinars', webinarBody('Not allowed'), 'post'),
    ).rejects.toMatchObject({
      status: 400,
      body: {
        code: 200,
        message:
          'Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user in order to perform this action.',
      },
    })
  })
})
