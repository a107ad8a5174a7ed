/** @module Parity: one LTI Pro client scenario gives identical results in-process, through MSW and over HTTP. */
import { setupServer } from 'msw/node'
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../mock/core/emulator.js'
import { createHandlers } from '../mock/msw.js'
import { startServer } from '../mock/server.js'
import { createLtiProClient, type LtiProClientOptions } from '../src/lti-pro/client.js'
import { createTestEmulator } from './helpers.js'

const DOMAIN = 'https://lms.example.edu'

/** List, bulk import, create-and-associate, list again; the created meeting's random number and UUID are named, not compared. */
async function scenario(emulator: Emulator, transport: Pick<LtiProClientOptions, 'baseUrl' | 'fetch'>) {
  const client = createLtiProClient({
    key: 'demo-lti-key',
    secret: 'demo-lti-secret',
    now: () => emulator.clock.now(),
    ...transport,
  })
  const before = await client.listMeetings({ userId: 'demo-host', pageSize: 3 })
  const imported = await client.bulkImport([
    { meetingId: '81000000007', contextId: 'demo-context-1', domain: DOMAIN },
  ])
  const created = await client.createAndAssociate({
    userId: 'demo-host',
    contextId: 'demo-context-2',
    domain: DOMAIN,
    meetingInfo: { topic: 'Parity', type: 2, start_time: '2026-12-24T01:00:00Z', duration: 45 },
  })
  const createdId = created.data?.meetingId ?? 'none'
  const after = await client.listMeetings({ userId: 'demo-host', pageSize: 20 })
  const createdUuid = after.data?.list.find((m) => m.meetingNumber === createdId)?.meetingId ?? 'none'
  const text = JSON.stringify({ before, imported, created, after })
  return JSON.parse(
    text.replaceAll(createdId, '<created>').replaceAll(createdUuid, '<created-uuid>'),
  ) as unknown
}

describe('the three ways in', () => {
  test('give identical results for the same LTI Pro scenario', async () => {
    const injected = createTestEmulator()
    const direct = await scenario(injected, {
      baseUrl: 'http://127.0.0.1:4010/api/v1/lti/rich',
      fetch: injected.fetch,
    })

    const intercepted = createTestEmulator()
    const msw = setupServer(...createHandlers(intercepted))
    msw.listen({ onUnhandledRequest: 'error' })
    let viaMsw: unknown
    try {
      viaMsw = await scenario(intercepted, {})
    } finally {
      msw.close()
    }

    const served = createTestEmulator()
    const server = await startServer({ port: 0, emulator: served })
    let viaHttp: unknown
    try {
      viaHttp = await scenario(served, { baseUrl: `${server.url}/api/v1/lti/rich` })
    } finally {
      await server.close()
    }

    expect(JSON.stringify(direct)).toContain('"meetingNumber":"<created>"')
    expect(JSON.stringify(direct)).toContain('<created-uuid>')
    expect(JSON.stringify(direct)).toContain('"meetingNumber":"81000000007"')
    expect(viaMsw).toEqual(direct)
    expect(viaHttp).toEqual(direct)
  })
})
