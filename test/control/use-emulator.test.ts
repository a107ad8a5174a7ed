/** @module zoom-lti-mock/vitest: useEmulator puts the emulator behind MSW for a test file, beside the app's own handlers, on the test's Date, and resets between tests. */
import { HttpResponse, http } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { ControlError } from '../../mock/control/errors.js'
import { useEmulator } from '../../mock/vitest.js'
import { createLtiProClient } from '../../src/lti-pro/client.js'
import { createZoomClient } from '../../src/zoom/client.js'
import { validatingFetch } from '../contract.js'
import { T0 } from '../helpers.js'

const courses = [{ id: 101, title: 'CS1010' }]
const emulator = useEmulator({
  now: '2026-11-22T12:00:00Z',
  handlers: [http.get('https://lms.example.edu/api/courses', () => HttpResponse.json(courses))],
})
emulator.fetch = validatingFetch(emulator.fetch)

const sync = () =>
  fetch('https://luminus.azure-api.net/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync', {
    headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' },
  })

/** Code under test as real code is written: the real base URL, the global fetch, its own Date.now(). */
const ltiPro = createLtiProClient({ key: 'demo-lti-key', secret: 'demo-lti-secret' })
const listUpcoming = () => ltiPro.listMeetings({ userId: 'demo-host' })

const HOUR = 3_600_000

describe('useEmulator', () => {
  test('answers the real origins from the emulator and journals the calls', async () => {
    emulator.faults.add({ match: { service: 'luminus' }, response: { status: 503 } })
    emulator.setClock({ advanceMs: 1000 })
    emulator.createSandbox()
    expect((await sync()).status).toBe(503)
    expect(emulator.requests({ service: 'luminus' }).count).toBe(1)
  })

  test('starts every test afresh: no fault rules, journal, sandboxes or clock changes left over', async () => {
    expect(emulator.faults.list()).toEqual([])
    expect(emulator.requests().count).toBe(0)
    expect(emulator.worlds.sandboxes.size).toBe(0)
    expect(emulator.clock.now()).toBe(T0)
    expect(Date.now()).toBe(T0)
    expect((await sync()).status).toBe(200)
  })

  test('lets no request through to a real host', async () => {
    await expect(fetch('https://example.com/')).rejects.toThrow()
  })

  test("serves the app's own handlers and the emulator's in one server", async () => {
    expect(await (await fetch('https://lms.example.edu/api/courses')).json()).toEqual(courses)
    expect((await sync()).status).toBe(200)
    await expect(fetch('https://lms.example.edu/api/other')).rejects.toThrow()
  })
})

describe('useEmulator({ now }) and the code under test share one clock', () => {
  test("answers LTI Pro calls signed with the code's own Date.now()", async () => {
    expect(Date.now()).toBe(T0)
    const { data, error } = await listUpcoming()
    expect(error).toBeUndefined()
    expect(data?.total).toBeGreaterThan(0)
  })

  test('moves Date with the emulator clock, in-process and through POST /__emulator/clock', async () => {
    emulator.clock.advance(2 * HOUR)
    expect(Date.now()).toBe(T0 + 2 * HOUR)
    expect((await listUpcoming()).error).toBeUndefined()
    emulator.setClock({ now: '2026-11-23T08:00:00Z' })
    expect(new Date().toISOString()).toBe('2026-11-23T08:00:00.000Z')
    const answer = await fetch('http://127.0.0.1:4010/__emulator/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 3 * HOUR }),
    })
    expect(await answer.json()).toMatchObject({ now: '2026-11-23T11:00:00.000Z' })
    expect(new Date().toISOString()).toBe('2026-11-23T11:00:00.000Z')
    expect((await listUpcoming()).error).toBeUndefined()
  })

  test("moves the emulator clock with Date: vi.setSystemTime and the test's own fake timers", async () => {
    vi.setSystemTime(T0 + HOUR)
    expect(emulator.clock.now()).toBe(T0 + HOUR)
    vi.useFakeTimers()
    expect(Date.now()).toBe(T0 + HOUR)
    vi.advanceTimersByTime(90_000)
    expect(emulator.clockState().now).toBe(new Date(T0 + HOUR + 90_000).toISOString())
    vi.useRealTimers()
    expect((await listUpcoming()).error).toBeUndefined()
    expect(Math.abs(emulator.clock.now() - Date.now())).toBeLessThan(1000)
  })

  test('reports how far the shared time is from the wall clock', () => {
    const { offsetMs } = emulator.clockState()
    expect(Math.abs(offsetMs - (T0 - vi.getRealSystemTime()))).toBeLessThan(1000)
  })

  test('renews Zoom tokens on the same clock: a minute before expiry the client asks for a new one', async () => {
    const zoom = createZoomClient({
      auth: {
        type: 's2s',
        accountId: 'demo-account',
        clientId: 'demo-client-id',
        clientSecret: 'demo-client-secret',
      },
    })
    expect((await zoom.users.get('me')).data?.id).toBe('demo-admin')
    emulator.clock.advance(HOUR - 60_000)
    expect((await zoom.users.get('me')).data?.id).toBe('demo-admin')
    expect(emulator.requests({ path: '/oauth/token' }).count).toBe(2)
    expect(emulator.requests({ status: '4xx' }).count).toBe(0)
  })

  test('gives a sandbox a clock of its own, which Date does not follow', () => {
    const sandbox = emulator.createSandbox()
    sandbox.clock.advance(HOUR)
    expect(Date.now()).toBe(T0)
    emulator.clock.advance(1000)
    expect(sandbox.clock.now()).toBe(T0 + HOUR)
  })

  test('refuses a bad clock change and leaves both clocks where they were', () => {
    expect(() => emulator.setClock({ now: 'tomorrow' })).toThrow(/now must be an ISO instant/)
    expect(() => emulator.clock.advance(Number.NaN)).toThrow(ControlError)
    expect([emulator.clock.now(), Date.now()]).toEqual([T0, T0])
  })
})
