/** @module /__emulator/docs in a real browser: Swagger UI renders every contract, loaded from this origin only. */
import { readdirSync, readFileSync } from 'node:fs'
import { CORE_SCHEMA, load } from 'js-yaml'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type RunningServer, startServer } from '../../mock/server.js'
import { launchChromium, openPage, screenshot } from './browser.js'

const CONTRACTS = new URL('../../contracts/', import.meta.url)
const contracts = readdirSync(CONTRACTS)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((file) => ({
    file,
    title: (
      load(readFileSync(new URL(file, CONTRACTS), 'utf8'), { schema: CORE_SCHEMA }) as {
        info: { title: string }
      }
    ).info.title,
  }))

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer({ port: 0 })
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

test('the docs page renders each contract in Swagger UI, with no console error and nothing fetched elsewhere', async () => {
  const tab = await openPage(browser, server.url)
  try {
    const { page } = tab
    await page.goto(`${server.url}/__emulator/docs`)
    for (const { file, title } of contracts) {
      await page.locator('.topbar select').selectOption({ label: `${title} (${file})` })
      await page.locator('.information-container .title', { hasText: title }).waitFor()
      await page.locator('.opblock').first().waitFor()
      await screenshot(page, `docs-${file.replace(/\.yaml$/, '')}`, false)
    }
    expect(tab.errors).toEqual([])
    expect(tab.offOrigin).toEqual([])
  } finally {
    await tab.close()
  }
}, 60_000)
