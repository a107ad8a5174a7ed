/** @module The dashboard behind an admin token in a real browser: the login form, then the world and its controls on the cookie. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { T0 } from '../helpers.js'
import { launchChromium, openPage, screenshot, type WatchedPage } from './browser.js'

const TOKEN = 'browser-admin-token'
const emulator = createEmulator({ now: T0, adminToken: TOKEN })
let server: RunningServer
let browser: Browser
let tab: WatchedPage

beforeAll(async () => {
  server = await startServer({ port: 0, emulator })
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  emulator.reset()
  tab = await openPage(browser, server.url)
  return () => tab.close()
})

/** The first page load answers 401 (the login form), which Chromium reports as a failed resource. */
const unexpectedErrors = () => tab.errors.filter((e) => !/status of 401/.test(e.text))

describe('the dashboard behind an admin token, in a browser', () => {
  test('shows the login form; the token opens the world, whose controls work on the cookie', async () => {
    const { page } = tab
    const first = await page.goto(server.url)
    expect(first?.status()).toBe(401)
    await page.locator('#admin-token').waitFor()
    expect(await page.content()).not.toContain('demo-lti-secret')
    await screenshot(page, 'dashboard-login')

    await page.fill('#admin-token', 'not-the-token')
    await page.click('button[type="submit"]')
    expect(await page.locator('[role="alert"]').textContent()).toContain('That is not the admin token.')

    await page.fill('#admin-token', TOKEN)
    await page.click('button[type="submit"]')
    await page.locator('#credentials').waitFor()
    expect(await page.locator('#credentials').textContent()).toContain('demo-lti-secret')
    const [cookie] = await page.context().cookies()
    expect(cookie).toMatchObject({
      name: 'zoom_lti_mock_admin',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    })
    expect(cookie?.value).not.toContain(TOKEN)

    await page.click('button[data-action="advance"][data-ms="3600000"]')
    await page.locator('#clock-now:text("2026-11-22 13:00:00 UTC")').waitFor()
    expect(emulator.clock.now()).toBe(T0 + 3_600_000)
    expect(await page.locator('#status').textContent()).toContain('done')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.click('button[data-action="reset"]')
    await page.locator('#clock-now:text("2026-11-22 12:00:00 UTC")').waitFor()
    await page.locator('#journal-note:not(:text("Loading…"))').waitFor()
    expect(await page.locator('#journal-note').textContent()).not.toContain('401')
    await screenshot(page, 'dashboard-logged-in')

    await page.click('form.logout button')
    await page.locator('#admin-token').waitFor()
    expect(await page.context().cookies()).toEqual([])
    expect(unexpectedErrors()).toEqual([])
    expect(tab.offOrigin).toEqual([])
  })

  test('the API docs ask for the token too, then open', async () => {
    const { page } = tab
    expect((await page.goto(`${server.url}/__emulator/docs`))?.status()).toBe(401)
    await page.fill('#admin-token', TOKEN)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${server.url}/__emulator/docs`)
    await page.locator('.swagger-ui .information-container').waitFor()
    // "Try it out" fetches from this origin, which carry the login cookie.
    expect(await page.evaluate(() => fetch('/__emulator/state').then((r) => r.status))).toBe(200)
    expect(unexpectedErrors()).toEqual([])
  })
})
