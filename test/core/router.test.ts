/** @module Which of the app's routes Hono's RegExpRouter refuses, the reason its SmartRouter falls back to the trie router. */
import { UnsupportedPathError } from 'hono/router'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import { describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'

/** Each route RegExpRouter refuses, as `METHOD path`, adding the emulator's routes in the app's order. */
function refusedRoutes(): string[] {
  const router = new RegExpRouter<number>()
  const refused = new Set<string>()
  for (const [index, { method, path }] of createEmulator().routes.entries()) {
    try {
      router.add(method, path, index)
    } catch (error) {
      if (!(error instanceof UnsupportedPathError)) throw error
      refused.add(`${method} ${path}`)
    }
  }
  router.match('GET', '/v2/users')
  return [...refused]
}

describe("Hono's RegExpRouter and the app's routes", () => {
  test('refuses only the two routes that put a literal segment beside a parameter, so no route added later makes a third', () => {
    // Each is refused for the route registered before it: /__emulator/assets/swagger-ui/:file and
    // PUT /v2/meetings/:meetingUUID/recordings/status (README, Performance). Once both are gone, the
    // SmartRouter picks RegExpRouter: expect [] then.
    expect(refusedRoutes()).toEqual([
      'GET /__emulator/assets/:file',
      'PUT /v2/meetings/:meetingId/recordings/:recordingId/status',
    ])
  })
})
