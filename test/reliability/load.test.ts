/** @module A 3-second run of the load script: zero unexpected errors, every count equal to what was acknowledged, nothing across sandboxes. */
import { expect, test } from 'vitest'
import { runLoad } from '../../bench/load.js'

test('a short load run across sandboxes ends with exact counts and no unexpected error', async () => {
  const report = await runLoad({
    seconds: 3,
    clients: 16,
    command: [process.execPath, '--import', 'tsx', 'mock/cli.ts'],
  })
  expect(report.errors).toEqual([])
  for (const kind of ['create', 'user', 'import', 'list', 'sync'])
    expect(report.operations[kind]).toBeGreaterThan(0)
}, 60_000)
