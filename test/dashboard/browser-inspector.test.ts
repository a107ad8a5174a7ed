/** @module The request inspector and journal panel in a real browser: open a request, copy it as curl and run it, replay it, filters, live rows, pause and clear, keyboard, axe-core, both screen sizes. */
import { execFile } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, test } from 'vitest'
import {
  createDemoMeeting,
  demoZoomToken,
  openPage,
  screenshot,
  useDashboard,
  type WatchedPage,
} from './browser.js'
import {
  focused,
  focusedAction,
  horizontalOverflow,
  labelsTallerThanCells,
  topBelowHeader,
} from './client-probes.js'

const dashboard = useDashboard()
const { emulator } = dashboard
let tab: WatchedPage

beforeEach(async () => {
  emulator.reset()
  tab = await openPage(dashboard.browser, dashboard.server.url)
  await tab.page.goto(dashboard.server.url)
  await tab.page.locator('#journal-note', { hasText: 'requests, newest first' }).waitFor()
  return () => tab.close()
})

const call = (path: string, init?: RequestInit) => fetch(`${dashboard.server.url}${path}`, init)

const zoomToken = () => demoZoomToken(dashboard.server.url)
const createMeeting = (topic: string) => createDemoMeeting(dashboard.server.url, topic)

/** The LTI Pro meeting list, signed with the demo secret at the emulator's time. */
function signedLtiList(): Promise<Response> {
  const params = { key: 'demo-lti-key', timestamp: String(emulator.clock.now()), userId: 'demo-host' }
  const base = Object.entries(params)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
  const signature = createHmac('sha1', 'demo-lti-secret').update(base).digest('base64url')
  return call(`/api/v1/lti/rich/open/meeting/list?${new URLSearchParams(params)}`, {
    headers: { 'X-Lti-Signature': signature },
  })
}

const row = (page: Page, text: string) =>
  page.locator('#journal-rows tr[data-request]', { hasText: text }).first()

async function inspect(page: Page, text: string): Promise<void> {
  await row(page, text).locator('button.open-request').click()
  await page.locator('#inspector[open]').waitFor()
}

/** Runs the inspector's curl command with sh, printing the status code after the body. */
async function runCurl(page: Page): Promise<{ status: number; body: string }> {
  await page.getByRole('button', { name: 'Copy as curl' }).click()
  await page.locator('#inspector-curl:not([hidden])').waitFor()
  const command = (await page.locator('#inspector-curl').textContent()) ?? ''
  const { stdout } = await promisify(execFile)('sh', ['-c', `${command} -w '\\n%{http_code}'`])
  const at = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(at + 1)), body: stdout.slice(0, at) }
}

describe('the request inspector', () => {
  test("opens a request on click with its URL, headers and body, the response's status and body, and closes on Escape", async () => {
    const { page } = tab
    expect((await createMeeting('Inspected meeting')).status).toBe(201)
    await inspect(page, 'POST /v2/users/demo-host/meetings')
    const inspector = page.locator('#inspector')
    expect(await page.locator('#inspector-title').textContent()).toContain(
      'POST /v2/users/demo-host/meetings',
    )
    const text = (await inspector.textContent()) ?? ''
    expect(text).toContain(`${dashboard.server.url}/v2/users/demo-host/meetings`)
    expect(text).toContain('"topic": "Inspected meeting"')
    expect(text).toContain('Response 201')
    expect(text).toContain('✓ accepted')
    expect(text).toContain('[redacted]')
    expect(text).not.toContain('demo-client-secret')
    await page.keyboard.press('Escape')
    await page.locator('#inspector').waitFor({ state: 'hidden' })
    expect((await page.evaluate(focused)).className).toBe('open-request')
  })

  test('is reached from the keyboard: Tab to a row, Enter opens it, Escape closes it', async () => {
    const { page } = tab
    await createMeeting('Keyboard meeting')
    await row(page, 'POST /v2/users/demo-host/meetings').waitFor()
    await page.locator('#journal-clear').focus()
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      if ((await page.evaluate(focused)).className === 'open-request') break
    }
    expect((await page.evaluate(focused)).text).toContain('POST /v2/users/demo-host/meetings')
    await page.keyboard.press('Enter')
    await page.locator('#inspector[open]').waitFor()
    await page.keyboard.press('Escape')
    await page.locator('#inspector').waitFor({ state: 'hidden' })
  })

  test('keeps the keyboard focus on the clock button pressed while the panels are replaced', async () => {
    const { page } = tab
    await page.locator('button[data-action="advance"][data-ms="3600000"]').focus()
    await page.keyboard.press('Enter')
    await page.locator('#clock-now', { hasText: '2026-11-22 13:00:00 UTC' }).waitFor()
    expect(await page.evaluate(focusedAction)).toBe('advance 3600000')
  })

  test("words each request's status and auth verdict, and leaves an accepted request's reason out of red", async () => {
    const { page } = tab
    await createMeeting('Accepted meeting')
    await call('/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=1&userId=demo-host', {
      headers: { 'X-Lti-Signature': 'wrong' },
    })
    const [rejected, acceptedRow] = [
      row(page, 'timestamp=1&'),
      row(page, 'POST /v2/users/demo-host/meetings'),
    ]
    await rejected.waitFor()
    expect(await rejected.locator('td[data-label="status"]').textContent()).toBe('✗ 401')
    expect(await rejected.locator('td[data-label="auth"]').textContent()).toBe('✗ rejected')
    const reason = (tr: typeof rejected) =>
      tr.locator('xpath=following-sibling::tr[1][@class="diagnostic"]/td')
    expect(await reason(rejected).getAttribute('class')).toBe('bad')
    expect(await acceptedRow.locator('td[data-label="status"]').textContent()).toBe('✓ 201')
    expect(await acceptedRow.locator('td[data-label="auth"]').textContent()).toBe('✓ accepted')
    expect(await reason(acceptedRow).textContent()).toBe('S2S token of account demo-account')
    expect(await reason(acceptedRow).getAttribute('class')).toBe('muted')
  })

  test('shows an injected fault as such, not as any answer of that status', async () => {
    const { page } = tab
    const added = await call('/__emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { path: '/v2/users' }, response: { status: 503 } }),
    })
    const { id } = (await added.json()) as { id: string }
    expect(
      (await call('/v2/users', { headers: { authorization: `Bearer ${await zoomToken()}` } })).status,
    ).toBe(503)
    const faulted = row(page, 'GET /v2/users')
    await faulted.waitFor()
    expect(await faulted.textContent()).toContain(`fault ${id}`)
    expect(await faulted.locator('td[data-label="status"]').textContent()).toBe('⚡ 503')
    await inspect(page, 'GET /v2/users')
    expect(await page.locator('#inspector').textContent()).toContain(`injected by fault rule ${id}`)
  })

  test('copies a Zoom request as a curl command that runs as is, with a fresh token, and answers 200', async () => {
    const { page } = tab
    await call('/v2/users/demo-host/meetings?page_size=30', {
      headers: { authorization: `Bearer ${await zoomToken()}` },
    })
    await inspect(page, 'GET /v2/users/demo-host/meetings')
    const { status, body } = await runCurl(page)
    expect(status).toBe(200)
    expect(JSON.parse(body)).toMatchObject({ page_size: 30, meetings: expect.any(Array) })
  })

  test("copies a signed LTI Pro request re-signed at the emulator's time: it answers 200 after its own signature expired", async () => {
    const { page } = tab
    expect((await signedLtiList()).status).toBe(200)
    emulator.clock.advance(2 * 3_600_000)
    await inspect(page, 'GET /api/v1/lti/rich/open/meeting/list')
    const { status, body } = await runCurl(page)
    expect(status).toBe(200)
    expect(JSON.parse(body)).toMatchObject({ status: true })
    const command = (await page.locator('#inspector-curl').textContent()) ?? ''
    expect(command).toContain(`timestamp=${emulator.clock.now()}`)
    expect(command).not.toContain('demo-lti-secret')
  })

  test('copies a LumiNUS request with the world subscription key, and it answers as the original did', async () => {
    const { page } = tab
    const path = '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync'
    const original = await call(path, { headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' } })
    await inspect(page, `GET ${path}`)
    expect((await runCurl(page)).status).toBe(original.status)
  })

  test('replays a request and opens the new entry, which the journal shows too', async () => {
    const { page } = tab
    expect((await signedLtiList()).status).toBe(200)
    await inspect(page, 'GET /api/v1/lti/rich/open/meeting/list')
    const first = (await page.locator('#inspector-title').textContent()) ?? ''
    await page.getByRole('button', { name: 'Replay' }).click()
    await page.locator('#inspector-note', { hasText: 'The replay of' }).waitFor()
    const second = (await page.locator('#inspector-title').textContent()) ?? ''
    expect(second).not.toBe(first)
    expect(await page.locator('#inspector').textContent()).toContain('Response 200')
    const entries = emulator.requests({ path: '/api/v1/lti/rich/open/meeting/list' }).requests
    expect(entries.map((e) => e.status)).toEqual([200, 200])
    expect(second).toContain(`#${entries[1]?.id} `)
  })
})

describe('the journal panel', () => {
  test('falls back to fetching the journal and the panels every 5 s where EventSource is missing', async () => {
    const polling = await openPage(dashboard.browser, dashboard.server.url)
    try {
      const { page } = polling
      await page.addInitScript('delete window.EventSource')
      await page.goto(dashboard.server.url)
      const created = await createMeeting('Polled meeting')
      const { id } = (await created.json()) as { id: number }
      await row(page, 'POST /v2/users/demo-host/meetings').waitFor({ timeout: 7000 })
      await page.locator(`#meetings-upcoming tr[data-meeting="${id}"]`).waitFor({ timeout: 7000 })
      expect(polling.errors).toEqual([])
    } finally {
      await polling.close()
    }
  })

  test('shows a new request within a second of it, newest first', async () => {
    const { page } = tab
    await signedLtiList()
    await row(page, '/open/meeting/list').waitFor()
    const sent = Date.now()
    await createMeeting('Live row')
    await row(page, 'POST /v2/users/demo-host/meetings').waitFor({ timeout: 1000 })
    expect(Date.now() - sent).toBeLessThan(1000)
    const first = await page.locator('#journal-rows tr[data-request]').first().textContent()
    expect(first).toContain('POST /v2/users/demo-host/meetings')
  })

  test('filters by service, method, status class, path and body text', async () => {
    const { page } = tab
    await createMeeting('Needle in a body')
    await signedLtiList()
    await call('/v2/users/nobody', { headers: { authorization: 'Bearer wrong' } })
    const shown = async () => {
      await page.waitForTimeout(100)
      return page.locator('#journal-rows tr[data-request] button.open-request').allTextContents()
    }
    await row(page, 'GET /v2/users/nobody').waitFor()
    expect(await shown()).toHaveLength(4)
    const form = page.locator('#journal-filters')
    await form.getByLabel('Service').selectOption('lti-pro')
    expect(await shown()).toEqual([expect.stringContaining('/open/meeting/list')])
    await form.getByLabel('Service').selectOption('')
    await form.getByLabel('Method').selectOption('POST')
    expect(await shown()).toHaveLength(2)
    await form.getByLabel('Method').selectOption('')
    await form.getByLabel('Status').selectOption('4xx')
    expect(await shown()).toEqual([expect.stringContaining('/v2/users/nobody')])
    await form.getByLabel('Status').selectOption('')
    await form.getByLabel('Path').fill('meetings')
    expect(await shown()).toEqual([expect.stringContaining('/v2/users/demo-host/meetings')])
    await form.getByLabel('Path').fill('')
    await form.getByLabel('Bodies').fill('needle in')
    expect(await shown()).toEqual([expect.stringContaining('/v2/users/demo-host/meetings')])
    expect(await page.locator('#journal-note').textContent()).toBe('1 of 4 requests, newest first.')
  })

  test('holds new rows while paused and shows them on resume; clear empties the journal', async () => {
    const { page } = tab
    await signedLtiList()
    await row(page, '/open/meeting/list').waitFor()
    await page.getByRole('button', { name: 'Pause' }).click()
    await createMeeting('While paused')
    await page.locator('#journal-note', { hasText: 'Paused: 2 new not shown.' }).waitFor()
    expect(await page.locator('#journal-rows tr[data-request]').count()).toBe(1)
    await page.getByRole('button', { name: 'Resume' }).click()
    await page.locator('#journal-rows tr[data-request]').nth(2).waitFor()
    expect(await page.locator('#journal-rows tr[data-request]').count()).toBe(3)
    await page.getByRole('button', { name: 'Clear journal' }).click()
    await page.locator('#journal-note', { hasText: '0 of 0 requests' }).waitFor()
    expect(emulator.requests().count).toBe(0)
  })
})

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's serious and critical violations on the page, each as `rule: target`. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[]
  }
  return violations.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`))
}

describe('the page at both sizes', () => {
  test.each([
    [1440, 900],
    [390, 844],
  ])(
    "at %ix%i the header's jump links bring the journal, fault rules and sandboxes into view, clear of the header",
    async (width, height) => {
      const { page } = tab
      await page.setViewportSize({ width, height })
      for (const target of ['journal', 'faults', 'sandboxes']) {
        await page.click(`nav.jump a[href="#${target}"]`)
        const { top, headerBottom } = await page.evaluate(topBelowHeader, target)
        expect(top, target).toBeGreaterThanOrEqual(headerBottom - 1)
        expect(top, target).toBeLessThan(height / 2)
      }
    },
  )

  test.each([
    [1440, 900],
    [390, 844],
  ])(
    'at %ix%i: no serious or critical axe violation, with the inspector open too, nothing wider than the screen',
    async (width, height) => {
      const { page } = tab
      await page.setViewportSize({ width, height })
      await createMeeting('Screenshot meeting')
      await signedLtiList()
      await call('/api/v1/lti/rich/open/meeting/list?key=demo-lti-key&timestamp=1&userId=demo-host', {
        headers: { 'X-Lti-Signature': 'wrong' },
      })
      await page.locator('#journal-rows tr[data-request]').nth(3).waitFor()
      expect(await page.evaluate(horizontalOverflow)).toEqual([])
      expect(await page.evaluate(labelsTallerThanCells)).toEqual([])
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, `dashboard-${width}`)
      if (width === 1440) {
        const [world, journal] = await Promise.all([
          page.locator('#world').boundingBox(),
          page.locator('#journal').boundingBox(),
        ])
        expect(journal && world && journal.x >= world.x + world.width).toBe(true)
      }
      await inspect(page, 'POST /v2/users/demo-host/meetings')
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, `inspector-${width}`, false)
      expect(tab.errors).toEqual([])
      expect(tab.offOrigin).toEqual([])
    },
  )
})
