/** @module Control API: one entry of the state changed or deleted in place, checked as an import is, all or nothing. */
import { describe, expect, test } from 'vitest'
import { DEMO, DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'

const COURSE_KEY = `${DEMO_CREDENTIALS.lti.key}|${DEMO.domain}|demo-context-1`
const course = `/state/lti/courses/${encodeURIComponent(COURSE_KEY)}`
const module = `/state/luminus/modules/${DEMO.luminus.moduleId}`

describe('PATCH and DELETE /__emulator/state/{slice}/{table}/{key}', () => {
  test('a patch sets the fields it gives, removes those it sets to null, and answers the entry as stored', async () => {
    const emulator = createTestEmulator()
    const answer = await control(emulator, 'PATCH', course, { body: { title: 'Renamed', courseId: null } })
    expect(answer).toEqual({
      status: 200,
      body: {
        credentialKey: DEMO_CREDENTIALS.lti.key,
        domain: DEMO.domain,
        contextId: 'demo-context-1',
        title: 'Renamed',
      },
    })
    expect(emulator.exportState().lti.courses?.[COURSE_KEY]).toEqual(answer.body)
  })

  test('a field its schema refuses, an unknown field or a changed key field answers 400 and changes nothing', async () => {
    const emulator = createTestEmulator()
    const before = emulator.exportState()
    const wrongType = await control(emulator, 'PATCH', module, { body: { code: 42 } })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body).toEqual({
      error: expect.stringContaining(`/luminus/modules/${DEMO.luminus.moduleId}/code`),
    })
    const unknown = await control(emulator, 'PATCH', module, { body: { colour: 'red' } })
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('unknown field "colour"') },
    })
    const rekeyed = await control(emulator, 'PATCH', course, { body: { contextId: 'elsewhere' } })
    expect(rekeyed).toMatchObject({ status: 400, body: { error: expect.stringContaining('by its own id') } })
    const empty = await control(emulator, 'PATCH', module, { body: {} })
    expect(empty.status).toBe(400)
    expect(emulator.exportState()).toEqual(before)
  })

  test('a delete removes the entry, and one that others refer to stays, with a 400 naming the referrer', async () => {
    const emulator = createTestEmulator()
    const refused = await control(emulator, 'DELETE', module)
    expect(refused.status).toBe(400)
    expect((refused.body as { error: string }).error).toMatch(/still referred to \(luminus\.staff\[/)
    expect(emulator.exportState().luminus.modules?.[DEMO.luminus.moduleId]).toBeDefined()

    const staffKey = `${DEMO.luminus.moduleId}|${DEMO.luminus.staffId}`
    expect(await control(emulator, 'DELETE', `/state/luminus/staff/${encodeURIComponent(staffKey)}`)).toEqual(
      {
        status: 204,
        body: null,
      },
    )
    expect(emulator.exportState().luminus.staff?.[staffKey]).toBeUndefined()
  })

  test('an unknown table or entry answers 404, a table keyed by secrets 400', async () => {
    const emulator = createTestEmulator()
    expect((await control(emulator, 'DELETE', '/state/lti/nothing/x')).status).toBe(404)
    const missing = await control(emulator, 'PATCH', '/state/luminus/modules/nope', { body: { name: 'x' } })
    expect(missing).toEqual({
      status: 404,
      body: { error: 'No entry luminus.modules["nope"] in this world.' },
    })
    expect((await control(emulator, 'DELETE', '/state/zoom/tokens/x')).status).toBe(400)
  })

  test('acts on the sandbox x-emulator-sandbox names, and in process on any world', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    await control(emulator, 'PATCH', module, { body: { name: 'Sandbox only' }, sandbox: sandbox.id })
    expect(sandbox.exportState().luminus.modules?.[DEMO.luminus.moduleId]?.name).toBe('Sandbox only')
    expect(emulator.exportState().luminus.modules?.[DEMO.luminus.moduleId]?.name).toBe(
      'Programming Methodology',
    )
    emulator.patchEntry(
      { slice: 'luminus', table: 'modules', key: DEMO.luminus.moduleId },
      { code: 'CS1010S' },
    )
    expect(emulator.exportState().luminus.modules?.[DEMO.luminus.moduleId]?.code).toBe('CS1010S')
  })
})
