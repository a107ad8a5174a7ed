/** @module Control API: a state import checks every entity against the contract and their references against each other, and what it accepts every read answers. */
import { describe, expect, test } from 'vitest'
import type { StateSnapshot } from '../../mock/control/state.js'
import { createTestEmulator, demoClients } from '../helpers.js'
import { control } from './helpers.js'
import { failedReads, readTour } from './read-tour.js'

type Entries = Record<string, Record<string, unknown>>
type Snapshot = Record<string, Record<string, unknown>>

const DEMO_ASSOCIATION = 'demo-lti-key|81000000001|https://lms.example.edu|demo-context-1'
const DEMO_LUMINUS_MEETING = '00000000-0000-4000-8000-000000000001'

/** The demo world's snapshot with `change` applied to a copy of it. */
function demoSnapshot(change: (snapshot: Snapshot) => void): StateSnapshot {
  const snapshot = structuredClone(createTestEmulator().exportState()) as unknown as Snapshot
  change(snapshot)
  return snapshot as unknown as StateSnapshot
}

/** One Map of the snapshot, as an object keyed by id. */
function mapOf(snapshot: Snapshot, slice: string, field: string): Entries {
  const map = snapshot[slice]?.[field]
  if (typeof map !== 'object' || map === null) throw new Error(`The demo state has no ${slice}.${field}`)
  return map as Entries
}

function entity(snapshot: Snapshot, slice: string, field: string, key: string): Record<string, unknown> {
  const found = mapOf(snapshot, slice, field)[key]
  if (!found) throw new Error(`The demo state has no ${slice}.${field}["${key}"]`)
  return found
}

/** Imports `snapshot` into a sandbox over HTTP; answers the reply and whether the sandbox is as it was. */
async function importIntoSandbox(snapshot: unknown) {
  const emulator = createTestEmulator()
  const sandbox = emulator.createSandbox()
  const before = sandbox.exportState()
  const answer = await control(emulator, 'PUT', '/state', { body: snapshot, sandbox: sandbox.id })
  return { answer, unchanged: JSON.stringify(sandbox.exportState()) === JSON.stringify(before) }
}

describe('a state import checks each entity against contracts/emulator.yaml', () => {
  test.each<[string, unknown, string]>([
    [
      'a bulk job that is not an object',
      { version: 1, lti: { bulkJobs: [false] } },
      '/lti/bulkJobs/0: must be object',
    ],
    [
      'a Zoom user without an email',
      demoSnapshot((s) => {
        delete entity(s, 'zoom', 'users', 'demo-host').email
      }),
      '/zoom/users/demo-host: "email" is required',
    ],
    [
      'a meeting number as a string',
      demoSnapshot((s) => {
        entity(s, 'zoom', 'meetings', '81000000001').id = '81000000001'
      }),
      '/zoom/meetings/81000000001/id: must be integer',
    ],
    [
      'an association created past any Date',
      demoSnapshot((s) => {
        entity(s, 'lti', 'associations', DEMO_ASSOCIATION).createdAt = 1e308
      }),
      `/lti/associations/${DEMO_ASSOCIATION.replaceAll('/', '~1')}/createdAt: must be <= 253402300799999`,
    ],
    [
      'a `__proto__` field in a meeting',
      demoSnapshot((s) => {
        Object.defineProperty(entity(s, 'zoom', 'meetings', '81000000001'), '__proto__', {
          value: { polluted: true },
          enumerable: true,
        })
      }),
      '/zoom/meetings/81000000001: unknown field "__proto__"',
    ],
    [
      'an unknown meeting setting',
      demoSnapshot((s) => {
        ;(entity(s, 'zoom', 'meetings', '81000000001').settings as Record<string, unknown>).webinar = true
      }),
      '/zoom/meetings/81000000001/settings: unknown field "webinar"',
    ],
    [
      'a LumiNUS meeting type out of its enum',
      demoSnapshot((s) => {
        entity(s, 'luminus', 'meetings', DEMO_LUMINUS_MEETING).meetingType = 4
      }),
      `/luminus/meetings/${DEMO_LUMINUS_MEETING}/meetingType: must be equal to one of the allowed values (1, 2, 3)`,
    ],
    [
      'a negative call count',
      { version: 1, zoom: { dailyMeetingWrites: { 'demo-host|2026-11-22': -1 } } },
      '/zoom/dailyMeetingWrites/demo-host|2026-11-22: must be >= 0',
    ],
  ])('refuses %s with a 400 naming it by JSON pointer, and nothing changes', async (_, snapshot, why) => {
    const { answer, unchanged } = await importIntoSandbox(snapshot)
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
    expect(unchanged).toBe(true)
  })

  test('refuses the same in process and as the `state` option, with the same message', () => {
    const snapshot = { version: 1, lti: { bulkJobs: [false] } } as unknown as StateSnapshot
    expect(() => createTestEmulator().importState(snapshot)).toThrow('/lti/bulkJobs/0: must be object')
    expect(() => createTestEmulator({ state: snapshot })).toThrow('/lti/bulkJobs/0: must be object')
  })
})

describe('a state import checks the references between entities', () => {
  test.each<[string, StateSnapshot, string]>([
    [
      'a user under another id',
      demoSnapshot((s) => {
        const users = mapOf(s, 'zoom', 'users')
        users.someone = entity(s, 'zoom', 'users', 'demo-admin')
        delete users['demo-admin']
      }),
      'zoom.users: the entry "someone" must be keyed "demo-admin"',
    ],
    [
      'a meeting whose host is not a user',
      demoSnapshot((s) => {
        entity(s, 'zoom', 'meetings', '81000000001').host_id = 'nobody'
      }),
      'zoom.meetings["81000000001"].host_id: no Zoom user "nobody"',
    ],
    [
      'a bulk job of an unknown credential',
      demoSnapshot((s) => {
        ;(s.lti as Snapshot[string]).bulkJobs = [
          {
            id: 'j1',
            kind: 'import',
            credentialKey: 'gone',
            receivedAt: 0,
            dueAt: 0,
            status: 'pending',
            items: [],
          },
        ]
      }),
      'lti.bulkJobs["0"].credentialKey: no LTI credential "gone"',
    ],
    [
      'an association with no course',
      demoSnapshot((s) => {
        const courses = mapOf(s, 'lti', 'courses')
        for (const key of Object.keys(courses)) delete courses[key]
      }),
      `lti.associations["${DEMO_ASSOCIATION}"].contextId: no LTI course`,
    ],
    [
      'LumiNUS staff of an unknown module',
      demoSnapshot((s) => {
        const modules = mapOf(s, 'luminus', 'modules')
        for (const key of Object.keys(modules)) delete modules[key]
      }),
      'luminus.staff[',
    ],
    [
      'a subscription of an unknown LumiNUS user',
      demoSnapshot((s) => {
        for (const subscription of Object.values(
          s.luminus?.subscriptions as Record<string, { userId: string }>,
        ))
          subscription.userId = 'e9999999'
      }),
      '.userId: no LumiNUS user "e9999999"',
    ],
  ])('refuses %s with a 400 naming the entry, and nothing changes', async (_, snapshot, why) => {
    const { answer, unchanged } = await importIntoSandbox(snapshot)
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
    expect(unchanged).toBe(true)
  })

  test('accepts an association and a LumiNUS record of a deleted Zoom meeting, and every read still answers', async () => {
    const snapshot = demoSnapshot((s) => {
      delete mapOf(s, 'zoom', 'meetings')['81000000001']
    })
    const emulator = createTestEmulator()
    expect((await control(emulator, 'PUT', '/state', { body: snapshot })).status).toBe(204)
    const reads = await readTour(emulator)
    expect(reads.length).toBeGreaterThan(20)
    expect(failedReads(reads)).toEqual([])
    const { luminus } = demoClients(emulator)
    expect((await luminus.syncMeeting(DEMO_LUMINUS_MEETING)).data).toMatchObject({ notFoundInZoom: true })
  })

  test('every read answers on the demo world exported and imported again', async () => {
    const emulator = createTestEmulator()
    expect((await control(emulator, 'PUT', '/state', { body: emulator.exportState() })).status).toBe(204)
    expect(failedReads(await readTour(emulator))).toEqual([])
  })
})

describe('a state import refusal', () => {
  test.each<[string, StateSnapshot, string]>([
    [
      'an access token',
      {
        version: 1,
        zoom: { tokens: { 'secret-token-1': { accountId: 'a', expiresAt: 'soon', scope: '' } } },
      } as never,
      '/zoom/tokens/<entry 1>/expiresAt: must be integer',
    ],
    [
      'a subscription key under another key',
      demoSnapshot((s) => {
        const subscriptions = mapOf(s, 'luminus', 'subscriptions')
        subscriptions['secret-key-2'] = { ...entity(s, 'luminus', 'subscriptions', 'demo-subscription-key') }
        delete subscriptions['demo-subscription-key']
      }),
      'luminus.subscriptions: entry ',
    ],
    [
      'a subscription key of an unknown user',
      demoSnapshot((s) => {
        entity(s, 'luminus', 'subscriptions', 'demo-subscription-key').userId = 'e9999999'
      }),
      'luminus.subscriptions[entry ',
    ],
  ])('names the entry of %s by its position, never the key', async (_, snapshot, why) => {
    const { answer } = await importIntoSandbox(snapshot)
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
    expect(JSON.stringify(answer.body)).not.toMatch(/secret-token-1|secret-key-2|demo-subscription-key/)
  })
})
