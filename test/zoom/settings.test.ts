/** @module Zoom user settings (whole, by option, custom fields), what new meetings take from them, schedulers, user tokens, groups, tracking fields and invitations. */
import { describe, expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { addOtherAccount, bearer, s2sToken, zoomFixture } from './support.js'

const decodeClaims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>

async function withBasicUser() {
  const fixture = zoomFixture()
  const basic = await fixture.emulator.seed.zoom.user({
    id: 'basic-user',
    email: 'basic@example.edu',
    type: 1,
  })
  return { ...fixture, basic }
}

describe('Zoom user settings', () => {
  test('a licensed user reads every group with its defaults: cloud recording on, 300 participants, no webinar', async () => {
    const { client } = zoomFixture()
    // demo-admin: the demo world's demo-host has webinars turned on.
    const { data } = await client.settings.get('demo-admin')
    expect(Object.keys(data ?? {}).sort()).toEqual([
      'audio_conferencing',
      'email_notification',
      'feature',
      'in_meeting',
      'profile',
      'recording',
      'schedule_meeting',
      'telephony',
      'tsp',
    ])
    expect(data?.recording).toMatchObject({
      cloud_recording: true,
      local_recording: true,
      auto_recording: 'none',
    })
    expect(data?.feature).toMatchObject({ meeting_capacity: 300, webinar: false, large_meeting: false })
    expect(data?.schedule_meeting).toMatchObject({ host_video: false, audio_type: 'both' })
  })

  test('a basic user has no cloud recording and hosts 100', async () => {
    const { client } = await withBasicUser()
    const { data } = await client.settings.get('basic@example.edu')
    expect(data?.recording?.cloud_recording).toBe(false)
    expect(data?.feature).toMatchObject({ meeting_capacity: 100, webinar: false })
  })

  test('PATCH changes only the fields sent, deep in their groups, and answers 204', async () => {
    const { client } = zoomFixture()
    const update = await client.settings.update('demo-host', {
      schedule_meeting: { host_video: true, meeting_password_requirement: { length: 8 } },
      feature: { webinar: true, webinar_capacity: 500 },
    })
    expect(update.response?.status).toBe(204)
    const { data } = await client.settings.get('demo-host')
    expect(data?.schedule_meeting).toMatchObject({
      host_video: true,
      participants_video: false,
      meeting_password_requirement: { length: 8, have_letter: false },
    })
    expect(data?.feature).toMatchObject({ webinar: true, webinar_capacity: 500, meeting_capacity: 300 })
    const other = await client.settings.get('admin@example.edu')
    expect(other.data?.schedule_meeting?.host_video).toBe(false)
  })

  test.each([
    [{ recording: { auto_recording: 'somewhere' } }, 'recording.auto_recording'],
    [
      { schedule_meeting: { meeting_password_requirement: { length: 11 } } },
      'schedule_meeting.meeting_password_requirement.length',
    ],
    [{ feature: { webinar_capacity: 42 } }, 'feature.webinar_capacity'],
    [{ in_meeting: { chat: 'yes' } }, 'in_meeting.chat'],
  ])('a value its schema refuses, %j, is 400/300 naming %s, and nothing changes', async (body, field) => {
    const { emulator, client } = zoomFixture()
    const before = await client.settings.get('demo-host')
    const call = bearer(emulator, await s2sToken(emulator))
    const response = await call('/v2/users/demo-host/settings', {
      method: 'PATCH',
      body: JSON.stringify({ schedule_meeting: { host_video: true }, ...body }),
    })
    expect(response.status).toBe(400)
    const error = (await response.json()) as { code: number; errors: { field: string }[] }
    expect(error.code).toBe(300)
    expect(error.errors.map((e) => e.field)).toContain(field)
    expect((await client.settings.get('demo-host')).data).toEqual(before.data)
  })

  test('a basic user cannot have cloud recording or a webinar license; auto_recording cloud needs cloud recording', async () => {
    const { client, emulator } = await withBasicUser()
    const cloud = await client.settings.update('basic-user', { recording: { cloud_recording: true } })
    expect(cloud.error).toMatchObject({ status: 400, code: 300 })
    const webinar = await client.settings.update('basic-user', { feature: { webinar: true } })
    expect(webinar.error).toMatchObject({ status: 400, code: 300 })
    const auto = await client.settings.update('demo-host', {
      recording: { cloud_recording: false, auto_recording: 'cloud' },
    })
    expect(auto.error?.status).toBe(400)
    // Only the demo world's own change (demo-host's webinars) is stored.
    expect([...emulator.worlds.defaultWorld.store.zoom.userSettings]).toEqual([
      ['demo-host', { feature: { webinar: true } }],
    ])
  })

  test('an unknown user is 404/1001; a user of another account is 400/1010', async () => {
    const { client, emulator } = zoomFixture()
    addOtherAccount(emulator)
    expect((await client.settings.get('nobody@example.edu')).error).toMatchObject({ status: 404, code: 1001 })
    expect((await client.settings.update('other-owner', { tsp: { call_out: true } })).error).toMatchObject({
      status: 400,
      code: 1010,
    })
  })

  test('custom_query_fields answers only the fields it names, in their groups', async () => {
    const { client } = zoomFixture()
    const { data } = await client.settings.get('demo-host', {
      custom_query_fields: 'host_video, auto_recording',
    })
    expect(data).toEqual({ schedule_meeting: { host_video: false }, recording: { auto_recording: 'none' } })
  })

  test('option=meeting_security reads and changes meeting_security alone; the waiting room is one setting in two places', async () => {
    const { client } = zoomFixture()
    const before = await client.settings.meetingSecurity('demo-host')
    expect(before.data?.meeting_security).toMatchObject({
      waiting_room: true,
      encryption_type: 'enhanced_encryption',
    })
    const update = await client.settings.update(
      'demo-host',
      { meeting_security: { waiting_room: false, block_user_domain_list: ['example.com'] } },
      { option: 'meeting_security' },
    )
    expect(update.response?.status).toBe(204)
    const after = await client.settings.meetingSecurity('demo-host')
    expect(after.data?.meeting_security).toMatchObject({
      waiting_room: false,
      block_user_domain_list: ['example.com'],
    })
    expect((await client.settings.get('demo-host')).data?.in_meeting?.waiting_room).toBe(false)
  })

  test('a field of another option is 400/300 and changes nothing', async () => {
    const { client } = zoomFixture()
    const wrong = await client.settings.update(
      'demo-host',
      { meeting_security: { waiting_room: false } },
      { option: 'meeting_authentication' },
    )
    expect(wrong.error).toMatchObject({ status: 400, code: 300 })
    const bare = await client.settings.update('demo-host', { meeting_authentication: true })
    expect(bare.error).toMatchObject({ status: 400, code: 300 })
    expect((await client.settings.meetingSecurity('demo-host')).data?.meeting_security?.waiting_room).toBe(
      true,
    )
  })

  test('option=meeting_authentication switches it on, adds an option, makes it the default and hides another', async () => {
    const { client } = zoomFixture()
    const option = { option: 'meeting_authentication' } as const
    const initial = await client.settings.meetingAuthentication('demo-host')
    expect(initial.data).toMatchObject({ meeting_authentication: false })
    await client.settings.update(
      'demo-host',
      {
        meeting_authentication: true,
        authentication_option: {
          name: 'Staff',
          type: 'enforce_login_with_domains',
          domains: 'example.edu',
          default_option: true,
        },
      },
      option,
    )
    const added = (await client.settings.meetingAuthentication('demo-host')).data
    expect(added?.meeting_authentication).toBe(true)
    const staff = added?.authentication_options?.find((o) => o.name === 'Staff')
    expect(staff).toMatchObject({
      type: 'enforce_login_with_domains',
      domains: 'example.edu',
      default_option: true,
      visible: true,
    })
    expect(added?.authentication_options?.filter((o) => o.default_option)).toHaveLength(1)
    const first = added?.authentication_options?.[0]?.id ?? ''
    await client.settings.update(
      'demo-host',
      { authentication_option: { action: 'hide', id: first } },
      option,
    )
    const hidden = (await client.settings.meetingAuthentication('demo-host')).data
    expect(hidden?.authentication_options?.[0]?.visible).toBe(false)
    const missing = await client.settings.update(
      'demo-host',
      { authentication_option: { action: 'update', id: 'nope' } },
      option,
    )
    expect(missing.error).toMatchObject({ status: 400, code: 300 })
  })

  test('option=recording_authentication has its own switch and options; a meeting-only type is refused', async () => {
    const { client } = zoomFixture()
    const option = { option: 'recording_authentication' } as const
    await client.settings.update('demo-host', { recording_authentication: true }, option)
    const { data } = await client.settings.recordingAuthentication('demo-host')
    expect(data).toMatchObject({ recording_authentication: true })
    expect(data?.authentication_options?.[0]?.type).toBe('internally')
    const wrong = await client.settings.update(
      'demo-host',
      { authentication_option: { name: 'Same', type: 'enforce_login_with_same_account' } },
      option,
    )
    expect(wrong.error).toMatchObject({ status: 400, code: 300 })
  })

  test("new meetings take the host's settings for what the body leaves out; the body still decides", async () => {
    const { client } = zoomFixture()
    await client.settings.update('demo-host', {
      schedule_meeting: {
        host_video: true,
        participants_video: true,
        join_before_host: true,
        audio_type: 'voip',
      },
      recording: { auto_recording: 'cloud' },
      meeting_security: { waiting_room: false, encryption_type: 'e2ee' },
    })
    const taken = await client.meetings.create('demo-host', { topic: 'Settings' })
    expect(taken.data?.settings).toMatchObject({
      host_video: true,
      participant_video: true,
      join_before_host: true,
      audio: 'voip',
      auto_recording: 'cloud',
      waiting_room: false,
      encryption_type: 'e2ee',
    })
    const overridden = await client.meetings.create('demo-host', {
      settings: { auto_recording: 'none', host_video: false },
    })
    expect(overridden.data?.settings).toMatchObject({
      auto_recording: 'none',
      host_video: false,
      participant_video: true,
    })
    const others = await client.meetings.create('admin@example.edu', {})
    expect(others.data?.settings).toMatchObject({
      host_video: false,
      auto_recording: 'none',
      waiting_room: true,
    })
  })

  test("a seeded meeting takes its host's settings as a created one does", async () => {
    const { client, emulator } = zoomFixture()
    await client.settings.update('demo-host', { recording: { auto_recording: 'cloud' } })
    const seeded = await emulator.seed.zoom.meeting({ host_id: 'host@example.edu', topic: 'Seeded' })
    expect(seeded.settings.auto_recording).toBe('cloud')
  })

  test('changed settings are part of the state snapshot, and a snapshot with a wrong settings value is refused', async () => {
    const { client, emulator } = zoomFixture()
    await client.settings.update('demo-host', { recording: { auto_recording: 'local' } })
    const state = (await (await emulator.request('/__emulator/state')).json()) as {
      zoom: { userSettings: Record<string, unknown> }
    }
    expect(state.zoom.userSettings).toEqual({
      'demo-host': { feature: { webinar: true }, recording: { auto_recording: 'local' } },
    })
    const { client: restored } = zoomFixture({ state: state as never })
    expect((await restored.settings.get('demo-host')).data?.recording?.auto_recording).toBe('local')
    const broken = {
      ...state,
      zoom: { ...state.zoom, userSettings: { 'demo-host': { recording: { auto_recording: 'x' } } } },
    }
    const put = await emulator.request('/__emulator/state', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(broken),
    })
    expect(put.status).toBe(400)
  })
})

describe('Zoom schedulers', () => {
  test('a user lists the users they may schedule for; deleting one takes the privilege with it', async () => {
    const { client, emulator } = zoomFixture()
    const colleague = await emulator.seed.zoom.user({ id: 'colleague', email: 'colleague@example.edu' })
    await emulator.seed.batch({
      zoom: {
        assistants: [
          { user_id: 'demo-host', assistant_id: 'demo-admin' },
          { user_id: 'colleague@example.edu', assistant_id: 'admin@example.edu' },
        ],
      },
    })
    const { data } = await client.settings.schedulers('demo-admin')
    expect(data?.schedulers).toEqual([
      { id: 'colleague', email: 'colleague@example.edu', pmi: colleague.pmi },
      { id: 'demo-host', email: 'host@example.edu', pmi: expect.any(Number) },
    ])
    expect((await client.settings.schedulers('demo-host')).data).toEqual({ schedulers: [] })
    await client.users.delete('colleague')
    expect((await client.settings.schedulers('demo-admin')).data?.schedulers?.map((s) => s.id)).toEqual([
      'demo-host',
    ])
    expect((await client.settings.schedulers('nobody')).error).toMatchObject({ status: 404, code: 1001 })
  })

  test('a scheduling privilege between accounts, or with oneself, is refused by the seed and adds nothing', async () => {
    const { emulator } = zoomFixture()
    addOtherAccount(emulator)
    await expect(
      emulator.seed.zoom.assistant({ user_id: 'demo-host', assistant_id: 'other-owner' }),
    ).rejects.toThrow(/assistant_id: no Zoom user other-owner in account demo-account/)
    await expect(
      emulator.seed.zoom.assistant({ user_id: 'demo-host', assistant_id: 'demo-host' }),
    ).rejects.toThrow(/own assistant/)
    expect(emulator.worlds.defaultWorld.store.zoom.assistants.size).toBe(0)
  })
})

describe('Zoom user tokens', () => {
  test('type defaults to token; a zak is fresh per call and expires after ttl seconds (7200 by default)', async () => {
    const { client } = zoomFixture()
    const plain = await client.settings.token('demo-host')
    expect(plain.data?.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    const first = (await client.settings.token('demo-host', { type: 'zak' })).data?.token ?? ''
    const second = (await client.settings.token('demo-host', { type: 'zak', ttl: 60 })).data?.token ?? ''
    expect(first).not.toBe(second)
    const now = T0 / 1000
    expect(decodeClaims(first)).toMatchObject({ type: 'zak', uid: 'demo-host', iat: now, exp: now + 7200 })
    expect(decodeClaims(second)).toMatchObject({ exp: now + 60 })
    expect(
      decodeClaims((await client.settings.token('me', { type: 'zpk' })).data?.token ?? ''),
    ).toMatchObject({
      type: 'zpk',
    })
  })

  test('onbehalf needs a meeting of the account: 400/300 without one, 404/3001 for an unknown one', async () => {
    const { client } = zoomFixture()
    expect((await client.settings.token('demo-host', { type: 'onbehalf' })).error).toMatchObject({
      status: 400,
      code: 300,
    })
    const unknown = await client.settings.token('demo-host', { type: 'onbehalf', meeting_id: '99999999999' })
    expect(unknown.error).toMatchObject({ status: 404, code: 3001 })
    const ok = await client.settings.token('demo-host', { type: 'onbehalf', meeting_id: '81000000001' })
    expect(decodeClaims(ok.data?.token ?? '')).toMatchObject({ type: 'onbehalf', mn: '81000000001' })
  })

  test('a ttl out of range or an unknown type is 400/300; the token never reaches the journal', async () => {
    const { client, emulator } = zoomFixture()
    expect((await client.settings.token('demo-host', { ttl: 7_776_001 })).error).toMatchObject({
      status: 400,
      code: 300,
    })
    const call = bearer(emulator, await s2sToken(emulator))
    expect((await call('/v2/users/demo-host/token?type=sso')).status).toBe(400)
    const { data } = await client.settings.token('demo-host', { type: 'zak' })
    const journal = await (await emulator.request('/__emulator/requests')).text()
    expect(journal).toContain('/v2/users/demo-host/token')
    expect(journal).not.toContain(data?.token ?? 'missing')
  })
})

describe('Zoom groups and tracking fields', () => {
  test("groups list the account's groups by name with their members counted, page by page", async () => {
    const { client, emulator } = zoomFixture()
    addOtherAccount(emulator)
    await emulator.seed.batch({
      zoom: {
        groups: [
          { id: 'g-staff', name: 'Staff', members: ['demo-host', 'admin@example.edu'] },
          { id: 'g-alumni', name: 'Alumni' },
          { id: 'g-other', name: 'Other account', account_id: 'other-account', members: ['other-owner'] },
        ],
      },
    })
    const first = await client.settings.groups.list({ page_size: 1 })
    expect(first.data).toMatchObject({
      total_records: 3,
      groups: [{ id: 'g-alumni', name: 'Alumni', total_members: 0 }],
    })
    const pages = []
    for await (const page of client.settings.groups.pages({ page_size: 1 }))
      pages.push(...(page.data?.groups ?? []))
    expect(pages).toEqual([
      { id: 'g-alumni', name: 'Alumni', total_members: 0 },
      { id: 'g-staff', name: 'Staff', total_members: 2 },
      { id: 'demo-group-staff', name: 'Teaching staff', total_members: 2 },
    ])
    await client.users.delete('demo-host')
    expect((await client.settings.groups.list()).data?.groups?.map((g) => g.total_members)).toEqual([0, 1, 1])
  })

  test('a group member of another account is refused by the seed, and nothing is added', async () => {
    const { emulator } = zoomFixture()
    addOtherAccount(emulator)
    await expect(
      emulator.seed.batch({
        zoom: { groups: [{ name: 'Fine' }, { name: 'Mixed', members: ['demo-host', 'other-owner'] }] },
      }),
    ).rejects.toThrow(/zoom\.groups\[1\]\.members\[1\]: no Zoom user other-owner/)
    expect([...emulator.worlds.defaultWorld.store.zoom.groups.keys()]).toEqual(['demo-group-staff'])
  })

  test("tracking fields list the account's fields by name with their rules", async () => {
    const { client, emulator } = zoomFixture()
    addOtherAccount(emulator)
    await emulator.seed.zoom.trackingField({
      id: 'tf-2',
      field: 'Faculty',
      required: true,
      recommended_values: ['Arts', 'Science'],
    })
    await emulator.seed.zoom.trackingField({ id: 'tf-1', field: 'Cohort', visible: false })
    await emulator.seed.zoom.trackingField({ field: 'Hidden', account_id: 'other-account' })
    const { data } = await client.settings.trackingFields()
    expect(data).toEqual({
      total_records: 3,
      tracking_fields: [
        { id: 'tf-1', field: 'Cohort', required: false, visible: false, recommended_values: [] },
        {
          id: 'demo-tracking-course',
          field: 'Course code',
          required: false,
          visible: true,
          recommended_values: ['CS1010', 'CS2030'],
        },
        {
          id: 'tf-2',
          field: 'Faculty',
          required: true,
          visible: true,
          recommended_values: ['Arts', 'Science'],
        },
      ],
    })
    await expect(emulator.seed.zoom.trackingField({ field: 'Faculty' })).rejects.toThrow(
      /already has a tracking field/,
    )
  })
})

describe('Zoom meeting invitations', () => {
  test('the invitation names host, topic, time in the meeting zone, join URL, spaced meeting ID, passcode, dial-in and SIP', async () => {
    const { client } = zoomFixture()
    const { data: meeting } = await client.meetings.create('demo-host', {
      topic: 'Lecture 1',
      start_time: '2026-12-01T09:00:00',
      timezone: 'Asia/Singapore',
      password: 'abc123',
    })
    const { data } = await client.settings.invitation(meeting?.id ?? 0)
    const id = String(meeting?.id)
    const spaced = `${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`
    const text = data?.invitation ?? ''
    expect(text.split('\n').slice(0, 9)).toEqual([
      expect.stringMatching(/ is inviting you to a scheduled Zoom meeting\.$/),
      '',
      'Topic: Lecture 1',
      'Time: Dec 1, 2026 09:00 AM Asia, Singapore',
      '',
      'Join Zoom Meeting',
      meeting?.join_url,
      '',
      `Meeting ID: ${spaced}`,
    ])
    expect(text).toContain('Passcode: abc123')
    expect(text).toContain(`+15550100100,,${id}#,,,,*${meeting?.pstn_password}# US (New York)`)
    expect(data?.sip_links).toEqual([`${id}@zoomcrc.com`])
  })

  test('a VoIP-only meeting has no dial-in; a recurring one lists its occurrences; no fixed time says so', async () => {
    const { client } = zoomFixture()
    const voip = await client.meetings.create('demo-host', { password: '', settings: { audio: 'voip' } })
    const voipText = (await client.settings.invitation(voip.data?.id ?? 0)).data?.invitation ?? ''
    expect(voipText).not.toContain('One tap mobile')
    expect(voipText).not.toContain('Passcode')
    const weekly = await client.meetings.create('demo-host', {
      type: 8,
      start_time: '2026-12-01T10:00:00Z',
      timezone: 'UTC',
      recurrence: { type: 2, weekly_days: '3', end_times: 2 },
    })
    const weeklyText = (await client.settings.invitation(weekly.data?.id ?? 0)).data?.invitation ?? ''
    expect(weeklyText).toContain(
      'Time: Dec 1, 2026 10:00 AM UTC\n        Dec 1, 2026 10:00 AM\n        Dec 8, 2026 10:00 AM',
    )
    const anytime = await client.meetings.create('demo-host', { type: 3 })
    expect((await client.settings.invitation(anytime.data?.id ?? 0)).data?.invitation).toContain(
      'Time: This is a recurring meeting Meet anytime',
    )
    expect((await client.settings.invitation(99999999999)).error).toMatchObject({ status: 404, code: 3001 })
  })
})
