/** @module TLS-test wiring: a server with --https and --proxy on a temp CA folder, and curl, python3 and node run against it as child processes. */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { sign } from '../../src/lti-pro/signature.js'
import { createTestEmulator } from '../helpers.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command to its end (30 s at most) and resolves with its exit code and output, whatever the code. */
export const run = (file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> =>
  new Promise((resolve) => {
    execFile(file, args, { env, timeout: 30_000, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, stdout, stderr }),
    )
  })

export const tempCaDir = (): { dir: string; remove(): void } => {
  const parent = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-ca-'))
  return { dir: join(parent, 'ca'), remove: () => rmSync(parent, { recursive: true, force: true }) }
}

export interface TlsServer {
  server: RunningServer
  /** `http://127.0.0.1:<port>`: the proxy's address. */
  proxy: string
  caFile: string
  close(): Promise<void>
}

/** startServer with HTTPS on a free port and the proxy, on a CA made in a temp folder; every answer checked against the contracts. */
export async function startTlsServer(): Promise<TlsServer> {
  const ca = tempCaDir()
  const server = await startServer({
    port: 0,
    httpsPort: 0,
    proxy: true,
    caDir: ca.dir,
    emulator: createTestEmulator({ now: Date.now() }),
  })
  return {
    server,
    proxy: server.url,
    caFile: server.caFile as string,
    close: async () => {
      await server.close()
      ca.remove()
    },
  }
}

/** The demo S2S client's form for `POST https://zoom.us/oauth/token`. */
export const TOKEN_FORM = `grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.zoom.accountId}`
export const CLIENT_BASIC = `${DEMO_CREDENTIALS.zoom.clientId}:${DEMO_CREDENTIALS.zoom.clientSecret}`

/** The LTI Pro meeting list's real URL for demo-host, signed with the demo key at the emulator's now, and its signature. */
export function signedLtiList(now: number): { url: string; signature: string } {
  const { key, secret } = DEMO_CREDENTIALS.lti
  const params = {
    userId: 'demo-host',
    isUpComing: 'true',
    pageNum: '1',
    pageSize: '20',
    key,
    timestamp: String(now),
  }
  return {
    url: `https://applications.zoom.us/api/v1/lti/rich/open/meeting/list?${new URLSearchParams(params)}`,
    signature: sign(secret, params),
  }
}
