/** @module The three ways in (in-process, MSW, HTTP server) give the same answers to control calls and drop alike. */
import { setupServer } from 'msw/node'
import { describe, expect, test } from 'vitest'
import { LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import { createEmulator } from '../../mock/emulator.js'
import { createHandlers, REAL_ORIGINS } from '../../mock/msw.js'
import { startServer } from '../../mock/server.js'
import { T0 } from '../helpers.js'

type Call = (path: string, init?: RequestInit) => Promise<Response>

interface Way {
  name: string
  open(): Promise<{ call: Call; close(): Promise<void> | void }>
}

const SYNC = '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync'

const ways: Way[] = [
  {
    name: 'in-process',
    async open() {
      const emulator = createEmulator({ now: T0 })
      return { call: (path, init) => emulator.request(path, init), close: () => {} }
    },
  },
  {
    name: 'MSW',
    async open() {
      const emulator = createEmulator({ now: T0 })
      const msw = setupServer(...createHandlers(emulator))
      msw.listen({ onUnhandledRequest: 'error' })
      const origin = (path: string) => (path.startsWith('/zoom/') ? REAL_ORIGINS.luminus : LOCAL_ORIGIN)
      return { call: (path, init) => fetch(`${origin(path)}${path}`, init), close: () => msw.close() }
    },
  },
  {
    name: 'HTTP server',
    async open() {
      const server = await startServer({ port: 0, now: T0 })
      return { call: (path, init) => fetch(`${server.url}${path}`, init), close: () => server.close() }
    },
  },
]

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

/** Headers each transport adds to a request on its own. */
const TRANSPORT_HEADERS = ['host', 'connection', 'user-agent', 'accept', 'accept-encoding', 'accept-language']

/** Values that legitimately differ between runs: wall-clock offsets, durations, random sandbox credentials, transport headers. */
const stable = (key: string, value: unknown) =>
  ['offsetMs', 'durationMs'].includes(key)
    ? '<varies>'
    : key === 'credentials' || key === 'id'
      ? typeof value
      : key === 'request' && typeof value === 'object' && value !== null && 'headers' in value
        ? {
            ...value,
            headers: Object.fromEntries(
              Object.entries(value.headers as Record<string, string>).filter(
                ([name]) => !TRANSPORT_HEADERS.includes(name) && !name.startsWith('sec-fetch-'),
              ),
            ),
          }
        : value

async function script(call: Call) {
  const outcomes: unknown[] = []
  const step = async (path: string, init?: RequestInit) => {
    try {
      const response = await call(path, init)
      const text = await response.text()
      outcomes.push({ status: response.status, body: text && JSON.parse(text, stable) })
    } catch (error) {
      outcomes.push({ rejected: error instanceof TypeError ? 'TypeError' : String(error) })
    }
  }
  const luminus = { headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' } }
  await step('/__emulator/clock')
  await step('/__emulator/clock', json('POST', { advanceMs: 60_000 }))
  await step('/__emulator/clock', json('POST', { now: 'later' }))
  await step(
    '/__emulator/faults',
    json('POST', { match: { service: 'luminus', path: '/zoom/*' }, drop: true, times: 1 }),
  )
  await step('/__emulator/faults')
  await step(SYNC, luminus)
  await step(SYNC, luminus)
  await step('/__emulator/requests?service=luminus')
  const state = await (await call('/__emulator/state')).json()
  await step('/__emulator/state', json('PUT', state))
  await step('/__emulator/sandboxes', { method: 'POST' })
  await step('/__emulator/clock', { headers: { 'x-emulator-sandbox': 'sandbox-unknown' } })
  await step('/__emulator/reset', { method: 'POST' })
  await step('/__emulator/requests')
  return outcomes
}

describe('the three ways in', () => {
  test('answer the same control calls alike, and a dropped connection is a network error in each', async () => {
    const results: Record<string, unknown[]> = {}
    for (const way of ways) {
      const { call, close } = await way.open()
      try {
        results[way.name] = await script(call)
      } finally {
        await close()
      }
    }
    const inProcess = results['in-process'] as unknown[]
    expect(inProcess[5]).toEqual({ rejected: 'TypeError' })
    expect(inProcess[6]).toMatchObject({ status: 200 })
    expect(inProcess[7]).toMatchObject({
      body: { count: 2, requests: [{ status: 0, fault: 'fault-1' }, { status: 200 }] },
    })
    expect(results.MSW).toEqual(inProcess)
    expect(results['HTTP server']).toEqual(inProcess)
  })
})
