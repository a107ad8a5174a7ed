/** @module Control API: sandboxes — fresh credentials, the seed's structure, routing by credentials, deletion. */
import { describe, expect, test } from 'vitest'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'

import { createTestEmulator } from '../helpers.js'
import { control, luminusRequest } from './helpers.js'

/** A world's state with its credentials replaced by their kind (in keys too), so two worlds' structures compare. */
const structure = (state: unknown, credentials: object): string => {
  let text = JSON.stringify(state)
  for (const [kind, value] of Object.values(credentials).flatMap((c: Record<string, string>) =>
    Object.entries(c),
  ))
    text = text.replaceAll(value, `<${kind}>`)
  return text
}

describe('sandboxes', () => {
  test('POST creates one with fresh random credentials of the pinned shape', async () => {
    const emulator = createTestEmulator()
    const { status, body } = await control(emulator, 'POST', '/sandboxes')
    expect(status).toBe(201)
    const { id, credentials } = body as { id: string; credentials: typeof DEMO_CREDENTIALS }
    expect(id).toMatch(/^sandbox-[\w-]{12}$/)
    const values = Object.values(credentials).flatMap((c) => Object.values(c) as string[])
    const demo = Object.values(DEMO_CREDENTIALS).flatMap((c) => Object.values(c) as string[])
    expect(values).toHaveLength(9)
    for (const value of values) expect(value).toMatch(/^[\w-]{16,}$/)
    expect(values.filter((v) => demo.includes(v))).toEqual([])
    expect(new Set(values).size).toBe(values.length)
  })

  test("hold the demo seed's structure — same users, courses, meetings and LumiNUS ids — under their own credentials", () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    expect(structure(sandbox.exportState(), sandbox.credentials)).toBe(
      structure(emulator.exportState(), DEMO_CREDENTIALS),
    )
  })

  test('receive the requests made with their credentials, and control calls naming them', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    await emulator.fetch(luminusRequest(sandbox.credentials.luminus.subscriptionKey))
    await emulator.request(`/api/v1/lti/rich/open/meeting/list?key=${sandbox.credentials.lti.key}`)
    const journal = await control(emulator, 'GET', '/requests', { sandbox: sandbox.id })
    expect(journal.body).toMatchObject({
      count: 2,
      requests: [{ sandbox: sandbox.id }, { sandbox: sandbox.id }],
    })
    expect(emulator.requests().count).toBe(0)
    await control(emulator, 'POST', '/clock', { sandbox: sandbox.id, body: { advanceMs: 1000 } })
    expect(sandbox.clock.now() - emulator.clock.now()).toBe(1000)
  })

  test('an unknown sandbox in x-emulator-sandbox is a 404 control error', async () => {
    const answer = await control(createTestEmulator(), 'GET', '/clock', { sandbox: 'sandbox-nope' })
    expect(answer).toEqual({
      status: 404,
      body: { error: expect.stringContaining('No sandbox "sandbox-nope"') },
    })
  })

  test('DELETE removes one: its credentials then reach the default world, its id nothing', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    expect((await control(emulator, 'DELETE', `/sandboxes/${sandbox.id}`)).status).toBe(204)
    expect((await control(emulator, 'DELETE', `/sandboxes/${sandbox.id}`)).status).toBe(404)
    expect(() => emulator.sandbox(sandbox.id)).toThrow('No sandbox')
    await emulator.fetch(luminusRequest(sandbox.credentials.luminus.subscriptionKey))
    expect(emulator.requests().count).toBe(1)
  })

  test('the default world cannot be deleted', async () => {
    const answer = await control(createTestEmulator(), 'DELETE', '/sandboxes/default')
    expect(answer).toEqual({ status: 400, body: { error: expect.stringContaining('cannot be deleted') } })
  })
})
