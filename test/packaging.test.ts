/** @module The published package: `npm pack`, install into a consumer project, type-check and run every export. */
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const consumer = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-consumer-'))
const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/**
 * Installs the tarball as npm would, without the network: unpacked into node_modules, with only its
 * declared dependencies and peer dependencies (and @types/node for the consumer) linked from this
 * repository's node_modules. A dev-only import in dist/ therefore fails to resolve.
 */
function install(tarball: string): void {
  const target = join(consumer, 'node_modules', 'zoom-lti-mock')
  mkdirSync(target, { recursive: true })
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], consumer)
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
    peerDependencies?: Record<string, string>
  }
  const linked = [...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }), '@types/node']
  for (const name of linked) {
    const link = join(consumer, 'node_modules', name)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), link, 'dir')
  }
}

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
  afterAll(() => rmSync(consumer, { recursive: true, force: true }))

  test('installs, with its MIT license, into a consumer project whose code type-checks and runs against every export', () => {
    run('npm', ['pack', '--pack-destination', consumer, '--silent'], ROOT)
    const tarball = readdirSync(consumer).find((file) => file.endsWith('.tgz'))
    expect(tarball).toBeDefined()
    install(join(consumer, tarball as string))
    const installed = join(consumer, 'node_modules', 'zoom-lti-mock')
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT')
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', type: 'module', private: true }),
    )
    writeFileSync(join(consumer, 'index.ts'), CONSUMER_SOURCE)
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          types: ['node'],
          lib: ['ES2023', 'DOM'],
          outDir: 'out',
        },
        files: ['index.ts'],
      }),
    )
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], consumer)
    const output = run(process.execPath, [join(consumer, 'out', 'index.js')], consumer)
    expect(JSON.parse(output)).toEqual({
      client: 'object',
      health: { status: 'ok' },
      dropped: true,
      journaled: 1,
      version: 1,
      key: 'demo-lti-key',
      handlers: 5,
      origins: 4,
      served: 200,
      vitest: 'function',
    })
  }, 90_000)
})
