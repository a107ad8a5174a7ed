/** @module The API docs' "Try it out" in a real browser: each service answers 200 with the world's credentials, on the emulator's clock, in the default world or a sandbox; the page opens on a service with this origin first among the servers. */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { T0 } from '../helpers.js'
import { openPage, screenshot, useDashboard, type WatchedPage } from './browser.js'

const fixture = useDashboard()
let tab: WatchedPage

beforeEach(async () => {
  fixture.emulator.reset()
  tab = await openPage(fixture.browser, fixture.server.url)
  return () => tab.close()
})

const LTI_PRO = 'Zoom LTI Pro API (as emulated by zoom-lti-mock) (lti-pro.yaml)'
const LUMINUS = 'LumiNUS Zoom Conferencing API (luminus.yaml)'

/** The contract picked in Swagger's top bar, once its operations show. */
async function showContract(page: Page, name: string): Promise<void> {
  const picker = page.locator('.topbar select')
  if ((await picker.locator('option:checked').textContent()) !== name)
    await picker.selectOption({ label: name })
  await page.locator('.opblock').first().waitFor()
}

/** Opens an operation, presses "Try it out" then "Execute", and answers the response code Swagger shows. */
async function tryItOut(page: Page, operationId: string): Promise<string> {
  const operation = page.locator(`[id$="-${operationId}"].opblock`)
  await operation.locator('.opblock-summary').click()
  await operation.locator('button.try-out__btn').click()
  await operation.locator('button.execute').click()
  const status = operation.locator('.live-responses-table .response .response-col_status')
  await status.waitFor()
  return ((await status.textContent()) ?? '').trim()
}

const liveBody = async (page: Page, operationId: string) =>
  JSON.parse(
    (await page
      .locator(
        `[id$="-${operationId}"].opblock .live-responses-table .response-col_description pre.microlight`,
      )
      .first()
      .textContent()) ?? 'null',
  ) as unknown

describe('the API docs in a browser', { timeout: 60_000 }, () => {
  test('open on a service with the control API last, and list this origin first among the servers', async () => {
    const { page } = tab
    await page.goto(`${fixture.server.url}/__emulator/docs`)
    await page.locator('.opblock').first().waitFor()
    const picker = page.locator('.topbar select')
    expect(await picker.locator('option:checked').textContent()).toBe(LTI_PRO)
    const names = await picker.locator('option').allTextContents()
    expect(names.at(-1)).toMatch(/\(emulator\.yaml\)$/)
    expect(names.slice(0, -1)).toEqual([LTI_PRO, expect.stringMatching(/\(zoom\.yaml\)$/), LUMINUS])
    const servers = await page.locator('.servers select option').allTextContents()
    expect(servers[0]).toBe(`${fixture.server.url}/api/v1/lti/rich`)
    expect(servers).toContain('https://applications.zoom.us/api/v1/lti/rich')
    const helper = page.locator('.information-container a', { hasText: 'LTI signature helper' })
    expect(await helper.getAttribute('href')).toBe('/#signing')
    await screenshot(page, 'docs-lti-pro-opened', false)
    expect(tab.errors).toEqual([])
    expect(tab.offOrigin).toEqual([])
  })

  test("LTI Pro's meeting list answers 200, signed in the page at the emulator's time (days before the wall clock)", async () => {
    const { page } = tab
    expect(Math.abs(Date.now() - fixture.emulator.clock.now())).toBeGreaterThan(3_600_000)
    await page.goto(`${fixture.server.url}/__emulator/docs`)
    await showContract(page, LTI_PRO)
    expect(await tryItOut(page, 'listMeetings')).toBe('200')
    const body = (await liveBody(page, 'listMeetings')) as { status: boolean; result: { total: number } }
    expect(body.status).toBe(true)
    expect(body.result.total).toBeGreaterThan(0)
    const [entry] = fixture.emulator.requests({ service: 'lti-pro' }).requests
    expect(entry).toMatchObject({ status: 200, auth: { ok: true } })
    await screenshot(page, 'docs-lti-pro-try-it-out', false)
    expect(tab.errors).toEqual([])
  })

  test("LTI Pro's bulk import of the demo example answers 200 and associates the meeting: the body's userId is signed", async () => {
    const { page } = tab
    await page.goto(`${fixture.server.url}/__emulator/docs`)
    await showContract(page, LTI_PRO)
    expect(await tryItOut(page, 'bulkImport')).toBe('200')
    expect(await liveBody(page, 'bulkImport')).toEqual({ status: true, result: 'Processing Bulk Import' })
    const associations = Object.values(fixture.emulator.exportState().lti.associations ?? {})
    expect(associations).toContainEqual(
      expect.objectContaining({ meetingId: '81000000007', contextId: 'demo-context-2' }),
    )
  })

  test("Zoom answers 200 with a token of the world's OAuth app, fetched once and kept until it is refused", async () => {
    const { page } = tab
    const tokenRequests: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/oauth/token') tokenRequests.push(request.url())
    })
    await page.goto(`${fixture.server.url}/__emulator/docs`)
    await showContract(
      page,
      (await page.locator('.topbar select option', { hasText: 'zoom.yaml' }).textContent()) ?? '',
    )
    expect(await tryItOut(page, 'listUsers')).toBe('200')
    expect(
      ((await liveBody(page, 'listUsers')) as { users: { id: string }[] }).users.map((u) => u.id),
    ).toContain('demo-host')
    expect(await tryItOut(page, 'getUser')).toBe('200')
    expect(((await liveBody(page, 'getUser')) as { id: string }).id).toBe('demo-host')
    expect(tokenRequests).toHaveLength(1)

    fixture.emulator.reset()
    const executeAgain = async () => {
      const answer = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/v2/users/demo-host',
      )
      await page.locator('[id$="-getUser"].opblock button.execute').click()
      return (await answer).status()
    }
    expect(await executeAgain()).toBe(401)
    expect(await executeAgain()).toBe(200)
    expect(tokenRequests).toHaveLength(2)
    await screenshot(page, 'docs-zoom-try-it-out', false)
    // The refused call is reported by Chromium as a failed resource.
    expect(tab.errors.filter((e) => !/status of 401/.test(e.text))).toEqual([])
  })

  test("LumiNUS's sync of the demo meeting answers 200 with the world's subscription key", async () => {
    const { page } = tab
    await page.goto(`${fixture.server.url}/__emulator/docs`)
    await showContract(page, LUMINUS)
    expect(await tryItOut(page, 'syncMeeting')).toBe('200')
    expect(await liveBody(page, 'syncMeeting')).toMatchObject({ id: '00000000-0000-4000-8000-000000000001' })
    expect(tab.errors).toEqual([])
  })

  test("a sandbox chosen on the page gets the calls, with the sandbox's credentials and clock", async () => {
    const { page } = tab
    const sandbox = fixture.emulator.createSandbox()
    try {
      sandbox.clock.advance(-3 * 86_400_000)
      await page.goto(`${fixture.server.url}/__emulator/docs`)
      await page.locator('#docs-sandbox').selectOption(sandbox.id)
      await page.waitForURL(`${fixture.server.url}/__emulator/docs?sandbox=${sandbox.id}`)
      await showContract(page, LTI_PRO)
      expect(
        await page
          .locator('.information-container a', { hasText: 'LTI signature helper' })
          .getAttribute('href'),
      ).toBe(`/?sandbox=${sandbox.id}#signing`)
      expect(await tryItOut(page, 'listMeetings')).toBe('200')
      expect(sandbox.requests({ service: 'lti-pro' }).requests).toHaveLength(1)
      expect(fixture.emulator.requests({ service: 'lti-pro' }).requests).toHaveLength(0)
      expect(tab.errors).toEqual([])
    } finally {
      fixture.emulator.deleteSandbox(sandbox.id)
    }
  })

  test('without an admin token, the page holds the world\'s credentials for "Try it out"', async () => {
    const html = await (await fetch(`${fixture.server.url}/__emulator/docs`)).text()
    for (const secret of [
      DEMO_CREDENTIALS.lti.secret,
      DEMO_CREDENTIALS.zoom.clientSecret,
      DEMO_CREDENTIALS.luminus.subscriptionKey,
    ])
      expect(html).toContain(secret)
  })
})

describe('the API docs behind an admin token, in a browser', { timeout: 60_000 }, () => {
  const TOKEN = 'docs-admin-token'
  const emulator = createEmulator({ now: T0, adminToken: TOKEN })
  let guarded: RunningServer
  beforeAll(async () => {
    guarded = await startServer({ port: 0, emulator })
  })
  afterAll(() => guarded?.close())
  const secrets = Object.values(DEMO_CREDENTIALS).flatMap(
    (credentials) => Object.values(credentials) as string[],
  )

  test('hold no credential before the login, and sign "Try it out" with the world\'s after it', async () => {
    const { page } = tab
    expect((await page.goto(`${guarded.url}/__emulator/docs`))?.status()).toBe(401)
    await page.locator('#admin-token').waitFor()
    const before = await page.content()
    for (const secret of secrets) expect(before).not.toContain(secret)
    const script = await (await fetch(`${guarded.url}/__emulator/assets/docs.js`)).text()
    for (const secret of secrets) expect(script).not.toContain(secret)

    await page.fill('#admin-token', TOKEN)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${guarded.url}/__emulator/docs`)
    expect(await page.locator('#swagger-ui').getAttribute('data-docs')).toContain(DEMO_CREDENTIALS.lti.secret)
    await showContract(page, LTI_PRO)
    expect(await tryItOut(page, 'listMeetings')).toBe('200')
    expect(tab.errors.filter((e) => !/status of 401/.test(e.text))).toEqual([])
  })
})
