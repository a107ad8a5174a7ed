/** @module contracts/emulator.yaml refuses what the control API refuses, and admits what it accepts. */
import { describe, expect, test } from 'vitest'
import { CLOCK_RANGE, MAX_ADVANCE_MS } from '../../mock/core/clock.js'
import { contracts } from '../contract.js'
import { control } from '../control/helpers.js'
import { createTestEmulator } from '../helpers.js'

const admits = (operationId: string, body: unknown) =>
  contracts.operation('emulator.yaml', operationId).check({}, {}, body).ok

/** The schema of a query parameter, straight from the document (the services' rule that an empty value is absent is theirs, not the control API's). */
function queryAdmits(path: string, name: string, value: string): boolean {
  const doc = contracts.documents.get('emulator.yaml') as unknown as {
    paths: Record<string, { get: { parameters: { name?: string; schema?: Record<string, unknown> }[] } }>
  }
  const parameter = doc.paths[path]?.get.parameters.find((p) => p.name === name)
  return contracts.compile(parameter?.schema ?? {})(value)
}

const BODIES: [string, string, string, unknown][] = [
  ['setClock', 'POST', '/clock', { advanceMs: 8_640_000_000_000_000 }],
  ['setClock', 'POST', '/clock', { advanceMs: -315_537_897_600_000 }],
  ['setClock', 'POST', '/clock', { now: -3.184604399362059e23 }],
  ['setClock', 'POST', '/clock', { now: 253_402_300_800_000 }],
  ['setClock', 'POST', '/clock', { now: '0000-12-31T23:59:59Z' }],
  ['addFault', 'POST', '/faults', { match: {} }],
  ['addFault', 'POST', '/faults', { match: {}, response: { status: 503 }, drop: true }],
  ['addFault', 'POST', '/faults', { match: {}, response: { status: 204, body: 'x' } }],
  ['addFault', 'POST', '/faults', { match: {}, response: { status: 503, headers: { 'a b': 'x' } } }],
  ['addFault', 'POST', '/faults', { match: { method: '' }, drop: true }],
  ['importState', 'PUT', '/state', { version: 1, zoom: { notATable: {} } }],
  ['importState', 'PUT', '/state', { version: 1, lti: { bulkJobs: {} } }],
  ['importState', 'PUT', '/state', { version: 1, luminus: [] }],
  ['importState', 'PUT', '/state', { version: 1, extra: true }],
  ['importState', 'PUT', '/state', { version: 1, clock: { now: '0000-01-01T00:00:00Z' } }],
]

describe('the control contract', () => {
  test('states the clock’s range as mock/core/clock.ts does', () => {
    type Branch = { properties: { now?: { oneOf: object[] }; advanceMs?: object } }
    const doc = contracts.documents.get('emulator.yaml') as unknown as {
      paths: Record<
        string,
        { post: { requestBody: { content: Record<string, { schema: { oneOf: Branch[] } }> } } }
      >
    }
    const [now, advance] =
      doc.paths['/clock']?.post.requestBody.content['application/json']?.schema.oneOf ?? []
    expect(now?.properties.now?.oneOf[1]).toMatchObject({
      minimum: CLOCK_RANGE.min,
      maximum: CLOCK_RANGE.max,
    })
    expect(advance?.properties.advanceMs).toMatchObject({ minimum: -MAX_ADVANCE_MS, maximum: MAX_ADVANCE_MS })
  })

  test.each(BODIES)(
    'refuses what the emulator answers 400 to: %s %j',
    async (operationId, method, path, body) => {
      expect(admits(operationId, body)).toBe(false)
      expect((await control(createTestEmulator(), method, path, { body })).status).toBe(400)
    },
  )

  test.each([
    ['method', ''],
    ['method', 'GET '],
    ['path', ''],
    ['path', 'v2/*'],
  ])('refuses GET requests?%s=%j, as the emulator does', async (name, value) => {
    expect(queryAdmits('/requests', name, value)).toBe(false)
    const query = new URLSearchParams({ [name]: value })
    expect((await control(createTestEmulator(), 'GET', `/requests?${query}`)).status).toBe(400)
  })

  test.each([
    ['setClock', 'POST', '/clock', { advanceMs: 60_000 }],
    ['setClock', 'POST', '/clock', { now: '0001-01-01T00:00:00.000Z' }],
    ['setClock', 'POST', '/clock', { now: 253_402_300_799_999 }],
    ['addFault', 'POST', '/faults', { match: {}, drop: true }],
    ['addFault', 'POST', '/faults', { match: {}, delayMs: 0 }],
    [
      'importState',
      'PUT',
      '/state',
      { version: 1, lti: { bulkJobs: [] }, clock: { now: '9999-12-31T23:59:59.999Z' } },
    ],
  ])('admits what the emulator accepts: %s %j', async (operationId, method, path, body) => {
    expect(admits(operationId, body)).toBe(true)
    expect((await control(createTestEmulator(), method, path, { body })).status).toBeLessThan(300)
  })
})
