/** @module No drift between the app and its contracts: every route has an operation and every operation a route. */
import { describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { contractOperations } from '../contract.js'

/** `GET /v2/meetings/{meetingId}` for both Hono's `:meetingId` and OpenAPI's `{meetingId}`, parameter names kept. */
const routeKey = (method: string, path: string) => `${method} ${path.replace(/:(\w+)/g, '{$1}')}`

describe('routes and contracts', () => {
  // ALL entries are middleware and the 405/501/404 catch-alls for what is not served.
  const routes = new Set(
    createEmulator()
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => routeKey(r.method, r.path)),
  )
  const operations = new Set(contractOperations().map((o) => routeKey(o.method, o.template)))

  test('every route the app serves is an operation of a contract', () => {
    expect([...routes].filter((r) => !operations.has(r))).toEqual([])
  })

  test('every operation of the contracts is a route the app serves', () => {
    expect([...operations].filter((o) => !routes.has(o))).toEqual([])
  })

  test('both lists are the real ones, not empty', () => {
    expect(routes.size).toBeGreaterThan(30)
    expect(routes.has('GET /api/v1/lti/rich/open/meeting/list')).toBe(true)
    expect(operations.has('GET /zoom/Meeting/{ID}/Sync')).toBe(true)
  })
})
