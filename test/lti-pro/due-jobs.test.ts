/** @module processDueJobs: nothing read when nothing is due, each due job processed once in order, lists replaced by an import picked up. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { LtiProModel, processDueJobs } from '../../mock/services/lti-pro/model.js'
import type { BulkJob } from '../../mock/services/lti-pro/state.js'
import { control } from '../control/helpers.js'
import { createTestEmulator } from '../helpers.js'
import { DEMO_KEY, DOMAIN } from './signing.js'

const DELAY = 60_000

const accept = (emulator: Emulator, meetingId: string) =>
  new LtiProModel(emulator.worlds.defaultWorld, emulator.options).acceptBulk(DEMO_KEY, 'import', {
    items: [{ meetingId, contextId: 'demo-context-1', domain: DOMAIN }],
  })

/** The list, behind a proxy that counts how many of its jobs are read. */
function counted(jobs: BulkJob[]) {
  const reads = { count: 0 }
  const proxy = new Proxy(jobs, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads.count++
      return Reflect.get(target, property, receiver)
    },
  })
  return { proxy, reads }
}

describe('processing due bulk jobs', () => {
  test('reads no job while none is due, however many are pending', () => {
    const emulator = createTestEmulator({ ltiPro: { bulkDelayMs: DELAY } })
    const world = emulator.worlds.defaultWorld
    for (let i = 0; i < 200; i++) accept(emulator, '81000000007')
    const { proxy, reads } = counted(world.store.lti.bulkJobs)
    world.store.lti.bulkJobs = proxy
    processDueJobs(world)
    reads.count = 0
    for (let i = 0; i < 100; i++) processDueJobs(world)
    emulator.clock.advance(DELAY - 1)
    processDueJobs(world)
    expect(reads.count).toBe(0)
    expect(world.store.lti.bulkJobs.every((job) => job.status === 'pending')).toBe(true)
    emulator.clock.advance(1)
    processDueJobs(world)
    expect(world.store.lti.bulkJobs.every((job) => job.status === 'done')).toBe(true)
  })

  test('processes jobs due at different times each when its time comes, in the order accepted', () => {
    const emulator = createTestEmulator({ ltiPro: { bulkDelayMs: DELAY } })
    const world = emulator.worlds.defaultWorld
    const first = accept(emulator, '81000000007')
    emulator.clock.advance(DELAY / 2)
    const second = accept(emulator, '81000000007')
    emulator.clock.advance(DELAY / 2)
    processDueJobs(world)
    expect([first.status, second.status]).toEqual(['done', 'pending'])
    expect(first.items[0]?.outcome).toBe('associated')
    emulator.clock.advance(DELAY / 2)
    processDueJobs(world)
    expect(second).toMatchObject({ status: 'done', items: [{ outcome: 'unchanged' }] })
    expect(second.processedAt).toBe(emulator.clock.now())
  })

  test('picks up the jobs of a state import: pending ones already due are processed at the next read', async () => {
    const emulator = createTestEmulator({ ltiPro: { bulkDelayMs: DELAY } })
    accept(emulator, '81000000007')
    processDueJobs(emulator.worlds.defaultWorld)
    const { body } = await control(emulator, 'GET', '/state')
    const state = body as { lti: { bulkJobs: BulkJob[] } }
    const [job] = state.lti.bulkJobs
    if (!job) throw new Error('the exported state holds the accepted job')
    state.lti.bulkJobs = [{ ...job, id: 'bulk-9', dueAt: emulator.clock.now() }]
    expect((await control(emulator, 'PUT', '/state', { body: state })).status).toBe(204)
    const { body: after } = await control(emulator, 'GET', '/lti-pro/bulk-jobs')
    expect(after).toMatchObject({
      jobs: [{ id: 'bulk-9', status: 'done', items: [{ outcome: 'associated' }] }],
    })
  })
})
