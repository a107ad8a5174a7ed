/** @module The dashboard's world actions on the server side: the fault rules and sandboxes panels, sandbox credentials only with admin access, and forms that act on the world shown. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { createTestEmulator } from '../helpers.js'

const html = async (emulator: Emulator, path: string, headers: Record<string, string> = {}) => {
  const response = await emulator.request(path, { headers })
  return { status: response.status, text: await response.text() }
}

const secretsOf = (credentials: Record<string, Record<string, string>>) =>
  Object.values(credentials).flatMap((service) => Object.values(service))

describe('the fault rules panel', () => {
  test('lists each rule with what it matches, what it does and how often it fired', async () => {
    const emulator = createTestEmulator()
    emulator.faults.add({
      match: { service: 'zoom', path: '/v2/users' },
      response: { status: 503 },
      times: 2,
    })
    emulator.faults.add({ match: { method: 'post' }, delayMs: 250, drop: true, probability: 0.5 })
    expect((await emulator.request('/v2/users')).status).toBe(503)
    const { text } = await html(emulator, '/__emulator/dashboard/world')
    expect(text).toContain('<tr data-fault="fault-1">')
    expect(text).toContain('zoom · any method · /v2/users</td><td>answer 503</td><td>1 of 2</td>')
    expect(text).toContain(
      'any service · POST · any path</td><td>wait 250 ms, then drop the connection (chance 0.5)</td><td>0</td>',
    )
    expect(text).toContain('data-action="clear-faults"')
  })

  test('offers every service and outbound name the rules can match', async () => {
    const { text } = await html(createTestEmulator(), '/')
    for (const name of ['lti-pro', 'zoom', 'zoom-webhook', 'luminus'])
      expect(text).toContain(`<option value="${name}">${name}</option>`)
    expect(text).toContain('No fault rules.')
  })
})

describe('the sandboxes panel', () => {
  test('GET /__emulator/sandboxes answers the list the panel shows', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const listed = await emulator.request('/__emulator/sandboxes')
    expect(listed.status).toBe(200)
    expect(await listed.json()).toEqual({ sandboxes: [{ id: sandbox.id, credentials: sandbox.credentials }] })
  })

  test('without an admin token, shows every sandbox with a copy button per credential', async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const { status, text } = await html(emulator, '/__emulator/dashboard/sandboxes')
    expect(status).toBe(200)
    for (const secret of secretsOf(sandbox.credentials as never))
      expect(text).toContain(`data-copy="${secret}"`)
    expect((await html(emulator, '/')).text).toContain(`data-copy="${sandbox.credentials.zoom.clientSecret}"`)
  })

  test('with an admin token, shows sandbox credentials only to a request that carries it', async () => {
    const emulator = createTestEmulator({ adminToken: 'panel-token' })
    const sandbox = emulator.createSandbox()
    const secrets = secretsOf(sandbox.credentials as never)
    for (const path of ['/__emulator/dashboard/sandboxes', '/']) {
      const refused = await html(emulator, path)
      expect(refused.status).toBe(401)
      for (const secret of [...secrets, sandbox.id]) expect(refused.text).not.toContain(secret)
      const shown = await html(emulator, path, { authorization: 'Bearer panel-token' })
      expect(shown.status).toBe(200)
      for (const secret of secrets) expect(shown.text).toContain(secret)
    }
  })

  test('marks the sandbox the page shows', async () => {
    const emulator = createTestEmulator()
    const [first, second] = [emulator.createSandbox(), emulator.createSandbox()]
    const { text } = await html(emulator, `/__emulator/dashboard/sandboxes?sandbox=${second.id}`)
    expect(text).toContain(`${second.id}</a> (shown)`)
    expect(text).not.toContain(`${first.id}</a> (shown)`)
  })
})

describe('the record forms', () => {
  test('a form for each kind the seeding API creates, each field labelled', async () => {
    const { text } = await html(createTestEmulator(), '/')
    for (const [form, seed] of [
      ['zoom-user-form', 'zoom.users'],
      ['zoom-meeting-form', 'zoom.meetings'],
      ['lti-course-form', 'lti.courses'],
      ['lti-association-form', 'lti.associations'],
      ['luminus-module-form', 'luminus.modules'],
      ['luminus-user-form', 'luminus.users'],
      ['luminus-staff-form', 'luminus.staff'],
      ['luminus-meeting-form', 'luminus.meetings'],
    ])
      expect(text).toMatch(
        new RegExp(`<form id="${form}" class="action-form record-form" novalidate="" data-seed="${seed}"`),
      )
    const unlabelled = [...text.matchAll(/<(input|select)\b[^>]*>/g)].filter((m) => {
      const before = text.slice(0, m.index)
      return before.lastIndexOf('<label') <= before.lastIndexOf('</label>') && !m[0].includes('aria-label')
    })
    expect(unlabelled.map((m) => m[0])).toEqual([])
  })

  test("a sandbox's Zoom forms take that sandbox's OAuth client from its credentials panel, and hold no secret", async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    const { text } = await html(emulator, `/__emulator/dashboard/world?sandbox=${sandbox.id}`)
    const { accountId, clientId, clientSecret } = sandbox.credentials.zoom
    const panel = /<section id="credentials"[\s\S]*?<\/section>/.exec(text)?.[0] ?? ''
    expect(panel).toContain(`data-credential="zoom-account-id">${accountId}</code>`)
    expect(panel).toContain(`data-credential="zoom-client-id">${clientId}</code>`)
    expect(panel).toContain(`data-credential="zoom-client-secret">${clientSecret}</code>`)
    const forms = /<section id="zoom-edit"[\s\S]*?<\/section>/.exec(text)?.[0] ?? ''
    expect(forms).toContain('data-entry="/v2/meetings/" data-noun="Zoom meeting" data-auth="zoom"')
    expect(forms).not.toContain(clientSecret)
    expect(text).toContain('data-entry="/__emulator/state/lti/courses/"')
  })
})
