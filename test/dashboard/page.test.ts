/** @module The dashboard's server side: what `/` renders from a world's store, escaping, sandboxes, docs and served files. */
import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { createTestEmulator, createTestWorld, rewrite, T0 } from '../helpers.js'

const page = async (path: string, emulator = createTestEmulator()) => {
  const response = await emulator.request(path)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

describe('the dashboard page', () => {
  test('shows the seeded credentials, users, meetings, courses and LumiNUS meeting', async () => {
    const { status, type, text } = await page('/')
    expect(status).toBe(200)
    expect(type).toMatch(/^text\/html/)
    for (const expected of [
      'demo-lti-key',
      'demo-lti-secret',
      'demo-client-id',
      'demo-subscription-key',
      'admin@example.edu',
      'Week 1 Lecture',
      'Orientation',
      'demo-context-1',
      'CS2030 Programming Methodology II',
      '00000000-0000-4000-8000-000000000001',
      '2026-11-22 12:00:00 UTC',
    ])
      expect(text).toContain(expected)
  })

  test('renders a meeting topic, agenda or name that holds HTML as text', async () => {
    const emulator = createTestEmulator()
    const store = emulator.worlds.defaultWorld.store
    rewrite(store.zoom.meetings, '81000000001', (m) => ({ ...m, topic: '<script>window.pwned = 1</script>' }))
    rewrite(store.zoom.users, 'demo-host', (u) => ({ ...u, first_name: '<img src=x onerror=alert(1)>' }))
    const { text } = await page('/', emulator)
    expect(text).not.toContain('<script>window.pwned')
    expect(text).not.toContain('<img src=x')
    expect(text).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;')
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('puts each meeting under upcoming or past by the world clock', async () => {
    const emulator = createTestEmulator()
    const section = (text: string, id: string) => text.split(`id="${id}"`)[1]?.split('</table>')[0] ?? ''
    const before = (await page('/', emulator)).text
    expect(section(before, 'meetings-upcoming')).toContain('Week 1 Lecture')
    emulator.clock.advance(3 * 24 * 3_600_000)
    const after = (await page('/__emulator/dashboard/world', emulator)).text
    expect(section(after, 'meetings-past')).toContain('Week 1 Lecture')
    expect(section(after, 'meetings-upcoming')).toContain('Consultation hours')
  })

  test('shows a sandbox by its id, with its own credentials, and lists every world in the selector', async () => {
    const emulator = createTestEmulator()
    const credentials = { ...DEMO_CREDENTIALS, lti: { key: 'sandbox-lti-key', secret: 'sandbox-lti-secret' } }
    emulator.worlds.sandboxes.set('sb1', createTestWorld({ id: 'sb1', credentials, clock: { now: T0 } }))
    const { status, text } = await page('/?sandbox=sb1', emulator)
    expect(status).toBe(200)
    expect(text).toContain('sandbox-lti-key')
    expect(text).toContain('data-src="/__emulator/dashboard/world?sandbox=sb1"')
    expect(text).toMatch(/<option value="sb1" selected/)
    expect(text).toContain('<option value="default"')
  })

  test('frames the journal with its filters, pause and clear, and no control-call checkbox', async () => {
    const { text } = await page('/')
    expect(text).toContain('id="journal-filters"')
    for (const name of ['service', 'method', 'status', 'path', 'text'])
      expect(text).toContain(`name="${name}"`)
    expect(text).toContain('<option value="lti-pro">')
    expect(text).toContain('id="journal-pause"')
    expect(text).toContain('id="journal-clear"')
    expect(text).not.toContain('id="journal-control"')
    expect(text).not.toContain('show control API calls')
  })

  test("gives the inspector the shown world's credentials, escaped, to sign copies and replays with", async () => {
    const emulator = createTestEmulator()
    const credentials = { ...DEMO_CREDENTIALS, lti: { key: 'sb-key', secret: `"><script>x</script>` } }
    emulator.worlds.sandboxes.set('sb2', createTestWorld({ id: 'sb2', credentials, clock: { now: T0 } }))
    const { text } = await page('/?sandbox=sb2', emulator)
    const attribute = /<dialog id="inspector"[^>]* data-credentials="([^"]*)"/.exec(text)?.[1] ?? ''
    const decoded = attribute
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&')
    expect(JSON.parse(decoded)).toEqual(credentials)
    expect(text).not.toContain('<script>x</script>')
  })

  test('answers an unknown sandbox with 404 and a way back', async () => {
    const { status, text } = await page('/?sandbox=gone')
    expect(status).toBe(404)
    expect(text).toContain('No sandbox gone')
    expect(text).toContain('href="/"')
  })
})

describe('the docs and served files', () => {
  test('the docs page loads Swagger UI from this origin and lists every contract', async () => {
    const { status, text } = await page('/__emulator/docs')
    expect(status).toBe(200)
    expect(text).toContain('/__emulator/assets/swagger-ui/swagger-ui-bundle.js')
    expect(text).not.toMatch(/src="https?:/)
    for (const file of readdirSync(new URL('../../contracts/', import.meta.url)).filter((f) =>
      f.endsWith('.yaml'),
    ))
      expect(text).toContain(`/__emulator/contracts/${file}`)
  })

  /** What the docs page hands its script: `data-docs`, unescaped. */
  const docsData = (html: string) =>
    JSON.parse(
      (html.match(/data-docs="([^"]*)"/)?.[1] ?? '')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&'),
    ) as { urls: { url: string }[]; world: { id: string; credentials: typeof DEMO_CREDENTIALS } }

  test("the docs page lists the services' contracts first, in the services' order, and the control API last", async () => {
    const { urls, world } = docsData((await page('/__emulator/docs')).text)
    expect(urls.map((link) => link.url.replace('/__emulator/contracts/', ''))).toEqual([
      'lti-pro.yaml',
      'zoom.yaml',
      'luminus.yaml',
      'emulator.yaml',
    ])
    expect(world).toEqual({ id: 'default', credentials: DEMO_CREDENTIALS })
  })

  test("the docs page of a sandbox holds that sandbox's credentials, none of the default world's; an unknown one is 404", async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const { status, text } = await page(`/__emulator/docs?sandbox=${sandbox.id}`, emulator)
    expect(status).toBe(200)
    expect(docsData(text).world).toEqual({ id: sandbox.id, credentials: sandbox.credentials })
    expect(text).not.toContain(DEMO_CREDENTIALS.lti.secret)
    expect(text).toMatch(new RegExp(`<option value="${sandbox.id}" selected`))
    const gone = await page('/__emulator/docs?sandbox=gone', emulator)
    expect(gone.status).toBe(404)
    expect(gone.text).toContain('No sandbox gone')
  })

  test('serves each contract as YAML and Swagger UI files from swagger-ui-dist', async () => {
    const contract = await page('/__emulator/contracts/emulator.yaml')
    expect(contract.type).toMatch(/^application\/yaml/)
    expect(contract.text).toContain('openapi: 3.1.0')
    const bundle = await page('/__emulator/assets/swagger-ui/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(bundle.type).toMatch(/^text\/javascript/)
  })

  test.each([
    '/__emulator/contracts/..%2Fpackage.json',
    '/__emulator/contracts/.hidden.yaml',
    '/__emulator/assets/swagger-ui/..%2F..%2Fpackage.json',
    '/__emulator/assets/nothing.js',
  ])('answers %s with 404, reading nothing outside its folder', async (path) => {
    expect((await page(path)).status).toBe(404)
  })
})
