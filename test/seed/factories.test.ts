/** @module The in-process seeding factories (`emulator.seed.*`): defaults, overrides, entities usable through every service, errors that leave nothing behind. */
import { describe, expect, test } from 'vitest'
import { ControlError, DEMO, type Emulator, LOCAL_ORIGIN, type WorldControl } from '../../mock/index.js'
import { usersWithEmail } from '../../mock/services/zoom/users-model.js'
import { createLtiProClient } from '../../src/lti-pro/client.js'
import { createLuminusClient } from '../../src/luminus/client.js'
import { createTestEmulator, demoClients, T0 } from '../helpers.js'

const ZOOM_USER_ID = /^[A-Za-z0-9_-]{22}$/
const MEETING_UUID = /^[A-Za-z0-9+/]{22}==$/
const MEETING_NUMBER = /^[1-9]\d{9,10}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const HOUR = 3_600_000

const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

/** Expects the factory call to reject with a 400 whose message starts with `field:`, the world unchanged. */
async function expectRefused(world: WorldControl, seed: () => Promise<unknown>, field: string) {
  const before = world.exportState()
  const error = await seed().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ControlError)
  expect((error as ControlError).status).toBe(400)
  expect((error as ControlError).message.startsWith(`${field}: `)).toBe(true)
  expect(world.exportState()).toEqual(before)
}

describe('emulator.seed: defaults and overrides', () => {
  test('a Zoom user with no overrides gets a real-looking id, a free email and the world account, and the API lists it', async () => {
    const emulator = createTestEmulator()
    const user = await emulator.seed.zoom.user()
    expect(user).toMatchObject({ account_id: 'demo-account', type: 2, role_name: 'Member', status: 'active' })
    expect(user.id).toMatch(ZOOM_USER_ID)
    expect(user.email).toMatch(/^user\d+@example\.edu$/)
    const { data } = await demoClients(emulator).zoom.users.get(user.email)
    expect(data).toMatchObject({ id: user.id, email: user.email, created_at: iso(T0) })
  })

  test('overrides are kept and everything else takes its default', async () => {
    const emulator = createTestEmulator()
    const user = await emulator.seed.zoom.user({
      email: 'Ada@Example.edu',
      role_name: 'Admin',
      timezone: 'Asia/Singapore',
    })
    expect(user).toMatchObject({
      email: 'Ada@Example.edu',
      role_name: 'Admin',
      timezone: 'Asia/Singapore',
      language: 'en-US',
    })
    const meeting = await emulator.seed.zoom.meeting({
      host_id: 'ada@example.edu',
      topic: 'Seminar',
      duration: 45,
    })
    expect(meeting).toMatchObject({
      host_id: user.id,
      host_email: user.email,
      topic: 'Seminar',
      duration: 45,
      type: 2,
    })
    expect(meeting.timezone).toBe('Asia/Singapore') // the host's, as the API would choose
    expect(String(meeting.id)).toMatch(MEETING_NUMBER)
    expect(meeting.uuid).toMatch(MEETING_UUID)
    expect(meeting.password).toMatch(/^[A-Za-z0-9]{6}$/)
  })

  test('LumiNUS modules, users and meetings get UUIDs, NUSNET ids and the Zoom meeting’s topic and times', async () => {
    const emulator = createTestEmulator()
    const module = await emulator.seed.luminus.module()
    const user = await emulator.seed.luminus.user()
    expect(module.id).toMatch(UUID)
    expect(module.code).toMatch(/^MOD\d+$/)
    expect(user.id).toMatch(/^e\d{7}$/)
    expect(user.email).toBe(`${user.id}@u.nus.edu`)
    const meeting = await emulator.seed.luminus.meeting({
      moduleId: module.id,
      creatorID: user.id,
      meetingID: 81000000002,
    })
    expect(meeting.id).toMatch(UUID)
    expect(meeting).toMatchObject({ meetingID: '81000000002', name: 'Week 2 Lecture', meetingType: 2 })
    expect(Date.parse(meeting.endDate) - Date.parse(meeting.startDate)).toBe(2 * HOUR)
  })

  test('an entity answered is a copy: changing it does not change the world', async () => {
    const emulator = createTestEmulator()
    const meeting = await emulator.seed.zoom.meeting({ host_id: DEMO.hostId, topic: 'Kept' })
    meeting.topic = 'Changed'
    expect(emulator.worlds.defaultWorld.store.zoom.meetings.get(String(meeting.id))?.topic).toBe('Kept')
  })
})

describe('a seeded meeting behaves like one created through the API', () => {
  test('Zoom lists and returns it, LTI Pro lists it once associated, LumiNUS syncs it', async () => {
    const emulator = createTestEmulator()
    const { zoom, lti, luminus } = demoClients(emulator)
    const host = await emulator.seed.zoom.user({ email: 'lecturer@example.edu', timezone: 'Asia/Singapore' })
    const meeting = await emulator.seed.zoom.meeting({
      host_id: host.id,
      topic: 'Guest lecture',
      start_time: iso(T0 + 2 * HOUR),
      duration: 90,
      settings: { waiting_room: false, auto_recording: 'cloud' },
    })

    const got = await zoom.meetings.get(meeting.id)
    expect(got.data).toMatchObject({
      id: meeting.id,
      uuid: meeting.uuid,
      topic: 'Guest lecture',
      status: 'waiting',
    })
    const listed = await zoom.meetings.list(host.id, { type: 'upcoming' })
    expect(listed.data?.meetings.map((m) => m.id)).toEqual([meeting.id])

    expect((await lti.listMeetings({ userId: host.id })).data?.total).toBe(0)
    const course = await emulator.seed.lti.course({ contextId: 'guest-101', courseId: '901' })
    await emulator.seed.lti.association({ meetingId: meeting.id, contextId: course.contextId })
    const page = (await lti.listMeetings({ userId: host.email })).data
    expect(page?.list).toMatchObject([
      { meetingNumber: String(meeting.id), topic: 'Guest lecture', duration: 90 },
    ])

    const record = await emulator.seed.luminus.meeting({
      moduleId: DEMO.luminus.moduleId,
      creatorID: DEMO.luminus.staffId,
      meetingID: meeting.id,
    })
    const synced = await luminus.syncMeeting(record.id)
    expect(synced.data).toMatchObject({
      topic: 'Guest lecture',
      apiUserName: 'lecturer@example.edu',
      meetingDuration: 90,
      isWaitingRoom: false,
      recordType: 2,
      notFoundInZoom: false,
    })
  })

  test('a start time in the past is kept, so ended meetings can be seeded', async () => {
    const emulator = createTestEmulator()
    const meeting = await emulator.seed.zoom.meeting({
      host_id: DEMO.hostId,
      start_time: iso(T0 - 72 * HOUR),
    })
    expect(meeting.start_time).toBe(iso(T0 - 72 * HOUR))
    const { data } = await demoClients(emulator).zoom.meetings.list(DEMO.hostId, {
      type: 'previous_meetings',
    })
    expect(data?.meetings.map((m) => m.id)).toContain(meeting.id)
  })

  test('a recurring meeting follows Zoom’s recurrence rules', async () => {
    const emulator = createTestEmulator()
    const meeting = await emulator.seed.zoom.meeting({
      host_id: DEMO.hostId,
      type: 8,
      start_time: iso(T0 + 24 * HOUR),
      recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
    })
    const { data } = await demoClients(emulator).zoom.meetings.get(meeting.id)
    expect(data?.occurrences).toHaveLength(3)
  })

  test('a seeded LTI credential and LumiNUS key are accepted by their services', async () => {
    const emulator = createTestEmulator()
    const credential = await emulator.seed.lti.credential()
    expect(credential.accountId).toBe('demo-account')
    await emulator.seed.lti.course({ credentialKey: credential.key, contextId: 'ctx' })
    await emulator.seed.lti.association({
      credentialKey: credential.key,
      meetingId: 81000000007,
      contextId: 'ctx',
    })
    const client = createLtiProClient({
      key: credential.key,
      secret: credential.secret,
      baseUrl: `${LOCAL_ORIGIN}/api/v1/lti/rich`,
      fetch: emulator.fetch,
      now: () => emulator.clock.now(),
    })
    const { data } = await client.listMeetings({ userId: DEMO.hostId })
    expect(data?.list.map((m) => m.meetingNumber)).toEqual(['81000000007'])

    const tutor = await emulator.seed.luminus.user({ name: 'Tara Tutor' })
    await emulator.seed.luminus.staff({ moduleId: DEMO.luminus.moduleId, userId: tutor.id, access: 'read' })
    const { key } = await emulator.seed.luminus.subscription({ userId: tutor.id })
    const luminus = createLuminusClient({
      subscriptionKey: key,
      baseUrl: LOCAL_ORIGIN,
      fetch: emulator.fetch,
    })
    const synced = await luminus.syncMeeting(DEMO.luminus.meetingId)
    expect(synced.data).toMatchObject({ readonlyAccess: true })
  })
})

describe('emulator.seed: refusals name the field and add nothing', () => {
  const emulator = createTestEmulator()
  const { seed } = emulator
  const cases: [string, string, () => Promise<unknown>][] = [
    ['a meeting of an unknown host', 'host_id', () => seed.zoom.meeting({ host_id: 'demo-x' })],
    [
      'a topic over the contract’s 200 characters',
      'topic',
      () => seed.zoom.meeting({ host_id: DEMO.hostId, topic: 'x'.repeat(201) }),
    ],
    [
      'a start time that is no instant',
      'start_time',
      () => seed.zoom.meeting({ host_id: DEMO.hostId, start_time: '2026-02-30T10:00:00Z' }),
    ],
    [
      'a type 8 meeting without recurrence',
      'recurrence',
      () => seed.zoom.meeting({ host_id: DEMO.hostId, type: 8 }),
    ],
    ['a meeting number in use', 'id', () => seed.zoom.meeting({ host_id: DEMO.hostId, id: 81000000001 })],
    ['a meeting number of 9 digits', 'id', () => seed.zoom.meeting({ host_id: DEMO.hostId, id: 123456789 })],
    ['an unknown field', 'colour', () => seed.zoom.meeting({ host_id: DEMO.hostId, colour: 'red' } as never)],
    ['an email in use, in another case', 'email', () => seed.zoom.user({ email: 'HOST@example.edu' })],
    ['a user id in use', 'id', () => seed.zoom.user({ id: DEMO.adminId })],
    ['a time zone that is not IANA', 'timezone', () => seed.zoom.user({ timezone: 'Mars/Olympus' })],
    ['an account of no world', 'account_id', () => seed.zoom.user({ account_id: 'nope' })],
    ['an LTI key in use', 'key', () => seed.lti.credential({ key: 'demo-lti-key' })],
    ['a course that exists', 'contextId', () => seed.lti.course({ contextId: 'demo-context-1' })],
    ['a course of an unknown credential', 'credentialKey', () => seed.lti.course({ credentialKey: 'nope' })],
    [
      'an association with an unknown meeting',
      'meetingId',
      () => seed.lti.association({ meetingId: 99999999999, contextId: 'demo-context-1' }),
    ],
    [
      'an association with an unknown course',
      'contextId',
      () => seed.lti.association({ meetingId: 81000000007, contextId: 'nope' }),
    ],
    [
      'an association that exists',
      'meetingId',
      () => seed.lti.association({ meetingId: 81000000001, contextId: 'demo-context-1' }),
    ],
    ['a LumiNUS module id that is no UUID', 'id', () => seed.luminus.module({ id: 'mod-1' })],
    ['a LumiNUS user id that is no NUSNET id', 'id', () => seed.luminus.user({ id: 'lee' })],
    [
      'staff of an unknown module',
      'moduleId',
      () => seed.luminus.staff({ moduleId: '00000000-0000-4000-8000-00000000ffff', userId: 'e0000001' }),
    ],
    [
      'staff twice',
      'userId',
      () => seed.luminus.staff({ moduleId: DEMO.luminus.moduleId, userId: 'e0000001' }),
    ],
    ['a key for an unknown user', 'userId', () => seed.luminus.subscription({ userId: 'e0009999' })],
    [
      'a LumiNUS meeting with an unknown creator',
      'creatorID',
      () =>
        seed.luminus.meeting({
          moduleId: DEMO.luminus.moduleId,
          creatorID: 'e0009999',
          meetingID: '81000000001',
        }),
    ],
    [
      'a LumiNUS meeting ending before it starts',
      'endDate',
      () =>
        seed.luminus.meeting({
          moduleId: DEMO.luminus.moduleId,
          creatorID: 'e0000001',
          meetingID: '81000000001',
          startDate: '2026-11-22T10:00:00Z',
          endDate: '2026-11-22T09:00:00Z',
        }),
    ],
  ]
  test.each(cases)('%s: refused on %s', async (_, field, seedIt) => {
    await expectRefused(emulator, seedIt, field)
  })
})

describe('seeding sandboxes', () => {
  test('a sandbox’s control object seeds that sandbox only, and its credentials reach what was seeded', async () => {
    const emulator: Emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const host = await sandbox.seed.zoom.user({ email: 'sandboxed@example.edu' })
    expect(host.account_id).toBe(sandbox.credentials.zoom.accountId)
    await sandbox.seed.zoom.meeting({ host_id: host.id, id: 71000000001 })
    await sandbox.seed.lti.association({ meetingId: 71000000001, contextId: 'demo-context-1' })
    expect(usersWithEmail(emulator.worlds.defaultWorld.store.zoom.users, 'sandboxed@example.edu')).toEqual([])
    const client = createLtiProClient({
      ...sandbox.credentials.lti,
      baseUrl: `${LOCAL_ORIGIN}/api/v1/lti/rich`,
      fetch: emulator.fetch,
      now: () => emulator.clock.now(),
    })
    const { data } = await client.listMeetings({ userId: 'sandboxed@example.edu' })
    expect(data?.list.map((m) => m.meetingNumber)).toEqual(['71000000001'])
    expect(emulator.sandbox(sandbox.id).exportState().zoom.meetings).toHaveProperty('71000000001')
  })

  test('a key another world answers to is refused, so requests still find one world', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    await expectRefused(sandbox, () => sandbox.seed.lti.credential({ key: 'demo-lti-key' }), 'key')
    await expectRefused(
      emulator,
      () =>
        emulator.seed.luminus.subscription({
          userId: 'e0000001',
          key: sandbox.credentials.luminus.subscriptionKey,
        }),
      'key',
    )
  })

  test('a reset removes what was seeded', async () => {
    const emulator = createTestEmulator()
    const user = await emulator.seed.zoom.user()
    emulator.reset()
    expect(emulator.exportState().zoom.users).not.toHaveProperty(user.id)
  })
})
