/** @module Zoom's meeting object of the current spec: null means not set, passcodes, types 10 and 4, status, tracking fields, registration, defaults, duration, schedule_for. */
import { describe, expect, test } from 'vitest'
import { T0 } from '../helpers.js'
import { addOtherAccount, bearer, s2sToken, zoomFixture } from './support.js'

const HOUR = 3_600_000

/** A raw caller with a token, so that bodies go out exactly as third-party clients send them. */
async function rawZoom() {
  const fixture = zoomFixture()
  const call = bearer(fixture.emulator, await s2sToken(fixture.emulator))
  const send = (method: string, path: string, body: unknown) =>
    call(path, { method, body: JSON.stringify(body) })
  const getMeeting = async (id: number) =>
    (await (await call(`/v2/meetings/${id}`)).json()) as Record<string, unknown> & {
      settings: Record<string, unknown>
    }
  const create = async (body: unknown, host = 'me') => {
    const response = await send('POST', `/v2/users/${host}/meetings`, body)
    return { response, body: (await response.json()) as Record<string, unknown> & { id: number } }
  }
  return { ...fixture, call, send, getMeeting, create }
}

/** pyzoom's create_meeting and update_meeting defaults: optional settings sent as JSON null. */
const PYZOOM_SETTINGS = {
  host_video: false,
  participant_video: false,
  join_before_host: false,
  mute_upon_entry: false,
  approval_type: 2,
  audio: 'voip',
  auto_recording: 'none',
  alternative_hosts: null,
  authentication_option: null,
  authentication_domains: null,
  close_registration: null,
}

describe('Zoom meetings: null means not set', () => {
  test('create with pyzoom-style nulls in the body and settings answers 201 with the defaults for those fields', async () => {
    const { create } = await rawZoom()
    const { response, body } = await create({
      topic: 'Null fields',
      type: 2,
      start_time: '2026-12-01T09:00:00Z',
      duration: 45,
      agenda: null,
      password: null,
      recurrence: null,
      tracking_fields: null,
      settings: PYZOOM_SETTINGS,
    })
    expect(response.status).toBe(201)
    expect(body).toMatchObject({ topic: 'Null fields', agenda: '', duration: 45 })
    expect(body.password).toMatch(/^[A-Za-z0-9]{6}$/)
    expect(body.settings).toMatchObject({
      audio: 'voip',
      alternative_hosts: '',
      authentication_option: '',
      authentication_domains: '',
      close_registration: false,
    })
    expect(body).not.toHaveProperty('tracking_fields')
  })

  test('update with nulls leaves those fields as they were and changes the ones sent', async () => {
    const { create, send, getMeeting } = await rawZoom()
    const { body: created } = await create({
      topic: 'Before',
      agenda: 'Kept',
      password: 'keep1',
      settings: { alternative_hosts: 'admin@example.edu', close_registration: true },
    })
    const response = await send('PATCH', `/v2/meetings/${created.id}`, {
      topic: 'After',
      agenda: null,
      password: null,
      duration: null,
      settings: { ...PYZOOM_SETTINGS, host_video: true },
    })
    expect(response.status).toBe(204)
    const after = await getMeeting(created.id)
    expect(after).toMatchObject({ topic: 'After', agenda: 'Kept', password: 'keep1', duration: 60 })
    expect(after.settings).toMatchObject({
      host_video: true,
      alternative_hosts: 'admin@example.edu',
      close_registration: true,
    })
  })

  test('a user update with null fields changes only the fields sent', async () => {
    const { send, call } = await rawZoom()
    const response = await send('PATCH', '/v2/users/host@example.edu', {
      first_name: 'Hana',
      last_name: null,
      timezone: null,
      dept: null,
    })
    expect(response.status).toBe(204)
    const user = (await (await call('/v2/users/host@example.edu')).json()) as Record<string, unknown>
    expect(user).toMatchObject({ first_name: 'Hana', last_name: 'Demo', dept: 'Computing' })
  })

  test('a null where a field is required is still refused with 400/300', async () => {
    const { send } = await rawZoom()
    const response = await send('POST', '/v2/users', {
      action: 'create',
      user_info: { email: null, type: 1 },
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 300 })
  })
})

describe("Zoom meetings: the current spec's meeting object", () => {
  test('a passcode of up to 10 characters may hold ASCII punctuation such as ! and #, but no spaces', async () => {
    const { create } = await rawZoom()
    const { response, body } = await create({ password: 'ab!#1' })
    expect(response.status).toBe(201)
    expect(body.password).toBe('ab!#1')
    expect((await create({ password: 'ab 1' })).response.status).toBe(400)
    expect((await create({ password: 'ab!#1234567' })).response.status).toBe(400)
  })

  test('type 10 (screen share only) is created and read back as type 10', async () => {
    const { create, getMeeting } = await rawZoom()
    const { response, body } = await create({ type: 10, start_time: '2026-12-01T09:00:00Z' })
    expect(response.status).toBe(201)
    expect(body.type).toBe(10)
    expect((await getMeeting(body.id)).type).toBe(10)
  })

  test("a scheduled meeting that uses the PMI reads as type 4 with the host's pmi; others have no pmi", async () => {
    const { create, getMeeting } = await rawZoom()
    const { body } = await create({ type: 2, settings: { use_pmi: true } }, 'host@example.edu')
    expect(await getMeeting(body.id)).toMatchObject({ type: 4, pmi: '5550000002' })
    const plain = await create({ type: 2 }, 'host@example.edu')
    expect(plain.body.type).toBe(2)
    expect(plain.body).not.toHaveProperty('pmi')
  })

  test('a meeting that is over reads as waiting, never finished, yet stays in the previous meetings list', async () => {
    const { create, getMeeting, emulator, call } = await rawZoom()
    const { body } = await create({ start_time: '2026-11-22T12:05:00Z', duration: 10 })
    emulator.clock.set(T0 + HOUR / 2)
    expect((await getMeeting(body.id)).status).toBe('waiting')
    const list = (await (await call('/v2/users/me/meetings?type=previous_meetings')).json()) as {
      meetings: { id: number }[]
    }
    expect(list.meetings.map((m) => m.id)).toContain(body.id)
  })

  test('tracking_fields are stored and returned by create and get, and replaced by an update', async () => {
    const { create, send, getMeeting } = await rawZoom()
    const fields = [{ field: 'course', value: 'CS1010' }, { field: 'term' }]
    const { body } = await create({ tracking_fields: fields })
    expect(body.tracking_fields).toEqual(fields)
    expect((await getMeeting(body.id)).tracking_fields).toEqual(fields)
    await send('PATCH', `/v2/meetings/${body.id}`, {
      tracking_fields: [{ field: 'course', value: 'CS2030' }],
    })
    expect((await getMeeting(body.id)).tracking_fields).toEqual([{ field: 'course', value: 'CS2030' }])
  })

  test('registration_url is answered when registration is on, and not otherwise', async () => {
    const { create } = await rawZoom()
    const open = await create({ settings: { approval_type: 0 } })
    expect(open.body.registration_url).toBe(`https://zoom.us/meeting/register/${open.body.id}`)
    expect((await create({})).body).not.toHaveProperty('registration_url')
  })

  test('settings default as the spec states: audio both', async () => {
    const { create } = await rawZoom()
    const { body } = await create({})
    expect(body.settings).toMatchObject({ audio: 'both', approval_type: 2, auto_recording: 'none' })
  })

  test('duration is bounded 1 to 1440 minutes as the spec states', async () => {
    const { create } = await rawZoom()
    expect((await create({ duration: 0 })).response.status).toBe(400)
    expect((await create({ duration: 1441 })).response.status).toBe(400)
    expect((await create({ duration: 1 })).response.status).toBe(201)
    expect((await create({ duration: 1440 })).response.status).toBe(201)
  })

  test('schedule_for makes that user of the account the host', async () => {
    const { create } = await rawZoom()
    const { response, body } = await create({ schedule_for: 'host@example.edu' }, 'admin@example.edu')
    expect(response.status).toBe(201)
    expect(body.host_email).toBe('host@example.edu')
  })

  test('schedule_for naming no user of the account is refused with 404/1001 and creates nothing', async () => {
    const { create, store } = await rawZoom()
    const before = store().meetings.size
    const { response, body } = await create({ schedule_for: 'nobody@example.edu' })
    expect(response.status).toBe(404)
    expect(body).toMatchObject({ code: 1001 })
    expect(store().meetings.size).toBe(before)
  })

  test("schedule_for naming another account's user is refused with 400/1010 and creates nothing", async () => {
    const { emulator, store } = zoomFixture()
    const zoom = store()
    const other = addOtherAccount(emulator)
    const call = bearer(emulator, await s2sToken(emulator, other))
    const before = zoom.meetings.size
    const answer = await call('/v2/users/me/meetings', {
      method: 'POST',
      body: '{"schedule_for":"demo-host"}',
    })
    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({ code: 1010 })
    expect(zoom.meetings.size).toBe(before)
  })

  test('an update with schedule_for hands the meeting to that user, or is refused with 404/1001 and changes nothing', async () => {
    const { create, send, getMeeting } = await rawZoom()
    const { body } = await create({ topic: 'Handed over' }, 'admin@example.edu')
    const refused = await send('PATCH', `/v2/meetings/${body.id}`, {
      topic: 'x',
      schedule_for: 'nobody@example.edu',
    })
    expect(refused.status).toBe(404)
    expect(await getMeeting(body.id)).toMatchObject({ topic: 'Handed over', host_email: 'admin@example.edu' })
    await send('PATCH', `/v2/meetings/${body.id}`, { schedule_for: 'host@example.edu' })
    expect((await getMeeting(body.id)).host_email).toBe('host@example.edu')
  })
})
