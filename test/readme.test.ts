/** @module README.md is tested: its TypeScript blocks type-check and run against the packed package, its shell blocks run against the built server. */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { load as parseYaml } from 'js-yaml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type Consumer,
  envWithoutVitest,
  packedConsumer,
  ROOT,
  runAsync,
  TSC,
  writeTsconfig,
} from './packed.js'
import {
  type CodeBlock,
  codeBlocks,
  type SourceFile,
  shellCommands,
  typeScriptFiles,
} from './readme-blocks.js'

const blocks = codeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'))
const checked = (...languages: string[]) =>
  blocks.filter((block) => !block.notRun && languages.includes(block.language))
const typeScript = checked('ts', 'typescript')
const shell = checked('sh', 'bash', 'shell')
const parsed: Record<string, (code: string) => unknown> = {
  yaml: parseYaml,
  yml: parseYaml,
  json: JSON.parse,
}
const SHELL_BLOCK_TIMEOUT_MS = 20_000
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')

let consumer: Consumer
let server: ChildProcess
let port: number
let httpsPort: number
const files: SourceFile[] = []

/** The README's examples talk to `npm start`'s default origin (and HTTPS on 4443); the test's server listens on free ports. */
const onTestPort = (text: string) =>
  text.replace(/\b(localhost|127\.0\.0\.1):4010\b/g, `$1:${port}`).replace(/:4443\b/g, `:${httpsPort}`)

/** The package's own command, as `npx zoom-lti-mock` (and `npm start`, after its build) runs it. */
async function startPackedServer(): Promise<void> {
  const bin = join(consumer.dir, 'node_modules', '.bin', 'zoom-lti-mock')
  server = spawn(process.execPath, [bin, '--port', '0', '--proxy', '--https', '0'], {
    cwd: consumer.dir,
    env: { ...process.env, ZOOM_LTI_MOCK_CA_DIR: caDir() },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  let stdout = ''
  ;[port, httpsPort] = await new Promise<[number, number]>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const http = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)
      const https = /HTTPS on https:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)
      if (http && https) resolve([Number(http[1]), Number(https[1])])
    })
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)))
  })
}

/** The CA the server and the shell blocks share (`zoom-lti-mock ca` finds it through ZOOM_LTI_MOCK_CA_DIR). */
const caDir = () => join(consumer.dir, 'ca')

/** Every check starts from the demo world, whatever the block before it did. */
const resetWorld = async () => {
  const response = await fetch(`http://127.0.0.1:${port}/__emulator/reset`, { method: 'POST' })
  expect(response.status).toBe(204)
}

const isTestFile = (file: SourceFile) => file.name.endsWith('.test.ts')
const isScript = (file: SourceFile) => file.name.startsWith('readme-')
const blockOf = (file: SourceFile) => `README.md:${file.readmeLines[0]} (${file.name})`

beforeAll(async () => {
  consumer = await packedConsumer()
  await startPackedServer()
  for (const file of typeScriptFiles(typeScript)) {
    files.push(file)
    writeFileSync(join(consumer.dir, file.name), onTestPort(file.text))
  }
  writeTsconfig(
    consumer.dir,
    files.map((file) => file.name),
    { skipLibCheck: true },
  )
}, 90_000)

afterAll(() => {
  server?.kill()
  consumer?.remove()
})

describe('README.md', () => {
  test('has a TypeScript and a shell block to check, found by parsing its Markdown', () => {
    expect(typeScript.length).toBeGreaterThan(0)
    expect(shell.length).toBeGreaterThan(0)
  })

  test('has only blocks the test checks, parses (YAML, JSON) or says why it does not run them', () => {
    const failures: string[] = []
    for (const block of blocks) {
      if (block.notRun || typeScript.includes(block) || shell.includes(block)) continue
      const parse = parsed[block.language]
      if (!parse)
        failures.push(
          `README.md:${block.line}: a \`\`\`${block.language} block: use ts or sh, or put <!-- readme-test: not run: <why> --> above it`,
        )
      else
        try {
          parse(block.code)
        } catch (error) {
          failures.push(`README.md:${block.line}: the ${block.language} does not parse: ${String(error)}`)
        }
    }
    expect(failures).toEqual([])
  })

  test('every TypeScript block type-checks under strict against the packed package', async () => {
    const output = await runAsync(process.execPath, [TSC, '-p', '.', '--pretty', 'false'], consumer.dir).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    )
    const errors = output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const at = /^([\w./-]+\.ts)\((\d+),(\d+)\): (.*)$/.exec(line)
        const file = files.find((candidate) => candidate.name === at?.[1])
        return file && at ? `README.md:${file.readmeLines[Number(at[2]) - 1]}:${at[3]}: ${at[4]}` : line
      })
    expect(errors).toEqual([])
  }, 60_000)

  test('every TypeScript script block (one naming no file) runs with node against the server', async () => {
    const failures: string[] = []
    for (const file of files.filter(isScript)) {
      await resetWorld()
      const compiled = join('out', file.name.replace(/\.ts$/, '.js'))
      await runAsync(process.execPath, [compiled], consumer.dir).catch((error: { stderr?: string }) =>
        failures.push(`${blockOf(file)} fails: ${error.stderr ?? String(error)}`),
      )
    }
    expect(failures).toEqual([])
  }, 60_000)

  test('every TypeScript test file block (`// <name>.test.ts`) passes under vitest in the consumer project', async () => {
    const tests = files.filter(isTestFile)
    expect(tests.length).toBeGreaterThan(0)
    const failure = await runAsync(
      process.execPath,
      [VITEST, 'run', ...tests.map((file) => file.name)],
      consumer.dir,
      envWithoutVitest(),
    ).then(
      () => undefined,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    )
    expect(
      failure && `vitest failed on ${tests.map(blockOf).join(', ')}:\n${failure.slice(-4000)}`,
    ).toBeUndefined()
  }, 60_000)

  test('every shell block runs against the server, in order: each command exits 0, and output that looks like JSON is JSON', async () => {
    const failures: string[] = []
    for (const block of shell) {
      await resetWorld()
      failures.push(...(await runShellBlock(block)))
    }
    expect(failures).toEqual([])
  }, 60_000)
})

/**
 * Runs the block's commands in one bash, one after another, each one's output kept apart; stops at
 * the first that fails. curl fails on an HTTP error status (`--fail-with-body`), pipes on any failure.
 */
async function runShellBlock(block: CodeBlock): Promise<string[]> {
  const commands = shellCommands(block)
  const outputs = join(consumer.dir, 'shell', String(block.line))
  mkdirSync(outputs, { recursive: true })
  const script = [
    'set -o pipefail',
    "trap 'kill $(jobs -p) 2>/dev/null' EXIT",
    'curl() { command curl --fail-with-body "$@"; }',
    ...commands.map(
      (command, index) =>
        `{ ${onTestPort(command.text)}\n} >"${outputs}/${index}.out" 2>"${outputs}/${index}.err"\n` +
        `code=$?; echo $code >"${outputs}/${index}.code"; [ $code = 0 ] || exit 0`,
    ),
  ].join('\n')
  const env = {
    ...envWithoutVitest(),
    ZOOM_LTI_MOCK_CA_DIR: caDir(),
    PATH: `${join(consumer.dir, 'node_modules', '.bin')}:${process.env.PATH}`,
    npm_config_offline: 'true',
  }
  const stopped = await runAsync('bash', ['-c', script], consumer.dir, env, SHELL_BLOCK_TIMEOUT_MS).then(
    () => false,
    (error: { killed?: boolean }) => error.killed === true,
  )
  const failures: string[] = []
  for (const [index, command] of commands.entries()) {
    const read = (extension: string) => {
      try {
        return readFileSync(join(outputs, `${index}.${extension}`), 'utf8')
      } catch {
        return undefined
      }
    }
    const code = read('code')?.trim()
    const stdout = read('out') ?? ''
    const at = `README.md:${command.line}: ${command.text.split('\n')[0]}`
    if (code === undefined) {
      const why = stopped
        ? `the block was stopped after ${SHELL_BLOCK_TIMEOUT_MS} ms`
        : 'bash stopped before it'
      failures.push(`${at} did not finish: ${why} ${read('err') ?? ''}`.trim())
      break
    }
    if (code !== '0') {
      failures.push(`${at} exits ${code}: ${read('err')}${stdout}`.trim())
      break
    }
    if (/^\s*[[{]/.test(stdout))
      try {
        JSON.parse(stdout)
      } catch {
        failures.push(`${at} prints JSON that does not parse: ${stdout.slice(0, 300)}`)
      }
  }
  return failures
}
