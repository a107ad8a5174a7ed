/** @module The dashboard in a real browser (Debian's Chromium, headless), its data written straight into the world's store. */
import { createHmac } from 'node:crypto'
import { beforeEach, describe, expect, test } from 'vitest'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import type { BulkJob } from '../../mock/services/lti-pro/state.js'
import { createTestWorld, T0 } from '../helpers.js'
import { openPage, rowTexts, screenshot, useDashboard, type WatchedPage } from './browser.js'
import { injectedMarkupTookEffect, showsText } from './client-probes.js'

const dashboard = useDashboard()
const { emulator } = dashboard
let tab: WatchedPage

beforeEach(async () => {
  emulator.reset()
  emulator.worlds.sandboxes.clear()
  tab = await openPage(dashboard.browser, dashboard.server.url)
  return () => tab.close()
})

/**
 * Until the control API is merged, GET /__emulator/requests answers 501, which Chromium logs as a
 * failed resource load; browser-services.test.ts asserts no console error at all.
 */
const unexpectedErrors = () => tab.errors.filter((e) => !e.url.includes('/__emulator/requests'))

describe('the dashboard in a browser', () => {
  test('loads the seeded world with no console error and no request off this origin', async () => {
    const { page } = tab
    await page.goto(dashboard.server.url)
    await page.locator('#journal-note:not(:text("Loading…"))').waitFor()
    expect(await page.locator('#credentials').textContent()).toContain('demo-lti-secret')
    expect((await rowTexts(page, 'meetings-upcoming')).join('\n')).toContain('Week 1 Lecture')
    expect((await rowTexts(page, 'meetings-past')).join('\n')).toContain('Orientation')
    expect((await rowTexts(page, 'zoom-users-table')).join('\n')).toContain('host@example.edu')
    expect((await rowTexts(page, 'lti-associations-table')).length).toBe(
      emulator.worlds.defaultWorld.store.lti.associations.size,
    )
    expect((await rowTexts(page, 'luminus-meetings-table')).join('\n')).toContain('CS1010')
    expect(await page.locator('#clock-now').textContent()).toBe('2026-11-22 12:00:00 UTC')
    await screenshot(page, 'dashboard')
    expect(unexpectedErrors()).toEqual([])
    expect(tab.offOrigin).toEqual([])
  })

  test('a meeting added to the world appears without a reload, its HTML topic shown as text', async () => {
    const { page } = tab
    await page.goto(dashboard.server.url)
    const topic = '<script>window.__injected = true</script><b>Injected</b>'
    const { store } = emulator.worlds.defaultWorld
    const template = store.zoom.meetings.get('81000000007')
    if (!template) throw new Error('the demo seed has meeting 81000000007')
    store.zoom.meetings.set('92000000001', { ...template, id: 92000000001, topic })
    const row = page.locator('#meetings-upcoming tr[data-meeting="92000000001"]')
    await row.waitFor()
    expect(await row.locator('td.topic').textContent()).toBe(topic)
    expect(await page.evaluate(injectedMarkupTookEffect)).toBe(false)
  })

  test('a bulk job shows each item with its outcome and error code', async () => {
    const { page } = tab
    await page.goto(dashboard.server.url)
    const item = { contextId: 'demo-context-2', domain: 'https://lms.example.edu', courseId: '102' }
    const job: BulkJob = {
      id: 'job-1',
      kind: 'import',
      credentialKey: 'demo-lti-key',
      receivedAt: T0,
      dueAt: T0,
      status: 'done',
      items: [
        { meetingId: '81000000007', ...item, outcome: 'associated' },
        { meetingId: '99999999999', ...item, outcome: 'skipped', errorCode: '2255', errorMessage: 'unknown' },
      ],
    }
    emulator.worlds.defaultWorld.store.lti.bulkJobs.push(job)
    const shown = page.locator('#lti-bulk-jobs [data-job="job-1"]')
    await shown.waitFor()
    const rows = await shown.locator('tbody tr').allTextContents()
    expect(rows).toEqual([
      expect.stringContaining('associated'),
      expect.stringContaining('skipped2255: unknown'),
    ])
  })

  test('moving the world clock moves a meeting from upcoming to past', async () => {
    const { page } = tab
    await page.goto(dashboard.server.url)
    await page.locator('#meetings-upcoming tr[data-meeting="81000000001"]').waitFor()
    emulator.clock.advance(7 * 24 * 3_600_000)
    await page.locator('#meetings-past tr[data-meeting="81000000001"]').waitFor()
    expect(await page.locator('#clock-now').textContent()).toBe('2026-11-29 12:00:00 UTC')
  })

  test('the selector switches to a sandbox, which shows its own credentials', async () => {
    const { page } = tab
    const credentials = { ...DEMO_CREDENTIALS, lti: { key: 'sandbox-key', secret: 'sandbox-secret' } }
    emulator.worlds.sandboxes.set('sb-1', createTestWorld({ id: 'sb-1', credentials, clock: { now: T0 } }))
    await page.goto(dashboard.server.url)
    await page.locator('#sandbox-select').selectOption('sb-1')
    await page.waitForURL(/\?sandbox=sb-1$/)
    expect(await page.locator('#credentials').textContent()).toContain('sandbox-key')
    expect(await page.locator('#signer [name="key"]').inputValue()).toBe('sandbox-key')
  })

  test("the signing helper's signature is Node's HMAC-SHA1 of the sorted base string, in base64url", async () => {
    const { page } = tab
    await page.goto(dashboard.server.url)
    const secret = 'not the demo secret'
    await page.fill('#signer [name="key"]', 'my-key')
    await page.fill('#signer [name="secret"]', secret)
    await page.fill('#signer [name="timestamp"]', '1795000000000')
    await page.fill('#signer [name="params"]', 'userId=demo-host\npageSize=30\nisUpComing=true\npageNum=1')
    const base = 'isUpComing=true&key=my-key&pageNum=1&pageSize=30&timestamp=1795000000000&userId=demo-host'
    await page.waitForFunction(showsText, ['#signer-base', base] as const)
    const signature = await page.locator('#signer-signature').textContent()
    expect(signature).toBe(createHmac('sha1', secret).update(base).digest('base64url'))
    const curl = (await page.locator('#signer-curl').textContent()) ?? ''
    expect(curl).toContain(`X-Lti-Signature: ${signature}`)
    expect(curl).toContain(
      `${dashboard.server.url}/api/v1/lti/rich/open/meeting/list?key=my-key&timestamp=1795000000000`,
    )
    expect(curl).not.toContain(secret.replaceAll(' ', '+'))
    await page
      .locator('#signing')
      .screenshot({ path: new URL('../../test-artifacts/signer.png', import.meta.url).pathname })
  })
})
