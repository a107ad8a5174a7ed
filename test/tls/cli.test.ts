/** @module The command with --proxy and --https: what it prints at start, its request log for proxied calls, the CA key in no answer and no log line, and the options it refuses. */
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serverOptions } from '../../mock/cli-options.js'
import { startServer } from '../../mock/server.js'
import { type CliProcess, runCli, startCli } from '../reliability/process.js'
import { CLIENT_BASIC, run, TOKEN_FORM, tempCaDir } from './tls-helpers.js'

const folder = tempCaDir()
let cli: CliProcess
let port: number
let httpsPort: number

beforeAll(async () => {
  cli = await startCli(['--proxy', '--https', '0', '--ca-dir', folder.dir])
  port = Number(new URL(cli.url).port)
  while (!cli.stdout().includes('Trust the CA certificate'))
    await new Promise((resolve) => setTimeout(resolve, 20))
  httpsPort = Number(/HTTPS on https:\/\/127\.0\.0\.1:(\d+)/.exec(cli.stdout())?.[1])
})

afterAll(async () => {
  cli.child.kill()
  await cli.exited
  folder.remove()
})

const certFile = () => join(folder.dir, 'ca.pem')

/** curl through the proxy: headers and body as received. */
const proxied = (...args: string[]) =>
  run('curl', ['-sS', '-i', '--proxy', cli.url, '--cacert', certFile(), ...args]).then((r) => r.stdout)

describe('zoom-lti-mock --proxy --https 0 --ca-dir <dir>', () => {
  test('prints the HTTPS address, the proxy variable and the CA certificate to trust', () => {
    expect(cli.stdout()).toContain(
      `HTTPS on https://127.0.0.1:${httpsPort} as applications.zoom.us, api.zoom.us, zoom.us, luminus.azure-api.net\n`,
    )
    expect(cli.stdout()).toContain(
      `Proxy for the same hosts: HTTPS_PROXY=http://127.0.0.1:${port} (every other host refused)\n`,
    )
    expect(cli.stdout()).toContain(`Trust the CA certificate ${certFile()} (zoom-lti-mock ca says how)\n`)
  })

  test('logs proxied requests as direct ones, and its CA key appears in no answer and no log line', async () => {
    const token = await proxied('-u', CLIENT_BASIC, '-d', TOKEN_FORM, 'https://zoom.us/oauth/token')
    const accessToken = (
      JSON.parse(token.slice(token.lastIndexOf('\r\n\r\n') + 4)) as { access_token: string }
    ).access_token
    const answers = [
      token,
      await proxied('-H', `Authorization: Bearer ${accessToken}`, 'https://api.zoom.us/v2/users'),
      await proxied('https://example.com/'),
      await proxied('http://example.com/'),
    ]
    for (const path of ['/__emulator/state', '/__emulator/requests', '/', '/__emulator/docs'])
      answers.push(await run('curl', ['-sS', '-i', `${cli.url}${path}`]).then((r) => r.stdout))
    await expect.poll(() => cli.stdout()).toMatch(/GET \/v2\/users 200 \S+ zoom default/)

    const key = readFileSync(join(folder.dir, 'ca-key.pem'), 'utf8')
    const keyLines = key.split('\n').filter((line) => line !== '' && !line.startsWith('-----'))
    expect(keyLines.length).toBeGreaterThan(0)
    const seen = [...answers, cli.stdout(), cli.stderr()].join('\n')
    for (const line of keyLines) expect(seen).not.toContain(line)
    expect(seen).not.toContain('PRIVATE KEY')
  })
})

describe('the options as the server takes them', () => {
  const secure = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const { httpsPort, proxy, caDir } = serverOptions(['--quiet', ...args], env)
    return { httpsPort, proxy, caDir }
  }

  test('--proxy and --https find the CA under XDG_CONFIG_HOME, in ZOOM_LTI_MOCK_CA_DIR, or in --ca-dir', () => {
    expect(secure(['--proxy'], { XDG_CONFIG_HOME: '/config' })).toEqual({
      httpsPort: undefined,
      proxy: true,
      caDir: '/config/zoom-lti-mock/ca',
    })
    expect(secure(['--https', '0'], { ZOOM_LTI_MOCK_CA_DIR: '/ca', XDG_CONFIG_HOME: '/config' })).toEqual({
      httpsPort: 0,
      proxy: undefined,
      caDir: '/ca',
    })
    expect(
      secure(['--https', '443', '--proxy', '--ca-dir', 'mine'], { ZOOM_LTI_MOCK_CA_DIR: '/ca' }),
    ).toEqual({
      httpsPort: 443,
      proxy: true,
      caDir: 'mine',
    })
  })

  test('without either, no CA folder even when ZOOM_LTI_MOCK_CA_DIR is set', () => {
    expect(secure([], { ZOOM_LTI_MOCK_CA_DIR: '/ca' })).toEqual({
      httpsPort: undefined,
      proxy: undefined,
      caDir: undefined,
    })
  })
})

describe('options it refuses, and a CA folder it has no use for', () => {
  test('--https with a port that is not one', async () => {
    const refused = await runCli(['--https', 'abc', '--ca-dir', folder.dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      'zoom-lti-mock: --https must be a whole number from 0 to 65535, not "abc"',
    )
  })

  test('--ca-dir without --https or --proxy', async () => {
    const refused = await runCli(['--ca-dir', folder.dir])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('zoom-lti-mock: --ca-dir needs --https or --proxy')
  })

  test('a CA folder whose key others can read: it does not start', async () => {
    const other = tempCaDir()
    try {
      await run(process.execPath, ['--import', 'tsx', 'mock/cli.ts', 'ca', '--ca-dir', other.dir])
      chmodSync(join(other.dir, 'ca-key.pem'), 0o640)
      const refused = await runCli(['--proxy', '--ca-dir', other.dir])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('can be read by others (mode 640): chmod 600 it')
    } finally {
      other.remove()
    }
  })

  test('startServer with caDir alone serves plain HTTP and makes no CA', async () => {
    const unused = tempCaDir()
    const server = await startServer({ port: 0, caDir: unused.dir, onRequest: () => {} })
    try {
      expect(server.caFile).toBeUndefined()
      expect(existsSync(unused.dir)).toBe(false)
    } finally {
      await server.close()
      unused.remove()
    }
  })

  test('startServer with proxy or httpsPort but no caDir', async () => {
    await expect(startServer({ port: 0, proxy: true })).rejects.toThrow(
      'HTTPS and the proxy need the local CA: pass caDir (--ca-dir), a folder of your own.',
    )
  })
})
