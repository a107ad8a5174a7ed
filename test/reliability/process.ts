/** @module Process-test wiring: the command line as a child process on 127.0.0.1, and Zoom calls against it. */
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface CliProcess {
  url: string
  child: ChildProcess
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  stdout(): string
  stderr(): string
}

export interface CliExit {
  code: number | string
  stdout: string
  stderr: string
}

function launch(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/cli.ts', '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  )
  return { child, exited, stdout: () => stdout, stderr: () => stderr }
}

/** Starts `zoom-lti-mock --port 0 …args` and waits for its URL. */
export async function startCli(args: string[]): Promise<CliProcess> {
  const run = launch(args)
  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = run.stdout().match(/http:\/\/127\.0\.0\.1:\d+/)
      if (match) {
        clearInterval(poll)
        resolve(match[0])
      }
    }, 20)
    run.exited.then((code) => {
      clearInterval(poll)
      reject(new Error(`zoom-lti-mock exited with ${code}: ${run.stderr()}`))
    })
  })
  return { url, child: run.child, exited: run.exited, stdout: run.stdout, stderr: run.stderr }
}

/** Runs `zoom-lti-mock --port 0 …args` expecting it to stop by itself (a refusal to start). */
export async function runCli(args: string[]): Promise<CliExit> {
  const run = launch(args)
  const code = await run.exited
  return { code, stdout: run.stdout(), stderr: run.stderr() }
}

export async function zoomToken(url: string): Promise<string> {
  const response = await fetch(`${url}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`,
    },
  })
  return ((await response.json()) as { access_token: string }).access_token
}

/** Creates a Zoom user with this email; true when the emulator acknowledged it (201). */
export async function createUser(url: string, token: string, email: string): Promise<boolean> {
  const response = await fetch(`${url}/v2/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'custCreate', user_info: { email, type: 1 } }),
  })
  await response.arrayBuffer()
  return response.status === 201
}

/** Every email of the demo account's users, as the emulator lists them. */
export async function userEmails(url: string, token: string): Promise<string[]> {
  const response = await fetch(`${url}/v2/users?page_size=300`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { users } = (await response.json()) as { users: { email: string }[] }
  return users.map((user) => user.email)
}
