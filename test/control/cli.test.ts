/** @module The command line: options become server options; one readable line per request, never a secret. */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import { createEmulator } from '../../mock/emulator.js'
import { readStateFile } from '../../mock/persistence.js'
import { type ServerOptions, startServer } from '../../mock/server.js'
import { T0 } from '../helpers.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FILES = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-cli-'))
const file = (name: string, text: string) => {
  writeFileSync(join(FILES, name), text)
  return join(FILES, name)
}
const NOT_JSON = file('not-json.json', '{"version":1,')
const NOT_A_SNAPSHOT = file('not-a-snapshot.json', '{"version":2}')
afterAll(() => rmSync(FILES, { recursive: true, force: true }))

/** Every refusal of a command line the options can provoke: arguments, environment, what the message says. */
const BAD_COMMAND_LINES: [string[], NodeJS.ProcessEnv, string | RegExp][] = [
  [['--port', '70000'], {}, '--port must be a whole number from 0 to 65535, not "70000"'],
  [['--port', '-1'], {}, '--port must be a whole number from 0 to 65535, not "-1"'],
  [['--port='], {}, '--port must be a whole number from 0 to 65535, not ""'],
  [['--port'], {}, '--port needs a value'],
  [['--port', '--quiet'], {}, '--port needs a value'],
  [[], { PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, not "abc"'],
  [[], { PORT: '-1' }, 'PORT must be a whole number'],
  [['--host', 'not-an-ip'], {}, '--host "not-an-ip" is not an IP address: bind one, such as 127.0.0.1'],
  [[], { HOST: 'example.test' }, 'HOST "example.test" is not an IP address'],
  [['--latency', 'slow'], {}, '--latency must be a whole number from 0 to 300000, not "slow"'],
  [['--journal-size', '0'], {}, '--journal-size must be a whole number from 1 to 1000000, not "0"'],
  [['--journal-bytes', '1e3x'], {}, '--journal-bytes must be a whole number from 1 to 4294967296'],
  [['--fault-seed', '-3'], {}, '--fault-seed must be a whole number'],
  [['--max-bulk-jobs', '0'], {}, '--max-bulk-jobs must be a whole number from 1 to 1000000, not "0"'],
  [['--now', 'noon'], {}, '--now must be an ISO instant, not "noon"'],
  [
    ['--zoom-plan', 'enterprise'],
    {},
    '--zoom-plan must be one of pro, business, education, basic, not "enterprise"',
  ],
  [
    ['--zoom-recording-delay', '-1'],
    {},
    '--zoom-recording-delay must be a whole number from 0 to 10080, not "-1"',
  ],
  [
    ['--seed', '/nonexistent/state.json'],
    {},
    '--seed /nonexistent/state.json: does not exist; pass a file saved from GET /__emulator/state',
  ],
  [
    ['--seed', NOT_JSON],
    {},
    new RegExp(`^--seed ${NOT_JSON}: is not JSON \\(.+\\); fix it or pass another file$`),
  ],
  [
    ['--seed', NOT_A_SNAPSHOT],
    {},
    `--seed ${NOT_A_SNAPSHOT}: is not a state snapshot (state.version must be 1, not 2); fix it or pass another file`,
  ],
  [['--seed', FILES], {}, `--seed ${FILES}: cannot be read (EISDIR`],
  [['--contracts', '/nonexistent'], {}, '--contracts /nonexistent: no such folder'],
  [['--colour'], {}, '--colour is not an option'],
  [['--quiet=yes'], {}, '--quiet takes no value'],
  [['4010'], {}, "Unexpected argument '4010': options start with --"],
]

/** Two punctuation marks in a row, as when a message ending in "." is wrapped in another; an ellipsis is one mark. */
const DOUBLED_PUNCTUATION = /[.,;:!?]['")]?[.,;:!?]/
const hasDoubledPunctuation = (message: string) => DOUBLED_PUNCTUATION.test(message.replaceAll('...', '…'))

describe('the command line', () => {
  test('turns every option into a server option', () => {
    const options = serverOptions(
      [
        '--port',
        '0',
        '--host',
        '::1',
        '--journal-size',
        '5',
        '--journal-bytes',
        '65536',
        '--latency',
        '20',
        '--rate-limits',
        '--zoom-plan',
        'education',
        '--zoom-recording-delay',
        '30',
        '--fault-seed',
        '9',
        '--contracts',
        'contracts',
      ],
      {},
    )
    expect(options).toMatchObject({
      port: 0,
      host: '::1',
      journalSize: 5,
      journalBytes: 65_536,
      latencyMs: 20,
      faultSeed: 9,
      zoom: { rateLimits: true, plan: 'education', recordingDelayMinutes: 30 },
      contractsDir: 'contracts',
    })
  })

  test('takes the port, host and admin token from the environment too', () => {
    const env = { PORT: '4999', HOST: 'localhost', ZOOM_LTI_MOCK_ADMIN_TOKEN: 't' }
    expect(serverOptions([], env)).toMatchObject({ port: 4999, host: 'localhost', adminToken: 't' })
  })

  test.each(BAD_COMMAND_LINES)(
    'refuses %j with a message naming the option or variable at fault',
    (args, env, message) => {
      expect(() => serverOptions(args, env)).toThrow(message)
    },
  )

  test('--seed loads a state snapshot that the emulator starts from', () => {
    const source = createEmulator({ now: T0 })
    source.worlds.defaultWorld.store.zoom.meetings.clear()
    const dir = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-'))
    const file = join(dir, 'state.json')
    writeFileSync(file, JSON.stringify(source.exportState()))
    const { state } = serverOptions(['--seed', file], {})
    rmSync(dir, { recursive: true })
    expect(createEmulator({ now: T0, ...(state ? { state } : {}) }).exportState()).toEqual(
      source.exportState(),
    )
  })

  test('logs one line per request with method, path, status, time, service and auth, without secrets', async () => {
    const lines: string[] = []
    const { onRequest } = serverOptions([], {}, (line) => lines.push(line))
    const emulator = createEmulator({ ...(onRequest ? { onRequest } : {}) })
    await emulator.request('/zoom/Meeting/x/Sync?subscription-key=azure-secret', {
      headers: { 'Ocp-Apim-Subscription-Key': 'azure-secret' },
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^GET \/zoom\/Meeting\/x\/Sync 401 [\d.]+ms luminus default auth denied: subscription key not found$/,
    )
  })

  test("leaves the dashboard's own traffic out of the log: its page, panels, event stream, assets, docs and contracts", async () => {
    const lines: string[] = []
    const { onRequest } = serverOptions([], {}, (line) => lines.push(line))
    const emulator = createEmulator({ ...(onRequest ? { onRequest } : {}) })
    for (const path of [
      '/',
      '/__emulator/dashboard/world',
      '/__emulator/dashboard/events',
      '/__emulator/assets/dashboard.js',
      '/__emulator/docs',
      '/__emulator/contracts/zoom.yaml',
    ])
      await emulator.request(path)
    expect(lines).toEqual([])
    await emulator.request('/__emulator/requests')
    await emulator.request('/__emulator/reset', { method: 'POST' })
    await emulator.request('/v2/users')
    expect(lines.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'GET /__emulator/requests 200',
      'POST /__emulator/reset 204',
      'GET /v2/users 401',
    ])
  })

  test('--quiet logs nothing', () => {
    expect(serverOptions(['--quiet'], {}).onRequest).toBeUndefined()
  })
})

describe('a log line', () => {
  test('names a denied verdict with its reason, and a dropped connection with its fault', async () => {
    const { formatRequestLog } = await import('../../mock/log.js')
    const base = { time: '', sandbox: 'sandbox-1', query: {}, durationMs: 12.4, journaled: true } as const
    expect(
      formatRequestLog({
        ...base,
        service: 'lti-pro',
        method: 'GET',
        path: '/p',
        status: 401,
        auth: { ok: false, reason: 'expired' },
      }),
    ).toBe('GET /p 401 12ms lti-pro sandbox-1 auth denied: expired')
    expect(
      formatRequestLog({
        ...base,
        service: 'zoom',
        method: 'POST',
        path: '/p',
        status: 0,
        auth: null,
        fault: 'fault-2',
      }),
    ).toBe('POST /p dropped 12ms zoom sandbox-1 auth — fault fault-2')
  })
})

/** The message `startServer` rejects with, for options the command line cannot catch before listening. */
const startRefusal = (options: ServerOptions) =>
  startServer(options).then(
    async (server) => {
      await server.close()
      throw new Error(`started with ${JSON.stringify(options)}`)
    },
    (error: Error) => error.message,
  )

describe('a refusal to start', () => {
  test('on a port in use names the port and suggests --port 0', async () => {
    const taken = await startServer({ port: 0 })
    const message = await startRefusal({ port: taken.port })
    await taken.close()
    expect(message).toBe(
      `Port ${taken.port} is already in use on 127.0.0.1: stop what listens there, or pass --port 0 (startServer({ port: 0 })) to pick a free port`,
    )
  })

  test('on an address this machine does not have says so', async () => {
    // 192.0.2.0/24 is reserved for documentation: never an address of this machine, and binding sends nothing.
    expect(await startRefusal({ host: '192.0.2.1', port: 0, adminToken: 't' })).toBe(
      '192.0.2.1 is not an address of this machine: bind one it has, such as 127.0.0.1',
    )
  })

  test('on a host that is not an IP address says so, whatever the admin token', async () => {
    expect(await startRefusal({ host: 'not-an-ip', port: 0, adminToken: 't' })).toMatch(
      /^"not-an-ip" is not an IP address: bind one/,
    )
  })

  test('words every message it can give without doubled punctuation', async () => {
    const messages: string[] = []
    for (const [args, env] of BAD_COMMAND_LINES)
      try {
        serverOptions(args, env)
      } catch (error) {
        messages.push((error as Error).message)
      }
    expect(messages).toHaveLength(BAD_COMMAND_LINES.length)
    const taken = await startServer({ port: 0 })
    messages.push(
      await startRefusal({ port: taken.port }),
      await startRefusal({ host: '0.0.0.0', port: 0 }),
      await startRefusal({ host: '192.0.2.1', port: 0, adminToken: 't' }),
      await startRefusal({ host: 'not-an-ip', port: 0 }),
      await startRefusal({ emulator: taken.emulator, stateFile: NOT_JSON, port: 0 }),
      ...[NOT_JSON, NOT_A_SNAPSHOT, FILES, '/nonexistent/state.json'].map(stateFileRefusal),
    )
    await taken.close()
    expect(messages.filter(hasDoubledPunctuation)).toEqual([])
    expect(hasDoubledPunctuation('is not a state snapshot (state.version must be 1.); fix it')).toBe(true)
  })
})

function stateFileRefusal(path: string): string {
  try {
    readStateFile(path)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${path} was accepted as a state file`)
}

describe('the zoom-lti-mock command, refusing to start', () => {
  const command = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'mock/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 15_000,
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )

  test('exits 1 with the message on stderr, a hint to --help for a bad command line, and no stack trace', async () => {
    const taken = await startServer({ port: 0 })
    const [badPort, badEnv, missingSeed, inUse] = await Promise.all([
      command(['--port', '-1']),
      command([], { PORT: 'abc' }),
      command(['--seed', '/nonexistent/state.json']),
      command(['--port', String(taken.port)]),
    ])
    await taken.close()
    const lines = (run: { stderr: string }) => run.stderr.trimEnd().split('\n')
    expect(lines(badPort)).toEqual([
      'zoom-lti-mock: --port must be a whole number from 0 to 65535, not "-1"',
      'Try zoom-lti-mock --help.',
    ])
    expect(lines(badEnv)[0]).toBe('zoom-lti-mock: PORT must be a whole number from 0 to 65535, not "abc"')
    expect(lines(missingSeed)).toEqual([
      'zoom-lti-mock: --seed /nonexistent/state.json: does not exist; pass a file saved from GET /__emulator/state',
    ])
    expect(lines(inUse)).toEqual([
      expect.stringMatching(`^zoom-lti-mock: Port ${taken.port} is already in use`),
    ])
    for (const run of [badPort, badEnv, missingSeed, inUse]) {
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).not.toMatch(/^\s+at /m)
    }
  })
})
