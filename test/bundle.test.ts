/** @module The packed package's bin (scripts/bundle.mjs): one bundle that loads at start only what a plain start runs, and the rest on first use. */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Consumer, packedConsumer } from './packed.js'

/** Node's module hooks, appending every module URL Node loads to the file LOADED_MODULES_FILE names. */
const HOOKS = `import { appendFileSync } from 'node:fs'
let file
export function initialize(data) { file = data.file }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context) }`
const PROBE = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, { data: { file: process.env.LOADED_MODULES_FILE } })`,
)}`

/** What a plain start never runs: the TLS and proxy code, the ca command, the contracts' loader (with ajv) and YAML parsing. */
const LAZY_SOURCES = [
  'mock/tls/secure-serving.ts',
  'mock/tls/ca-command.ts',
  'mock/core/contracts/load.ts',
  'node_modules/js-yaml/dist/js-yaml.mjs',
]

/** The source modules bundled into these files: esbuild heads each one's code with a `// <path>` line. */
const sourcesIn = (files: string[]): string[] =>
  files.flatMap((file) =>
    [...readFileSync(new URL(file), 'utf8').matchAll(/^\/\/ (\S+\.[cm]?[jt]sx?)$/gm)].map((m) => m[1] ?? ''),
  )

let consumer: Consumer
let scratch: string
const children: ChildProcess[] = []

beforeAll(async () => {
  consumer = await packedConsumer()
  scratch = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-bundle-'))
}, 120_000)

afterAll(() => {
  for (const child of children) child.kill('SIGTERM')
  consumer?.remove()
  rmSync(scratch, { recursive: true, force: true })
})

/** Starts the installed bin (`npx zoom-lti-mock`) under the probe; answers its URL and what it has loaded so far. */
async function startBin(name: string, args: string[]): Promise<{ url: string; loaded: () => string[] }> {
  const file = join(scratch, `${name}.txt`)
  const bin = join(consumer.dir, 'node_modules', '.bin', 'zoom-lti-mock')
  const child = spawn(process.execPath, ['--import', PROBE, bin, '--port', '0', '--quiet', ...args], {
    cwd: consumer.dir,
    env: { ...process.env, LOADED_MODULES_FILE: file, NODE_DISABLE_COMPILE_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) {
        clearInterval(poll)
        resolve(match[1])
      }
    }, 20)
    child.once('exit', (code) => {
      clearInterval(poll)
      reject(new Error(`the bin exited with ${code}: ${output}`))
    })
  })
  const loaded = () =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('file:'))
  return { url, loaded }
}

describe('the packed bin', () => {
  test('is the bundle: a plain start answers /__emulator/health 200 having loaded a few files of the bundle, nothing from node_modules, and none of the TLS code, the ca command, the contracts loader or js-yaml', async () => {
    const { url, loaded } = await startBin('plain', [])
    expect((await fetch(`${url}/__emulator/health`)).status).toBe(200)
    const bundle = pathToFileURL(join(consumer.packageDir, 'dist', 'bin')).href
    const files = loaded()
    expect(files[0]).toBe(`${bundle}/zoom-lti-mock.js`)
    expect(files.filter((file) => !file.startsWith(`${bundle}/`))).toEqual([])
    expect(files.length).toBeLessThanOrEqual(6)
    const sources = sourcesIn(files)
    expect(sources).toContain('mock/cli.ts')
    expect(sources.filter((source) => LAZY_SOURCES.includes(source))).toEqual([])
  })

  test('loads on first use what a request needs: the contracts, ajv and js-yaml for a validated Zoom call and the API docs, the TLS code with --https', async () => {
    const caDir = join(scratch, 'ca')
    const { url, loaded } = await startBin('on-use', ['--https', '0', '--ca-dir', caDir])
    const atStart = sourcesIn(loaded())
    expect(atStart).toContain('mock/tls/secure-serving.ts')
    expect(atStart.filter((source) => /contracts\/load\.ts|js-yaml/.test(source))).toEqual([])
    const token = await fetch(`${url}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('demo-client-id:demo-client-secret')}` },
    }).then((response) => response.json() as Promise<{ access_token: string }>)
    const refused = await fetch(`${url}/v2/users/me/meetings?page_size=0`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ code: 300 })
    const docs = await fetch(`${url}/__emulator/docs`)
    expect(docs.status).toBe(200)
    expect(await docs.text()).toContain('(zoom.yaml)')
    const used = loaded()
    expect(sourcesIn(used)).toEqual(
      expect.arrayContaining(['mock/core/contracts/load.ts', 'node_modules/js-yaml/dist/js-yaml.mjs']),
    )
    expect(used.some((file) => file.includes('/node_modules/ajv/'))).toBe(true)
  })
})
