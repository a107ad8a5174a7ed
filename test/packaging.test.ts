/** @module The published package: `npm pack`, install into a consumer project, type-check and run every export. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { type Consumer, packedConsumer, run, TSC, writeTsconfig } from './packed.js'

const CONSUMER_SOURCE = `
import * as client from 'zoom-lti-mock'
import { createEmulator, DEMO_CREDENTIALS, isConnectionDropped, type Emulator, type JournalEntry, type StateSnapshot } from 'zoom-lti-mock/mock'
import { createHandlers, REAL_ORIGINS } from 'zoom-lti-mock/msw'
import { startServer, type RunningServer } from 'zoom-lti-mock/server'
import { useEmulator, type EmulatorInTests } from 'zoom-lti-mock/vitest'

const emulator: Emulator = createEmulator({ now: '2026-11-22T12:00:00Z', journalSize: 10 })
const health = await (await emulator.request('/__emulator/health')).json()
emulator.faults.add({ match: { service: 'zoom' }, drop: true })
const dropped = await emulator.request('/v2/users').catch(isConnectionDropped)
const entries: JournalEntry[] = emulator.requests({ service: 'zoom' }).requests
const state: StateSnapshot = emulator.exportState()
const server: RunningServer = await startServer({ port: 0 })
const served = (await fetch(server.url + '/__emulator/health')).status
await server.close()
const vitestHelper: (typeof useEmulator) | EmulatorInTests = useEmulator
console.log(JSON.stringify({
  client: typeof client,
  health,
  dropped,
  journaled: entries.length,
  version: state.version,
  key: DEMO_CREDENTIALS.lti.key,
  handlers: createHandlers(emulator).length,
  origins: Object.keys(REAL_ORIGINS).length,
  served,
  vitest: typeof vitestHelper,
}))
`

describe('the packed package', () => {
  let consumer: Consumer | undefined
  afterAll(() => consumer?.remove())

  test('installs, with its MIT license, into a consumer project whose code type-checks and runs against every export', async () => {
    consumer = await packedConsumer()
    const installed = join(consumer.dir, 'node_modules', 'zoom-lti-mock')
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT')
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
    writeFileSync(join(consumer.dir, 'index.ts'), CONSUMER_SOURCE)
    writeTsconfig(consumer.dir, ['index.ts'])
    run(process.execPath, [TSC, '-p', consumer.dir], consumer.dir)
    const output = run(process.execPath, [join(consumer.dir, 'out', 'index.js')], consumer.dir)
    expect(JSON.parse(output)).toEqual({
      client: 'object',
      health: { status: 'ok' },
      dropped: true,
      journaled: 1,
      version: 1,
      key: 'demo-lti-key',
      handlers: 1,
      origins: 5,
      served: 200,
      vitest: 'function',
    })
  }, 90_000)
})
