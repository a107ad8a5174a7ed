/** @module Control API: the state snapshot — export, import, round trip, refusal of malformed input, reset. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
import { control } from './helpers.js'

describe('the state snapshot', () => {
  test('is versioned JSON of the clock and every slice, each Map as an object keyed by id', async () => {
    const { status, body } = await control(createTestEmulator(), 'GET', '/state')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      version: 1,
      clock: { now: new Date(T0).toISOString() },
      zoom: { users: { 'demo-host': { email: 'host@example.edu' } } },
      lti: { credentials: { 'demo-lti-key': { secret: 'demo-lti-secret' } }, bulkJobs: [] },
      luminus: { meetings: { '00000000-0000-4000-8000-000000000001': { meetingID: '81000000001' } } },
    })
  })

  test('round-trips: export, change, reset, import gives the same state as exported', async () => {
    const emulator = createTestEmulator()
    emulator.worlds.defaultWorld.store.zoom.meetings.delete('81000000001')
    emulator.setClock({ advanceMs: 90_000 })
    const exported = await control(emulator, 'GET', '/state')
    await control(emulator, 'POST', '/reset')
    expect((await control(emulator, 'GET', '/state')).body).not.toEqual(exported.body)
    expect((await control(emulator, 'PUT', '/state', { body: exported.body })).status).toBe(204)
    expect((await control(emulator, 'GET', '/state')).body).toEqual(exported.body)
    expect(emulator.worlds.defaultWorld.store.zoom.meetings.has('81000000001')).toBe(false)
    expect(emulator.clock.now()).toBe(T0 + 90_000)
  })

  test('a slice or field left out of an import is empty', () => {
    const emulator = createTestEmulator()
    emulator.importState({ version: 1, zoom: { users: {} } })
    expect(emulator.worlds.defaultWorld.store.zoom.meetings.size).toBe(0)
    expect(emulator.worlds.defaultWorld.store.luminus.meetings.size).toBe(0)
    expect(emulator.clock.now()).toBe(T0)
  })

  test.each<[string, unknown, string]>([
    ['not an object', [1], 'must be an object'],
    ['no version', { zoom: {} }, 'version must be 1'],
    ['another version', { version: 2 }, 'version must be 1'],
    ['an unknown slice', { version: 1, teams: {} }, 'unknown field "teams"'],
    ['an unknown field', { version: 1, zoom: { notATable: {} } }, 'zoom: unknown field "notATable"'],
    ['an array for a Map', { version: 1, zoom: { users: [] } }, '/zoom/users: must be object'],
    ['an object for a list', { version: 1, lti: { bulkJobs: {} } }, '/lti/bulkJobs: must be array'],
    ['a clock without an instant', { version: 1, clock: { now: 'soon' } }, '/clock/now: must match'],
    [
      "another world's credentials",
      {
        version: 1,
        zoom: { accounts: { a: { id: 'a', clientId: 'c', clientSecret: 's', jwtKey: 'j', jwtSecret: 's' } } },
        lti: { credentials: { 'demo-lti-key': { key: 'demo-lti-key', secret: 's', accountId: 'a' } } },
      },
      'LTI Pro key demo-lti-key already belongs to world "default"',
    ],
  ])('refuses a snapshot with %s: 400, and nothing changes', async (_, snapshot, why) => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const before = sandbox.exportState()
    const answer = await control(emulator, 'PUT', '/state', { body: snapshot, sandbox: sandbox.id })
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining(why) } })
    expect(sandbox.exportState()).toEqual(before)
  })

  test('as the `state` option, it is where the default world starts and what reset returns to', () => {
    const source = createTestEmulator()
    source.worlds.defaultWorld.store.zoom.users.delete('demo-admin')
    const snapshot = source.exportState()
    const emulator = createTestEmulator({ state: snapshot })
    expect(emulator.worlds.defaultWorld.store.zoom.users.has('demo-admin')).toBe(false)
    emulator.worlds.defaultWorld.store.zoom.users.clear()
    emulator.reset()
    expect(emulator.exportState()).toEqual(snapshot)
  })

  test('POST reset answers 204 and puts back the seed, the clock, the journal and the fault rules', async () => {
    const emulator = createTestEmulator()
    const fresh = emulator.exportState()
    emulator.worlds.defaultWorld.store.zoom.users.clear()
    emulator.setClock({ advanceMs: 5000 })
    emulator.faults.add({ match: {}, drop: true })
    await emulator.request('/v2/users').catch(() => undefined)
    expect((await control(emulator, 'POST', '/reset')).status).toBe(204)
    expect(emulator.exportState()).toEqual(fresh)
    expect(emulator.requests().count).toBe(0)
    expect(emulator.faults.list()).toEqual([])
  })
})
