/** @module Hono's SmartRouter picks RegExpRouter for the app's routes: a route RegExpRouter refuses (a literal segment beside a parameter of the same method) would make it fall back to the slower trie router. */
import { Hono } from 'hono'
import { SmartRouter } from 'hono/router/smart-router'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createTestEmulator } from '../helpers.js'

afterEach(() => {
  vi.restoreAllMocks()
})

/** The router each SmartRouter that answered settled on, after `requests` ran. */
async function chosenRouters(requests: () => Promise<Response>): Promise<string[]> {
  const match = vi.spyOn(SmartRouter.prototype, 'match')
  expect((await requests()).status).toBe(200)
  return (match.mock.contexts as SmartRouter<unknown>[]).map((router) => router.activeRouter.name)
}

describe("Hono's router for the app's routes", () => {
  test('is RegExpRouter: every route set of the app has a shape it takes', async () => {
    const emulator = createTestEmulator()
    expect(await chosenRouters(() => emulator.request('/__emulator/health'))).toEqual(['RegExpRouter'])
  })

  test('is the trie router for an app with a literal segment beside a parameter of the same method', async () => {
    const app = new Hono()
      .put('/v2/meetings/:id/recordings/status', (c) => c.text('all'))
      .put('/v2/meetings/:id/recordings/:recordingId/status', (c) => c.text('one'))
    expect(
      await chosenRouters(async () => app.request('/v2/meetings/1/recordings/status', { method: 'PUT' })),
    ).toEqual(['TrieRouter'])
  })
})
