/** @module POST /__emulator/seed: one request adds entities to a world, referring to each other, all or nothing. */
import { describe, expect, test } from 'vitest'
import { LoadedContracts } from '../../mock/core/contracts/load.js'
import { CONTRACTS_DIR } from '../../mock/core/lib/package-root.js'
import { DEMO, type SeedResult } from '../../mock/index.js'
import { startServer } from '../../mock/server.js'
import { validatingFetch } from '../contract.js'
import { control } from '../control/helpers.js'
import { createTestEmulator, demoClients } from '../helpers.js'

const LECTURE = 71000000001

/** A batch across the three services whose entities refer to each other by email and by the ids it gives. */
const batch = () => ({
  zoom: {
    users: [{ email: 'lecturer@example.edu', first_name: 'Lee' }],
    meetings: [
      {
        host_id: 'lecturer@example.edu',
        id: LECTURE,
        topic: 'Lecture 1',
        start_time: '2026-11-23T02:00:00Z',
      },
      { host_id: 'lecturer@example.edu', topic: 'Office hours', type: 3 },
    ],
  },
  lti: {
    courses: [{ contextId: 'cs3230', courseId: '303', title: 'CS3230' }],
    associations: [{ meetingId: LECTURE, contextId: 'cs3230' }],
  },
  luminus: {
    modules: [{ id: '00000000-0000-4000-8000-0000000000c1', code: 'CS3230' }],
    users: [{ id: 'e0000100', name: 'Lee Lecturer' }],
    staff: [{ moduleId: '00000000-0000-4000-8000-0000000000c1', userId: 'e0000100' }],
    subscriptions: [{ userId: 'e0000100', key: 'lee-key' }],
    meetings: [
      {
        id: '00000000-0000-4000-8000-0000000000c2',
        moduleId: '00000000-0000-4000-8000-0000000000c1',
        creatorID: 'e0000100',
        meetingID: LECTURE,
      },
    ],
  },
})

describe('POST /__emulator/seed', () => {
  test('answers 201 with every entity as stored, in the request’s structure, and the services see them', async () => {
    const emulator = createTestEmulator()
    const { status, body } = await control(emulator, 'POST', '/seed', { body: batch() })
    expect(status).toBe(201)
    const created = body as SeedResult
    const [lecturer] = created.zoom.users
    expect(created.zoom.meetings).toMatchObject([
      { id: LECTURE, host_id: lecturer?.id, topic: 'Lecture 1' },
      { type: 3, topic: 'Office hours' },
    ])
    expect(created.lti).toMatchObject({
      credentials: [],
      courses: [{ credentialKey: 'demo-lti-key', contextId: 'cs3230', domain: DEMO.domain }],
      associations: [{ meetingId: String(LECTURE), courseId: '303' }],
    })
    expect(created.luminus.meetings).toMatchObject([{ name: 'Lecture 1', meetingID: String(LECTURE) }])

    const { lti } = demoClients(emulator)
    const page = (await lti.listMeetings({ userId: 'lecturer@example.edu' })).data
    expect(page?.list.map((m) => m.meetingNumber)).toEqual([String(LECTURE)])
    const sync = await emulator.request('/zoom/Meeting/00000000-0000-4000-8000-0000000000c2/Sync', {
      headers: { 'Ocp-Apim-Subscription-Key': 'lee-key' },
    })
    expect(await sync.json()).toMatchObject({ topic: 'Lecture 1', apiUserName: 'lecturer@example.edu' })
  })

  test('a batch whose last item is bad changes nothing and names that item’s field', async () => {
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    const bad = batch()
    bad.luminus.meetings.push({
      ...bad.luminus.meetings[0],
      id: '00000000-0000-4000-8000-0000000000c3',
      creatorID: 'e0009999',
    } as never)
    const answer = await control(emulator, 'POST', '/seed', { body: bad })
    expect(answer).toEqual({
      status: 400,
      body: { error: 'luminus.meetings[1].creatorID: No LumiNUS user e0009999' },
    })
    expect(emulator.exportState()).toEqual(before)
    expect((await control(emulator, 'POST', '/seed', { body: batch() })).status).toBe(201)
  })

  test('names the first field the contract refuses, before anything is added', async () => {
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    const cases: [unknown, string][] = [
      [
        { zoom: { meetings: [{ host_id: 'demo-host' }, { host_id: 'demo-x' }] } },
        'zoom.meetings[1].host_id: no Zoom user demo-x',
      ],
      [
        { zoom: { meetings: [{ host_id: 'demo-host', duration: 1441 }] } },
        'zoom.meetings[0].duration: must be an integer from 0 to 1440, not 1441',
      ],
      [
        { zoom: { users: [{ email: 'not-an-email' }] } },
        'zoom.users[0].email: must be a string of at most 128 characters in email format, not "not-an-email"',
      ],
      [
        { lti: { associations: [{ meetingId: 81000000001 }] } },
        'lti.associations[0].contextId: is required (a non-empty string)',
      ],
      [{ luminus: { modules: [{ code: 'X', colour: 'red' }] } }, 'luminus.modules[0].colour: unknown field'],
      [{ teams: {} }, 'teams: unknown field'],
    ]
    for (const [body, error] of cases)
      expect(await control(emulator, 'POST', '/seed', { body })).toEqual({ status: 400, body: { error } })
    expect((await control(emulator, 'POST', '/seed', { body: '{"zoom":' })).status).toBe(400)
    expect(emulator.exportState()).toEqual(before)
  })

  test('refuses a huge invalid batch from its first issue alone, where a full check collects one per entity', async () => {
    const body = { zoom: { users: Array.from({ length: 5_000 }, () => ({ email: 5 })) } }
    const check = (firstIssueOnly: boolean) =>
      new LoadedContracts(CONTRACTS_DIR, firstIssueOnly)
        .operation('emulator.yaml', 'seed')
        .check({}, {}, body)
    expect(check(false)).toMatchObject({ ok: false, issues: { length: 5_000 } })
    expect(check(true)).toMatchObject({ ok: false, issues: [{ path: ['zoom', 'users', 0, 'email'] }] })
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    expect(await control(emulator, 'POST', '/seed', { body })).toEqual({
      status: 400,
      body: {
        error: 'zoom.users[0].email: must be a string of at most 128 characters in email format, not 5',
      },
    })
    expect(emulator.exportState()).toEqual(before)
  })

  test('an empty body part adds nothing and answers every list empty', async () => {
    const { status, body } = await control(createTestEmulator(), 'POST', '/seed', { body: {} })
    expect(status).toBe(201)
    expect(body).toEqual({
      zoom: { users: [], meetings: [], webinars: [], groups: [], trackingFields: [], assistants: [] },
      lti: { credentials: [], courses: [], associations: [] },
      luminus: { modules: [], users: [], staff: [], subscriptions: [], meetings: [] },
    })
  })

  test('acts on the sandbox x-emulator-sandbox names, and refuses an unknown one', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const before = emulator.exportState()
    expect((await control(emulator, 'POST', '/seed', { body: batch(), sandbox: sandbox.id })).status).toBe(
      201,
    )
    expect(emulator.exportState()).toEqual(before)
    expect(sandbox.exportState().zoom.meetings).toHaveProperty(String(LECTURE))
    expect(
      (await control(emulator, 'POST', '/seed', { body: batch(), sandbox: 'sandbox-nope' })).status,
    ).toBe(404)
  })

  test('needs the admin token when the emulator has one', async () => {
    const emulator = createTestEmulator({ adminToken: 'let-me-in' })
    const before = emulator.exportState()
    expect((await control(emulator, 'POST', '/seed', { body: batch() })).status).toBe(401)
    expect(emulator.exportState()).toEqual(before)
    const headers = { authorization: 'Bearer let-me-in' }
    expect((await control(emulator, 'POST', '/seed', { body: batch(), headers })).status).toBe(201)
  })

  test('is refused (403) when a page of another origin sends it, and nothing changes', async () => {
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    const headers = { origin: 'https://elsewhere.example' }
    expect((await control(emulator, 'POST', '/seed', { body: batch(), headers })).status).toBe(403)
    expect(emulator.exportState()).toEqual(before)
  })

  test('works over the HTTP server with the body curl -d sends (form-urlencoded, read as JSON)', async () => {
    const server = await startServer({ port: 0, now: '2026-11-22T12:00:00Z' })
    try {
      const checkedFetch = validatingFetch((request) => fetch(request))
      const response = await checkedFetch(`${server.url}/__emulator/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: JSON.stringify(batch()),
      })
      expect(response.status).toBe(201)
      const state = (await checkedFetch(`${server.url}/__emulator/state`).then((r) => r.json())) as {
        zoom: { meetings: Record<string, unknown> }
      }
      expect(state.zoom.meetings[String(LECTURE)]).toMatchObject({ topic: 'Lecture 1' })
    } finally {
      await server.close()
    }
  })
})
