/** @module GET /__emulator/dashboard/events over HTTP: journal entries within a second, the journal cleared, the world panels when they change, a deleted sandbox, access. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { createTestEmulator, T0 } from '../helpers.js'

interface ServerSentEvent {
  event: string
  id?: string
  data: string
}

/** An open stream, read as events arrive; `next(name)` waits for the next event of that name. */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  })
  const reader = (response.body as ReadableStream<Uint8Array>)
    .pipeThrough(new TextDecoderStream())
    .getReader()
  const received: ServerSentEvent[] = []
  let buffer = ''
  let read = 0
  async function next(name: string, withinMs = 1000): Promise<ServerSentEvent> {
    const deadline = Date.now() + withinMs
    for (;;) {
      const index = received.findIndex((e, i) => i >= read && e.event === name)
      if (index >= 0) {
        read = index + 1
        return received[index] as ServerSentEvent
      }
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no "${name}" event within ${withinMs} ms`)
      const chunk = await Promise.race([
        reader.read(),
        new Promise<undefined>((done) => setTimeout(() => done(undefined), left)),
      ])
      if (chunk === undefined) continue
      if (chunk.done) throw new Error(`the stream ended before a "${name}" event`)
      buffer += chunk.value
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event: ServerSentEvent = { event: 'message', data: '' }
        const data: string[] = []
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ')
          const value = rest.join(': ')
          if (field === 'event') event.event = value
          else if (field === 'id') event.id = value
          else if (field === 'data') data.push(value)
        }
        event.data = data.join('\n')
        received.push(event)
      }
    }
  }
  return { response, next, close: () => abort.abort() }
}

const MEETING = '00000000-0000-4000-8000-000000000001'
const emulator = createEmulator({ now: T0 })
let server: RunningServer
const streams: { close(): void }[] = []

beforeAll(async () => {
  server = await startServer({ port: 0, emulator })
})
afterAll(async () => {
  for (const stream of streams) stream.close()
  await server?.close()
})
beforeEach(() => {
  emulator.reset()
})

const stream = async (query = '', headers: Record<string, string> = {}) => {
  const opened = await openStream(`${server.url}/__emulator/dashboard/events${query}`, headers)
  streams.push(opened)
  return opened
}

const listUsers = () =>
  fetch(`${server.url}/zoom/Meeting/${MEETING}/Sync`, {
    headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' },
  })

describe('the dashboard event stream', () => {
  test('sends a new journal entry within a second of its request, redacted, with its id', async () => {
    const events = await stream()
    expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    await events.next('ready')
    const sent = Date.now()
    await listUsers()
    const journal = await events.next('journal')
    expect(Date.now() - sent).toBeLessThan(1000)
    const entry = JSON.parse(journal.data) as { id: number; path: string; request: { headers: object } }
    expect(entry.path).toBe(`/zoom/Meeting/${MEETING}/Sync`)
    expect(journal.id).toBe(String(entry.id))
    expect(entry.request.headers).toMatchObject({ 'ocp-apim-subscription-key': '[redacted]' })
    expect(journal.data).not.toContain('demo-subscription-key')
  })

  test('starts with the entries already journaled, and a reconnection resumes after Last-Event-ID', async () => {
    await listUsers()
    await listUsers()
    const [first, second] = emulator.requests().requests
    const fresh = await stream()
    expect(JSON.parse((await fresh.next('journal')).data)).toMatchObject({ id: first?.id })
    expect(JSON.parse((await fresh.next('journal')).data)).toMatchObject({ id: second?.id })
    const resumed = await stream('', { 'last-event-id': String(first?.id) })
    expect(JSON.parse((await resumed.next('journal')).data)).toMatchObject({ id: second?.id })
  })

  test('a reconnection after a restart (Last-Event-ID past the journal) is told the journal was cleared, and gets the panels', async () => {
    await listUsers()
    const events = await stream('', { 'last-event-id': '99999' })
    await events.next('cleared')
    expect(JSON.parse((await events.next('journal')).data)).toMatchObject({
      path: `/zoom/Meeting/${MEETING}/Sync`,
    })
    expect((await events.next('world')).data).toContain('id="clock"')
  })

  test('sends the panels at once to a page whose digest names other panels, and not to one that has them', async () => {
    const page = await (await fetch(`${server.url}/`)).text()
    const digest = /data-digest="([^"]+)"/.exec(page)?.[1] ?? ''
    const current = await stream(`?digest=${encodeURIComponent(digest)}`)
    const stale = await stream('?digest=stale')
    expect((await stale.next('world', 500)).data).toContain('id="clock"')
    await expect(current.next('world', 500)).rejects.toThrow('no "world" event within 500 ms')
  })

  test('says when the journal is cleared, and sends the world panels when the clock moves', async () => {
    const events = await stream()
    await events.next('ready')
    expect((await fetch(`${server.url}/__emulator/requests`, { method: 'DELETE' })).status).toBe(204)
    await events.next('cleared')
    await fetch(`${server.url}/__emulator/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 3_600_000 }),
    })
    const world = await events.next('world', 2000)
    expect(world.data).toContain('2026-11-22 13:00:00 UTC')
    expect(world.data).toContain('id="clock"')
  })

  test("follows a sandbox's world, and says when the sandbox is deleted", async () => {
    const sandbox = emulator.createSandbox()
    const events = await stream(`?sandbox=${sandbox.id}`)
    await events.next('ready')
    await fetch(`${server.url}/zoom/Meeting/${MEETING}/Sync`, {
      headers: { 'Ocp-Apim-Subscription-Key': sandbox.credentials.luminus.subscriptionKey },
    })
    expect(JSON.parse((await events.next('journal')).data)).toMatchObject({ sandbox: sandbox.id })
    emulator.deleteSandbox(sandbox.id)
    await events.next('gone', 2000)
  })
})

describe('the event stream refuses', () => {
  test('a request that does not ask for a stream, with 406', async () => {
    const response = await createTestEmulator().request('/__emulator/dashboard/events')
    expect(response.status).toBe(406)
    expect(await response.json()).toEqual({ error: expect.stringContaining('Accept: text/event-stream') })
  })

  test('an unknown sandbox, with 404', async () => {
    const response = await createTestEmulator().request('/__emulator/dashboard/events?sandbox=gone', {
      headers: { accept: 'text/event-stream' },
    })
    expect([response.status, await response.json()]).toEqual([404, { error: 'No sandbox gone.' }])
  })

  test('a caller without the admin token, when one is set', async () => {
    const response = await createTestEmulator({ adminToken: 'events-token' }).request(
      '/__emulator/dashboard/events',
      { headers: { accept: 'text/event-stream' } },
    )
    expect(response.status).toBe(401)
  })
})
