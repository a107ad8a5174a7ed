/** @module The command line's webhooks: --webhook subscribes every world from the start (reset keeps it), --webhook-secret signs, --webhook-allow-host widens the hosts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { serverOptions, UsageError } from '../../mock/cli-options.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { basic, DEMO_S2S } from './support.js'
import { httpReceiver } from './webhook-receiver.js'

const running: (RunningServer | { close(): Promise<void> })[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

const options = (args: string[]) =>
  serverOptions(['--port', '0', '--quiet', '--now', new Date(T0).toISOString(), ...args], {})

async function createUser(server: RunningServer, email: string) {
  const tokenAnswer = await fetch(
    `${server.url}/oauth/token?grant_type=account_credentials&account_id=${DEMO_S2S.accountId}`,
    {
      method: 'POST',
      headers: { authorization: basic(DEMO_S2S.clientId, DEMO_S2S.clientSecret) },
    },
  )
  const { access_token } = (await tokenAnswer.json()) as { access_token: string }
  const answer = await fetch(`${server.url}/v2/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'custCreate', user_info: { email, type: 1 } }),
  })
  expect(answer.status).toBe(201)
}

describe('zoom-lti-mock --webhook', () => {
  test('subscribes the default world to every event, signed with --webhook-secret, and a reset keeps the subscription', async () => {
    const receiver = await httpReceiver('cli-secret')
    running.push(receiver)
    const { webhooks, ...given } = options(['--webhook', receiver.url, '--webhook-secret', 'cli-secret'])
    expect(webhooks).toEqual({ urls: [receiver.url], secretToken: 'cli-secret', generated: false })
    const server = await startServer(given)
    running.push(server)
    await createUser(server, 'cli1@example.edu')
    await server.emulator.webhooks.idle()
    expect(server.emulator.webhooks.list()).toEqual([
      expect.objectContaining({
        id: 'wh_cli_1',
        url: receiver.url,
        status: 'validated',
        events: expect.arrayContaining(['user.created', 'meeting.started']),
      }),
    ])
    expect((await fetch(`${server.url}/__emulator/reset`, { method: 'POST' })).status).toBe(204)
    await createUser(server, 'cli2@example.edu')
    await server.emulator.webhooks.idle()
    expect(receiver.received.map((r) => [r.event, r.verified])).toEqual([
      ['endpoint.url_validation', true],
      ['user.created', true],
      ['endpoint.url_validation', true],
      ['user.created', true],
    ])
  })

  test('without --webhook-secret a random secret token is made, to be printed once', () => {
    const { webhooks } = options(['--webhook', 'http://127.0.0.1:9/a', '--webhook', 'http://localhost:9/b'])
    expect(webhooks).toMatchObject({
      urls: ['http://127.0.0.1:9/a', 'http://localhost:9/b'],
      generated: true,
    })
    expect(webhooks?.secretToken).toMatch(/^[A-Za-z0-9_-]{20,}$/)
  })

  test('with --seed, the snapshot each world starts from carries the subscription', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zoom-webhooks-cli-'))
    const seed = join(folder, 'seed.json')
    writeFileSync(seed, JSON.stringify(createTestEmulator().exportState()))
    try {
      const { webhooks: _, ...given } = options([
        '--seed',
        seed,
        '--webhook',
        'http://127.0.0.1:9/a',
        '--webhook-secret',
        's',
      ])
      const server = await startServer(given)
      running.push(server)
      expect(server.emulator.webhooks.list()).toEqual([
        expect.objectContaining({ id: 'wh_cli_1', url: 'http://127.0.0.1:9/a' }),
      ])
      server.emulator.reset()
      expect(server.emulator.webhooks.list()).toHaveLength(1)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  test.each([
    [['--webhook', 'http://example.com/hook'], /--webhook http:\/\/example.com\/hook: .*not loopback/],
    [['--webhook', 'file:///etc/passwd'], /http\(s\) URL/],
    [['--webhook-secret', 'x'], /--webhook-secret needs at least one --webhook/],
  ])('%j is refused naming the option', (args, message) => {
    expect(() => options(args)).toThrow(UsageError)
    expect(() => options(args)).toThrow(message)
  })

  test('--webhook-allow-host lets a webhook URL name that host', () => {
    const given = options([
      '--webhook',
      'https://hooks.example.test/z',
      '--webhook-allow-host',
      'hooks.example.test',
    ])
    expect(given.webhooks?.urls).toEqual(['https://hooks.example.test/z'])
    expect(given.zoom).toMatchObject({ webhookAllowHosts: ['hooks.example.test'] })
  })
})
