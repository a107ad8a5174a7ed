/** @module Acting on the world from the dashboard in a real browser: fault rules, sandboxes, copy buttons, record forms, reset's confirmation, all seen through the APIs. */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { validatingFetch } from '../contract.js'
import { T0 } from '../helpers.js'
import { openPage, screenshot, useDashboard, type WatchedPage } from './browser.js'
import {
  clipboardText,
  isOpen,
  layoutProblems,
  openEveryRecordForm,
  refuseClipboard,
  selectedInput,
} from './client-action-probes.js'

const dashboard = useDashboard()
const { emulator } = dashboard
let tab: WatchedPage

beforeEach(async () => {
  emulator.reset()
  for (const sandbox of emulator.listSandboxes()) emulator.deleteSandbox(sandbox.id)
  tab = await openPage(dashboard.browser, dashboard.server.url)
  await tab.page.goto(dashboard.server.url)
  return () => tab.close()
})

/** A request to the served emulator from the test, its answer checked against the contracts. */
const served = (path: string, init?: RequestInit) =>
  validatingFetch((request) => fetch(request))(`${dashboard.server.url}${path}`, init)

async function zoomGet(path: string): Promise<Response> {
  const { accountId, clientId, clientSecret } = DEMO_CREDENTIALS.zoom
  const grant = await served(`/oauth/token?grant_type=account_credentials&account_id=${accountId}`, {
    method: 'POST',
    headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
  })
  const { access_token } = (await grant.json()) as { access_token: string }
  return served(path, { headers: { authorization: `Bearer ${access_token}` } })
}

/** Opens a record form's details and picks an entity (or a new one, ''). */
async function pick(page: Page, form: string, record = ''): Promise<void> {
  const details = page.locator(`#${form}-details`)
  if (!(await details.evaluate(isOpen))) await details.locator('summary').click()
  await page.selectOption(`#${form} select[name="record"]`, record)
}

const message = (page: Page, form: string) => page.locator(`#${form} [data-role="message"]`)

/** Answers the page's next `confirm()`, resolving with what it asked. */
const answerNextConfirm = (page: Page, accept: boolean): Promise<string> =>
  new Promise((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.message())
      void (accept ? dialog.accept() : dialog.dismiss())
    }),
  )

/** Accepts every `confirm()` the page asks from now on. */
const acceptEveryConfirm = (page: Page) => page.on('dialog', (dialog) => void dialog.accept())

describe('acting on the world from the dashboard', () => {
  test('a fault rule added from the page fires, shows its firing, and stops when removed', async () => {
    const { page } = tab
    await page.selectOption('#fault-form select[name="service"]', 'zoom')
    await page.selectOption('#fault-form select[name="method"]', 'GET')
    await page.fill('#fault-form input[name="path"]', '/v2/users*')
    await page.fill('#fault-form input[name="status"]', '503')
    await page.fill('#fault-form input[name="body"]', '{"code":503,"message":"Zoom is down"}')
    await page.fill('#fault-form input[name="times"]', '5')
    await page.click('#fault-form button[type="submit"]')
    await page.locator('#faults-table tr[data-fault="fault-1"]').waitFor()
    expect(emulator.faults.list()).toMatchObject([
      { id: 'fault-1', match: { service: 'zoom', method: 'GET', path: '/v2/users*' }, times: 5 },
    ])

    const hit = await fetch(`${dashboard.server.url}/v2/users`)
    expect(hit.status).toBe(503)
    expect(hit.headers.get('x-emulator-fault')).toBe('fault-1')
    expect(await hit.json()).toEqual({ code: 503, message: 'Zoom is down' })
    await page.locator('#faults-table tr[data-fault="fault-1"] td:nth-child(4):text-is("1 of 5")').waitFor()

    await page.click('button[data-action="remove-fault"][data-fault="fault-1"]')
    await page.locator('p#faults-table:text("No fault rules.")').waitFor()
    expect(emulator.faults.list()).toEqual([])
    expect((await fetch(`${dashboard.server.url}/v2/users`)).status).toBe(401)
  })

  test('"Remove every rule" empties the list', async () => {
    const { page } = tab
    emulator.faults.add({ match: { service: 'luminus' }, drop: true })
    emulator.faults.add({ match: {}, delayMs: 10 })
    await page.reload()
    expect(await page.locator('#faults-table tbody tr').count()).toBe(2)
    await page.click('button[data-action="clear-faults"]')
    await page.locator('p#faults-table:text("No fault rules.")').waitFor()
    expect(emulator.faults.list()).toEqual([])
  })

  test("a rule the API refuses shows the API's message next to the form and adds nothing", async () => {
    const { page } = tab
    await page.fill('#fault-form input[name="status"]', '99')
    await page.click('#fault-form button[type="submit"]')
    await message(page, 'fault-form').filter({ hasText: 'response.status must be a whole number' }).waitFor()
    expect(await message(page, 'fault-form').getAttribute('class')).toContain('error')
    expect(emulator.faults.list()).toEqual([])
  })

  test('a sandbox is created and deleted from the page', async () => {
    const { page } = tab
    await page.click('button[data-action="create-sandbox"]')
    await page.locator('#sandboxes article.sandbox').waitFor()
    const [created] = emulator.listSandboxes()
    expect(created).toBeDefined()
    const article = page.locator(`article[data-sandbox="${created?.id}"]`)
    expect(await article.textContent()).toContain(created?.credentials.lti.secret)
    expect(await page.locator(`#sandbox-select option[value="${created?.id}"]`).count()).toBe(1)

    acceptEveryConfirm(page)
    await article.locator('button[data-action="delete-sandbox"]').click()
    await page.locator('#sandboxes p.empty').waitFor()
    expect(emulator.listSandboxes()).toEqual([])
    expect(await page.locator(`#sandbox-select option[value="${created?.id}"]`).count()).toBe(0)
  })

  test('a copy button puts the credential on the clipboard, or selects it when the browser refuses', async () => {
    const { page } = tab
    const sandbox = emulator.createSandbox()
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: dashboard.server.url })
    await page.reload()
    const copyKey = page.locator(
      `article[data-sandbox="${sandbox.id}"] button[aria-label="Copy Zoom LTI Pro secret of ${sandbox.id}"]`,
    )
    await copyKey.click()
    await page.locator('#status').filter({ hasText: 'Copied' }).waitFor()
    expect(await page.evaluate(clipboardText)).toBe(sandbox.credentials.lti.secret)

    await page.evaluate(refuseClipboard)
    await copyKey.click()
    const fallback = page.locator(`article[data-sandbox="${sandbox.id}"] input.copy-fallback`)
    await fallback.waitFor()
    expect(await fallback.evaluate(selectedInput)).toEqual({
      value: sandbox.credentials.lti.secret,
      readOnly: true,
      focused: true,
      selected: sandbox.credentials.lti.secret,
    })
  })

  test("a meeting created from the page is seen through Zoom's API, then edited and deleted there", async () => {
    const { page } = tab
    await pick(page, 'zoom-meeting-form')
    await page.selectOption('#zoom-meeting-form select[name="host_id"]', 'demo-host')
    await page.fill('#zoom-meeting-form input[name="topic"]', 'Made on the page')
    await page.fill('#zoom-meeting-form input[name="start_time"]', '2026-12-01T09:00')
    await page.fill('#zoom-meeting-form input[name="duration"]', '45')
    await page.click('#zoom-meeting-form button[data-role="submit"]')
    await message(page, 'zoom-meeting-form').filter({ hasText: 'Created Zoom meeting' }).waitFor()
    await page.locator('#zoom-meeting-form button[data-role="submit"]:focus').waitFor()
    const id = /Created Zoom meeting (\d+)/.exec(
      (await message(page, 'zoom-meeting-form').textContent()) ?? '',
    )?.[1]
    const created = await zoomGet(`/v2/meetings/${id}`)
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({
      topic: 'Made on the page',
      start_time: '2026-12-01T09:00:00Z',
      duration: 45,
      host_id: 'demo-host',
    })

    await pick(page, 'zoom-meeting-form', String(id))
    expect(await page.inputValue('#zoom-meeting-form input[name="topic"]')).toBe('Made on the page')
    expect(await page.locator('#zoom-meeting-form select[name="host_id"]').isDisabled()).toBe(true)
    await page.fill('#zoom-meeting-form input[name="topic"]', 'Renamed on the page')
    await page.click('#zoom-meeting-form button[data-role="submit"]')
    await message(page, 'zoom-meeting-form').filter({ hasText: 'Saved Zoom meeting' }).waitFor()
    expect(await (await zoomGet(`/v2/meetings/${id}`)).json()).toMatchObject({
      topic: 'Renamed on the page',
      duration: 45,
    })

    await pick(page, 'zoom-meeting-form', String(id))
    acceptEveryConfirm(page)
    await page.click('#zoom-meeting-form button[data-role="delete"]')
    await message(page, 'zoom-meeting-form').filter({ hasText: 'Deleted Zoom meeting' }).waitFor()
    expect((await zoomGet(`/v2/meetings/${id}`)).status).toBe(404)
    await screenshot(page, 'dashboard-world-actions')
  })

  test('Start now starts an instance of a meeting, which End now in its instance row ends, as the control API would', async () => {
    const { page } = tab
    const id = '81000000003'
    const row = page.locator(`#zoom-meetings tr[data-meeting="${id}"]`)
    await row.getByRole('button', { name: `Start now: meeting ${id}` }).click()
    await page
      .locator('#status')
      .filter({ hasText: `Started meeting ${id}` })
      .waitFor()
    const live = page.locator('#instances-live tr[data-instance]').filter({ hasText: id })
    await live.waitFor()
    expect(emulator.exportState().zoom.instances).toEqual(
      expect.objectContaining({ [(await live.getAttribute('data-instance')) as string]: expect.anything() }),
    )
    await live.getByRole('button', { name: `End now: meeting ${id}` }).click()
    await page
      .locator('#status')
      .filter({ hasText: `Ended meeting ${id}` })
      .waitFor()
    await page
      .locator('#instances-live tr[data-instance]')
      .filter({ hasText: id })
      .waitFor({ state: 'detached' })
    const past = (await (await zoomGet(`/v2/past_meetings/${id}/instances`)).json()) as {
      meetings: unknown[]
    }
    expect(past.meetings).toHaveLength(1)
  })

  test('a Zoom user is created, renamed and deleted from the page', async () => {
    const { page } = tab
    await pick(page, 'zoom-user-form')
    await page.fill('#zoom-user-form input[name="email"]', 'page-user@example.edu')
    await page.fill('#zoom-user-form input[name="first_name"]', 'Page')
    await page.click('#zoom-user-form button[data-role="submit"]')
    await message(page, 'zoom-user-form').filter({ hasText: 'Created Zoom user' }).waitFor()
    expect((await zoomGet('/v2/users/page-user@example.edu')).status).toBe(200)

    const user = [...emulator.worlds.defaultWorld.store.zoom.users.values()].find(
      (u) => u.email === 'page-user@example.edu',
    )
    await pick(page, 'zoom-user-form', user?.id)
    await page.fill('#zoom-user-form input[name="last_name"]', 'Renamed')
    await page.click('#zoom-user-form button[data-role="submit"]')
    await message(page, 'zoom-user-form').filter({ hasText: 'Saved Zoom user' }).waitFor()
    expect(await (await zoomGet('/v2/users/page-user@example.edu')).json()).toMatchObject({
      first_name: 'Page',
      last_name: 'Renamed',
    })
    await pick(page, 'zoom-user-form', user?.id)
    acceptEveryConfirm(page)
    await page.click('#zoom-user-form button[data-role="delete"]')
    await message(page, 'zoom-user-form').filter({ hasText: 'Deleted Zoom user' }).waitFor()
    expect((await zoomGet('/v2/users/page-user@example.edu')).status).toBe(404)
  })

  test('bad input in a record form shows the API message and adds nothing', async () => {
    const { page } = tab
    const before = emulator.exportState()
    await pick(page, 'zoom-meeting-form')
    await page.fill('#zoom-meeting-form input[name="topic"]', 'x'.repeat(201))
    await page.click('#zoom-meeting-form button[data-role="submit"]')
    await message(page, 'zoom-meeting-form').filter({ hasText: 'HTTP 400' }).waitFor()
    expect(await message(page, 'zoom-meeting-form').textContent()).toContain('zoom.meetings[0].topic')
    expect(emulator.exportState().zoom).toEqual(before.zoom)
  })

  test('LTI Pro courses and LumiNUS records are created, edited and deleted; one still referred to stays', async () => {
    const { page } = tab
    acceptEveryConfirm(page)
    await pick(page, 'lti-course-form')
    await page.fill('#lti-course-form input[name="contextId"]', 'page-course')
    await page.fill('#lti-course-form input[name="title"]', 'Course from the page')
    await page.click('#lti-course-form button[data-role="submit"]')
    await message(page, 'lti-course-form').filter({ hasText: 'Created LTI Pro course page-course' }).waitFor()
    const courseKey = `${DEMO_CREDENTIALS.lti.key}|https://lms.example.edu|page-course`
    await pick(page, 'lti-course-form', courseKey)
    await page.fill('#lti-course-form input[name="title"]', 'Renamed course')
    await page.click('#lti-course-form button[data-role="submit"]')
    await message(page, 'lti-course-form').filter({ hasText: 'Saved' }).waitFor()
    expect(emulator.exportState().lti.courses?.[courseKey]?.title).toBe('Renamed course')
    await pick(page, 'lti-course-form', courseKey)
    await page.click('#lti-course-form button[data-role="delete"]')
    await message(page, 'lti-course-form').filter({ hasText: 'Deleted' }).waitFor()
    expect(emulator.exportState().lti.courses?.[courseKey]).toBeUndefined()

    await pick(page, 'luminus-module-form')
    await page.fill('#luminus-module-form input[name="code"]', 'CS9999')
    await page.click('#luminus-module-form button[data-role="submit"]')
    await message(page, 'luminus-module-form').filter({ hasText: 'Created LumiNUS module' }).waitFor()
    const module = Object.values(emulator.exportState().luminus.modules ?? {}).find(
      (m) => m.code === 'CS9999',
    )
    await pick(page, 'luminus-staff-form')
    await page.selectOption('#luminus-staff-form select[name="moduleId"]', module?.id ?? '')
    await page.selectOption('#luminus-staff-form select[name="access"]', 'read')
    await page.click('#luminus-staff-form button[data-role="submit"]')
    await message(page, 'luminus-staff-form').filter({ hasText: 'Created' }).waitFor()

    await pick(page, 'luminus-module-form', module?.id)
    await page.click('#luminus-module-form button[data-role="delete"]')
    await message(page, 'luminus-module-form').filter({ hasText: 'still referred to' }).waitFor()
    expect(emulator.exportState().luminus.modules?.[module?.id ?? '']).toBeDefined()

    const staffKey = `${module?.id}|e0000001`
    await pick(page, 'luminus-staff-form', staffKey)
    await page.selectOption('#luminus-staff-form select[name="access"]', 'full')
    await page.click('#luminus-staff-form button[data-role="submit"]')
    await message(page, 'luminus-staff-form').filter({ hasText: 'Saved' }).waitFor()
    expect(emulator.exportState().luminus.staff?.[staffKey]?.access).toBe('full')
    await pick(page, 'luminus-staff-form', staffKey)
    await page.click('#luminus-staff-form button[data-role="delete"]')
    await message(page, 'luminus-staff-form').filter({ hasText: 'Deleted' }).waitFor()
    await pick(page, 'luminus-module-form', module?.id)
    await page.click('#luminus-module-form button[data-role="delete"]')
    await message(page, 'luminus-module-form').filter({ hasText: 'Deleted' }).waitFor()
    expect(emulator.exportState().luminus.modules?.[module?.id ?? '']).toBeUndefined()
  })

  test('deleting a record asks first: cancel leaves it, confirm deletes it', async () => {
    const { page } = tab
    const seeded = await served('/__emulator/seed', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lti: { courses: [{ contextId: 'doomed', title: 'Doomed course' }] } }),
    })
    expect(seeded.status).toBe(201)
    const key = `${DEMO_CREDENTIALS.lti.key}|https://lms.example.edu|doomed`
    await page.reload()
    await pick(page, 'lti-course-form', key)

    const asked = answerNextConfirm(page, false)
    await page.click('#lti-course-form button[data-role="delete"]')
    expect(await asked).toBe('Delete LTI Pro course doomed Doomed course? This cannot be undone.')
    await message(page, 'lti-course-form').filter({ hasText: 'Delete cancelled' }).waitFor()
    expect(emulator.exportState().lti.courses?.[key]?.title).toBe('Doomed course')

    void answerNextConfirm(page, true)
    await page.click('#lti-course-form button[data-role="delete"]')
    await message(page, 'lti-course-form').filter({ hasText: 'Deleted' }).waitFor()
    expect(emulator.exportState().lti.courses?.[key]).toBeUndefined()
  })

  test('deleting a sandbox asks first: cancel leaves it, confirm deletes it', async () => {
    const { page } = tab
    const sandbox = emulator.createSandbox()
    await page.reload()
    const remove = page.locator(`article[data-sandbox="${sandbox.id}"] button[data-action="delete-sandbox"]`)

    const asked = answerNextConfirm(page, false)
    await remove.click()
    expect(await asked).toContain(`Delete sandbox ${sandbox.id}?`)
    await page.locator('#status').filter({ hasText: 'Delete cancelled' }).waitFor()
    expect(emulator.listSandboxes().map((s) => s.id)).toEqual([sandbox.id])
    expect(await page.locator(`#sandbox-select option[value="${sandbox.id}"]`).count()).toBe(1)

    void answerNextConfirm(page, true)
    await remove.click()
    await page.locator('#sandboxes p.empty').waitFor()
    expect(emulator.listSandboxes()).toEqual([])
  })

  test('a fault rule added with response headers answers with them; a line that is no header adds nothing; they are off unless the rule answers', async () => {
    const { page } = tab
    await page.selectOption('#fault-form select[name="service"]', 'zoom')
    await page.fill('#fault-form input[name="status"]', '429')
    await page.fill('#fault-form textarea[name="headers"]', 'not a header')
    await page.click('#fault-form button[type="submit"]')
    await message(page, 'fault-form').filter({ hasText: '"not a header" is not a header line' }).waitFor()
    expect(emulator.faults.list()).toEqual([])

    await page.check('#fault-form input[name="does"][value="drop"]')
    for (const field of ['input[name="status"]', 'input[name="body"]', 'textarea[name="headers"]'])
      expect(await page.locator(`#fault-form ${field}`).isDisabled(), field).toBe(true)
    await page.check('#fault-form input[name="does"][value="answer"]')
    await page.fill('#fault-form textarea[name="headers"]', 'Retry-After: 30\nX-RateLimit-Type: QPS\n')
    await page.click('#fault-form button[type="submit"]')
    const row = page.locator('#faults-table tr[data-fault="fault-1"]')
    await row.waitFor()
    expect(await row.textContent()).toContain('answer 429 with Retry-After: 30, X-RateLimit-Type: QPS')
    expect(emulator.faults.list()).toMatchObject([
      { response: { status: 429, headers: { 'Retry-After': '30', 'X-RateLimit-Type': 'QPS' } } },
    ])
    const hit = await fetch(`${dashboard.server.url}/v2/users`)
    expect(hit.status).toBe(429)
    expect(hit.headers.get('retry-after')).toBe('30')
    expect(hit.headers.get('x-ratelimit-type')).toBe('QPS')
  })

  test('Reset asks first: cancel changes nothing, confirm resets the world', async () => {
    const { page } = tab
    emulator.faults.add({ match: { service: 'zoom' }, response: { status: 500 } })
    let asked = ''
    page.once('dialog', (dialog) => {
      asked = dialog.message()
      void dialog.dismiss()
    })
    await page.click('button[data-action="reset"]')
    await page.locator('#status').filter({ hasText: 'Reset cancelled' }).waitFor()
    expect(asked).toContain('Reset the default world to its seed?')
    expect(emulator.faults.list()).toHaveLength(1)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.click('button[data-action="reset"]')
    await page.locator('#status').filter({ hasText: 'done' }).waitFor()
    expect(emulator.faults.list()).toEqual([])
  })

  test('what was typed in a form survives the panels being refreshed', async () => {
    const { page } = tab
    await pick(page, 'luminus-user-form')
    await page.fill('#luminus-user-form input[name="name"]', 'Half typed')
    await page.locator('#clock-set').focus()
    await page.click('button[data-action="advance"][data-ms="3600000"]')
    await page.locator('#clock-now:text("2026-11-22 13:00:00 UTC")').waitFor()
    expect(await page.inputValue('#luminus-user-form input[name="name"]')).toBe('Half typed')
    expect(await page.locator('#luminus-user-form-details').evaluate(isOpen)).toBe(true)
  })

  test('at 390 px every form fits its card and every field has a label', async () => {
    const { page } = tab
    await page.setViewportSize({ width: 390, height: 844 })
    await page.evaluate(openEveryRecordForm)
    emulator.createSandbox()
    await page.click('button[data-action="create-sandbox"]')
    await page.locator('#sandboxes article.sandbox >> nth=1').waitFor()
    const problems = await page.evaluate(layoutProblems, 390)
    expect(problems).toEqual([])
    await screenshot(page, 'dashboard-world-actions-390')
    expect(tab.errors).toEqual([])
    expect(tab.offOrigin).toEqual([])
  })
})

describe('acting on the world behind an admin token', () => {
  const guarded = createEmulator({ now: T0, adminToken: 'actions-token' })
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, emulator: guarded })
  })
  afterAll(() => server?.close())

  test('sandbox credentials show only after the login, and the buttons and forms work on its cookie', async () => {
    const sandbox = guarded.createSandbox()
    const guardedTab = await openPage(dashboard.browser, server.url)
    const { page } = guardedTab
    expect((await page.goto(server.url))?.status()).toBe(401)
    const before = await page.content()
    for (const secret of [sandbox.id, sandbox.credentials.lti.secret, sandbox.credentials.zoom.clientSecret])
      expect(before).not.toContain(secret)

    await page.fill('#admin-token', 'actions-token')
    await page.click('button[type="submit"]')
    await page.locator(`article[data-sandbox="${sandbox.id}"]`).waitFor()
    expect(await page.locator('#sandboxes').textContent()).toContain(sandbox.credentials.lti.secret)
    await page.click('button[data-action="create-sandbox"]')
    await page.locator('#sandboxes article.sandbox >> nth=1').waitFor()
    expect(guarded.listSandboxes()).toHaveLength(2)
    await page.fill('#fault-form input[name="status"]', '502')
    await page.click('#fault-form button[type="submit"]')
    await page.locator('#faults-table tr[data-fault="fault-1"]').waitFor()
    expect(guarded.faults.list()).toMatchObject([{ response: { status: 502 } }])
    await guardedTab.close()
  })
})
