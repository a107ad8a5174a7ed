/** @module The dashboard in a real browser, through the public HTTP surface as a developer would use it: the APIs change the world, the page's controls drive it. */
import { beforeEach, describe, expect, test } from 'vitest'
import { createDemoMeeting, openPage, screenshot, useDashboard, type WatchedPage } from './browser.js'

const dashboard = useDashboard()
let tab: WatchedPage

beforeEach(async () => {
  expect((await call('/__emulator/reset', { method: 'POST' })).status).toBe(204)
  tab = await openPage(dashboard.browser, dashboard.server.url)
  await tab.page.goto(dashboard.server.url)
  return () => tab.close()
})

const call = (path: string, init?: RequestInit) => fetch(`${dashboard.server.url}${path}`, init)

async function createZoomMeeting(topic: string): Promise<string> {
  const created = await createDemoMeeting(dashboard.server.url, topic)
  expect(created.status).toBe(201)
  return String(((await created.json()) as { id: number }).id)
}

describe('the dashboard against the merged emulator', () => {
  test('the journal shows an API request with its auth verdict and diagnostic, and the page logs no error', async () => {
    const { page } = tab
    const rejected = await call(
      '/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=1&userId=demo-host',
      {
        headers: { 'X-Lti-Signature': 'wrong' },
      },
    )
    expect(rejected.status).toBe(401)
    const row = page.locator('#journal-rows tr[data-request]', {
      hasText: '/api/v1/lti/rich/open/meeting/list',
    })
    await row.waitFor()
    const text = (await row.textContent()) ?? ''
    expect(text).toContain('401')
    expect(text).toContain('✗ rejected')
    const diagnostic = await row.locator('xpath=following-sibling::tr[1][@class="diagnostic"]').textContent()
    expect(diagnostic).toMatch(/\S/)
    expect(`${text} ${diagnostic}`).not.toContain('demo-lti-secret')
    await screenshot(page, 'dashboard-journal')
    expect(tab.errors).toEqual([])
    expect(tab.offOrigin).toEqual([])
  })

  test('a meeting created through the Zoom API appears', async () => {
    const id = await createZoomMeeting('Created through the API')
    const row = tab.page.locator(`#meetings-upcoming tr[data-meeting="${id}"]`)
    await row.waitFor()
    expect(await row.locator('td.topic').textContent()).toBe('Created through the API')
  })

  test("the page's clock control moves a meeting from upcoming to past", async () => {
    const { page } = tab
    await page.locator('#meetings-upcoming tr[data-meeting="81000000001"]').waitFor()
    await page.getByRole('button', { name: '+1 week' }).click()
    await page.locator('#meetings-past tr[data-meeting="81000000001"]').waitFor()
    const clock = (await (await call('/__emulator/clock')).json()) as { now: string }
    expect(clock.now).toBe('2026-11-29T12:00:00.000Z')
    await page.fill('#clock-set', '2026-12-31T00:00:00')
    await page.getByRole('button', { name: 'Set', exact: true }).click()
    await page.locator('#clock-now', { hasText: '2026-12-31 00:00:00 UTC' }).waitFor()
  })

  test('reset restores the seed: the clock, and no meeting created since', async () => {
    const { page } = tab
    const id = await createZoomMeeting('Gone after reset')
    await page.locator(`tr[data-meeting="${id}"]`).waitFor()
    await page.getByRole('button', { name: '+1 day' }).click()
    await page.locator('#clock-now', { hasText: '2026-11-23 12:00:00 UTC' }).waitFor()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Reset world' }).click()
    await page.locator(`tr[data-meeting="${id}"]`).waitFor({ state: 'detached' })
    expect(await page.locator('#clock-now').textContent()).toBe('2026-11-22 12:00:00 UTC')
    expect(await page.locator('#meetings-upcoming tr[data-meeting="81000000001"]').count()).toBe(1)
  })

  test("the signing helper's request is accepted by the LTI Pro list API", async () => {
    const { page } = tab
    await page.getByRole('button', { name: 'Emulator now' }).click()
    await page.getByRole('button', { name: 'Send this request' }).click()
    await page.locator('#signer-result', { hasText: /^HTTP \d+/ }).waitFor()
    expect(await page.locator('#signer-result').textContent()).toMatch(/^HTTP 200\n[\s\S]*"status": true/)
    const signature = (await page.locator('#signer-signature').textContent()) ?? ''
    const url = /'(http[^']+)'/.exec((await page.locator('#signer-curl').textContent()) ?? '')?.[1] ?? ''
    const response = await fetch(url, { headers: { 'X-Lti-Signature': signature } })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: true })
  })

  test('a sandbox shows its own credentials and its clock moves alone', async () => {
    const created = await call('/__emulator/sandboxes', { method: 'POST' })
    const { id, credentials } = (await created.json()) as {
      id: string
      credentials: { lti: { key: string } }
    }
    const { page } = tab
    await page.reload() // the selector lists the worlds as they were when the page was rendered
    await page.locator('#sandbox-select').selectOption(id)
    await page.waitForURL(`${dashboard.server.url}/?sandbox=${id}`)
    expect(await page.locator('#credentials').textContent()).toContain(credentials.lti.key)
    await page.getByRole('button', { name: '+1 day' }).click()
    await page.locator('#clock-now', { hasText: '2026-11-23 12:00:00 UTC' }).waitFor()
    const defaultClock = (await (await call('/__emulator/clock')).json()) as { now: string }
    expect(defaultClock.now).toBe('2026-11-22T12:00:00.000Z')
    await call(`/__emulator/sandboxes/${id}`, { method: 'DELETE' })
  })
})
