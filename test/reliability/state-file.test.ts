/** @module --state-file: acknowledged changes survive SIGTERM, the file survives kill -9 whole, and a bad file stops the start untouched. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest'
import { readStateFile, stateWriter, writeAtomically } from '../../mock/persistence.js'
import { type CliProcess, createUser, runCli, startCli, userEmails, zoomToken } from './process.js'

const folder = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-state-'))
let file = 0
const freshPath = () => join(folder, `state-${++file}.json`)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const running: CliProcess[] = []
afterEach(() => {
  for (const cli of running.splice(0)) cli.child.kill('SIGKILL')
})
const start = async (args: string[]) => {
  const cli = await startCli(args)
  running.push(cli)
  return cli
}

const usersIn = (path: string): string[] =>
  Object.values((readStateFile(path)?.zoom?.users ?? {}) as Record<string, { email: string }>).map(
    (u) => u.email,
  )

describe('the state file', () => {
  test('keeps every acknowledged change across SIGTERM and a restart', async () => {
    const path = freshPath()
    const first = await start(['--state-file', path, '--quiet'])
    const token = await zoomToken(first.url)
    const emails = Array.from({ length: 25 }, (_, i) => `kept-${i}@example.edu`)
    const acknowledged = await Promise.all(emails.map((email) => createUser(first.url, token, email)))
    expect(acknowledged.every(Boolean)).toBe(true)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    const second = await start(['--state-file', path, '--quiet'])
    expect(await userEmails(second.url, token)).toEqual(expect.arrayContaining(emails))
  })

  test('is whole after kill -9 during sustained writes, and the server restarts from it', async () => {
    const path = freshPath()
    const cli = await start(['--state-file', path, '--quiet'])
    const token = await zoomToken(cli.url)
    let sent = 0
    let stop = false
    const writer = async (lane: number) => {
      while (!stop) await createUser(cli.url, token, `lane${lane}-${sent++}@example.edu`).catch(() => false)
    }
    const lanes = Array.from({ length: 8 }, (_, lane) => writer(lane))
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000))
    // On a loaded machine the fsync'd writes can lag behind that; the kill must come after one with lane users.
    const hasLaneUsers = () => usersIn(path).some((email) => email.startsWith('lane'))
    await vi.waitUntil(hasLaneUsers, { timeout: 10_000, interval: 20 })
    cli.child.kill('SIGKILL')
    await cli.exited
    stop = true
    await Promise.all(lanes)
    expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow()
    const saved = usersIn(path)
    expect(hasLaneUsers()).toBe(true)
    const restarted = await start(['--state-file', path, '--quiet'])
    const state = (await (await fetch(`${restarted.url}/__emulator/state`)).json()) as {
      zoom: { users: Record<string, { email: string }> }
    }
    expect(Object.values(state.zoom.users).map((u) => u.email)).toEqual(saved)
  })

  test.each([
    ['not JSON', '{"version":1,"zoom":', /is not JSON/],
    ['not a snapshot', '{"version":2}', /is not a state snapshot \(state\.version must be 1/],
  ])(
    'refuses to start from a file that is %s, with one line naming it, and leaves it untouched',
    async (_, text, reason) => {
      const path = freshPath()
      writeFileSync(path, text)
      const { code, stderr } = await runCli(['--state-file', path])
      expect(code).not.toBe(0)
      const [line] = stderr.split('\n')
      expect(line).toContain(`--state-file ${path}: `)
      expect(line).toMatch(reason)
      expect(readFileSync(path, 'utf8')).toBe(text)
    },
  )

  test('refuses to start from a path it cannot read', async () => {
    const path = freshPath()
    mkdirSync(path)
    const { code, stderr } = await runCli(['--state-file', path])
    expect(code).not.toBe(0)
    expect(stderr).toContain(`--state-file ${path}: cannot be read`)
  })
})

describe('the state writer', () => {
  test('joins changes in quick succession into one write, and skips a snapshot already written', async () => {
    const path = freshPath()
    let version = 1
    const writer = stateWriter(
      path,
      () => ({ version: 1, clock: { now: new Date(version).toISOString() } }),
      {
        delayMs: 20,
      },
    )
    for (let i = 0; i < 50; i++) writer.changed()
    await writer.flush()
    expect(writer.writes).toBe(1)
    writer.changed()
    await writer.flush()
    expect(writer.writes).toBe(1)
    version = 2
    writer.changed()
    await writer.flush()
    expect(writer.writes).toBe(2)
    expect(readStateFile(path)?.clock?.now).toBe(new Date(2).toISOString())
  })

  test('writes through a temporary file it leaves no trace of', async () => {
    const dir = mkdtempSync(join(folder, 'atomic-'))
    await writeAtomically(join(dir, 'state.json'), '{"version":1}')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })
})
