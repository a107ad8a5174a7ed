/** @module The package's bin (mock/bin.ts): the command behind Node's compile cache, answering as the command does. */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'mock/bin.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 30_000,
  })

test('the bin runs the command: --help prints its usage and exits 0', async () => {
  const { stdout } = await run(['--help'])
  expect(stdout).toContain('--port')
})

test('the bin turns on the compile cache where Node has one (compiled code in <tmpdir>/node-compile-cache), and nothing breaks where it has none', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-bin-'))
  const { stdout } = await run(['--help'], { TMPDIR: tmp, NODE_COMPILE_CACHE: '' })
  expect(stdout).toContain('--port')
  const hasCompileCache = 'enableCompileCache' in module
  expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(hasCompileCache)
})
