/** @module Each world keeps at most `ltiPro.maxBulkJobs` bulk jobs: the oldest finished ones are forgotten, pending ones never. */
import { describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import type { Emulator } from '../../mock/core/emulator.js'
import { createEmulator } from '../../mock/emulator.js'
import { createTestEmulator } from '../helpers.js'
import { DOMAIN, signedRequest } from './signing.js'

const bulkImport = (emulator: Emulator) =>
  signedRequest(emulator, {
    method: 'POST',
    path: '/meeting/bulkImport',
    body: [{ meetingId: '81000000007', contextId: 'demo-context-1', domain: DOMAIN }],
    signBodyUserId: true,
  })

async function jobs(emulator: Emulator): Promise<{ id: string; status: string }[]> {
  const response = await emulator.request('/__emulator/lti-pro/bulk-jobs')
  return ((await response.json()) as { jobs: { id: string; status: string }[] }).jobs
}

const ids = async (emulator: Emulator) => (await jobs(emulator)).map((job) => job.id)

describe('bulk job pruning', () => {
  test('keeps 1000 jobs per world by default', () => {
    expect(createEmulator().options.ltiPro.maxBulkJobs).toBe(1000)
  })

  test('keeps the last N jobs, forgetting the oldest finished ones first, with ids never reused', async () => {
    const emulator = createTestEmulator({ ltiPro: { maxBulkJobs: 3 } })
    for (let i = 0; i < 6; i++) expect((await bulkImport(emulator)).status).toBe(200)
    expect(await ids(emulator)).toEqual(['bulk-4', 'bulk-5', 'bulk-6'])
    expect(emulator.worlds.defaultWorld.store.lti.bulkJobs).toHaveLength(3)
  })

  test('never forgets a pending job, and prunes once the jobs have finished', async () => {
    const emulator = createTestEmulator({ ltiPro: { maxBulkJobs: 2, bulkDelayMs: 60_000 } })
    for (let i = 0; i < 4; i++) await bulkImport(emulator)
    expect((await jobs(emulator)).map((job) => job.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ])
    emulator.clock.advance(60_000)
    await bulkImport(emulator)
    expect(await jobs(emulator)).toEqual([
      expect.objectContaining({ id: 'bulk-4', status: 'done' }),
      expect.objectContaining({ id: 'bulk-5', status: 'pending' }),
    ])
  })

  test('prunes each world on its own', async () => {
    const emulator = createTestEmulator({ ltiPro: { maxBulkJobs: 2 } })
    const sandbox = emulator.createSandbox()
    for (let i = 0; i < 3; i++) await bulkImport(emulator)
    expect(await ids(emulator)).toEqual(['bulk-2', 'bulk-3'])
    expect(emulator.worlds.get(sandbox.id)?.store.lti.bulkJobs).toEqual([])
  })

  test('refuses a bound that is not a whole number of at least 1', () => {
    expect(() => createEmulator({ ltiPro: { maxBulkJobs: 0 } })).toThrow('maxBulkJobs must be a whole number')
    expect(() => createEmulator({ ltiPro: { maxBulkJobs: 2.5 } })).toThrow(RangeError)
  })

  test('is set from the command line with --max-bulk-jobs', () => {
    expect(serverOptions(['--max-bulk-jobs', '25'], {}).ltiPro).toEqual({ maxBulkJobs: 25 })
    expect(() => serverOptions(['--max-bulk-jobs', '0'], {})).toThrow('--max-bulk-jobs must be')
  })
})
