/** @module Browser-test wiring: Chromium (as chromium-setup.ts found it) through playwright-core, a page that records console errors and off-origin requests, screenshots, and the demo Zoom calls the tests make over HTTP. */
import { mkdirSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { createEmulator } from '../../mock/emulator.js'
import { type RunningServer, startServer } from '../../mock/server.js'
import { T0 } from '../helpers.js'

export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url)

export function launchChromium(): Promise<Browser> {
  const found = inject('chromium')
  if ('problem' in found) throw new Error(found.problem)
  return chromium.launch({
    executablePath: found.path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions, each with the URL it concerns. */
  errors: { text: string; url: string }[]
  /** Every request the page made to anywhere but `origin` (data: URLs aside). */
  offOrigin: string[]
  close(): Promise<void>
}

/** A fresh page in its own context, at a laptop's viewport, watched from its first request. */
export async function openPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  const watched: WatchedPage = { page, errors: [], offOrigin: [], close: () => context.close() }
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push({ text: message.text(), url: message.location().url })
  })
  page.on('pageerror', (error) => watched.errors.push({ text: String(error), url: page.url() }))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) watched.offOrigin.push(url)
  })
  return watched
}

/** Saves a screenshot as test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage })
}

/** The rows' text of a table on the page, by the table's id. */
export const rowTexts = (page: Page, tableId: string): Promise<string[]> =>
  page.locator(`#${tableId} tbody tr`).allTextContents()

export interface DashboardFixture {
  emulator: Emulator
  server: RunningServer
  browser: Browser
}

/** An emulator frozen at T0, served on a free port, and one Chromium, for a whole test file. */
export function useDashboard(): DashboardFixture {
  const fixture = { emulator: createEmulator({ now: T0 }) } as DashboardFixture
  beforeAll(async () => {
    fixture.server = await startServer({ port: 0, emulator: fixture.emulator })
    fixture.browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await fixture.browser?.close()
    await fixture.server?.close()
  })
  return fixture
}

/** An S2S access token of the demo account, from the served emulator's `POST /oauth/token`. */
export async function demoZoomToken(origin: string): Promise<string> {
  const basic = Buffer.from('demo-client-id:demo-client-secret').toString('base64')
  const answer = await fetch(`${origin}/oauth/token?grant_type=account_credentials&account_id=demo-account`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}` },
  })
  return ((await answer.json()) as { access_token: string }).access_token
}

/** Creates demo-host's 45-minute meeting `topic` on 2026-11-23 09:00 UTC through Zoom's API; answers Zoom's answer. */
export async function createDemoMeeting(origin: string, topic: string): Promise<Response> {
  return fetch(`${origin}/v2/users/demo-host/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await demoZoomToken(origin)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      topic,
      type: 2,
      start_time: '2026-11-23T09:00:00Z',
      duration: 45,
      timezone: 'UTC',
    }),
  })
}
