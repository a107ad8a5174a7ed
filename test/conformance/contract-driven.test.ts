/** @module Request validation follows the contracts: a bound or default edited in a copy of a YAML changes the emulator, with no code change. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { CONTRACTS_DIR } from '../../mock/core/lib/package-root.js'
import { createTestEmulator, demoClients } from '../helpers.js'
import { DOMAIN, signedRequest } from '../lti-pro/signing.js'

const edited = mkdtempSync(join(tmpdir(), 'contracts-'))
cpSync(CONTRACTS_DIR, edited, { recursive: true })
afterAll(() => rmSync(edited, { recursive: true, force: true }))

function edit(file: string, from: string, to: string) {
  const path = join(edited, file)
  const text = readFileSync(path, 'utf8')
  expect(text.split(from)).toHaveLength(2)
  writeFileSync(path, text.replace(from, to))
}

edit(
  'lti-pro.yaml',
  'schema: { type: integer, minimum: 1, maximum: 1000, default: 20 }',
  'schema: { type: integer, minimum: 1, maximum: 50, default: 5 }',
)
edit('lti-pro.yaml', 'minItems: 1\n      maxItems: 400', 'minItems: 1\n      maxItems: 3')
edit(
  'zoom.yaml',
  "topic: { type: [string, 'null'], maxLength: 200 }",
  "topic: { type: [string, 'null'], maxLength: 10 }",
)
edit(
  'zoom.yaml',
  'schema: { type: integer, minimum: 1, maximum: 300, default: 30 }',
  'schema: { type: integer, minimum: 1, maximum: 20, default: 30 }',
)

const list = (emulator: Emulator, query: Record<string, string>) =>
  signedRequest(emulator, { path: '/open/meeting/list', query: { userId: 'demo-host', ...query } })
const items = (n: number) =>
  Array.from({ length: n }, () => ({ meetingId: '81000000007', contextId: 'demo-context-1', domain: DOMAIN }))
const bulkImport = (emulator: Emulator, n: number) =>
  signedRequest(emulator, { method: 'POST', path: '/meeting/bulkImport', body: items(n) })

describe.each([
  {
    contracts: 'as shipped',
    options: {},
    pageSizeLimit: 1000,
    defaultPageSize: 20,
    bulkLimit: 400,
    topicLimit: 200,
    zoomPageSizeLimit: 300,
  },
  {
    contracts: 'edited',
    options: { contractsDir: edited },
    pageSizeLimit: 50,
    defaultPageSize: 5,
    bulkLimit: 3,
    topicLimit: 10,
    zoomPageSizeLimit: 20,
  },
])('with the contracts $contracts', (row) => {
  const { options, pageSizeLimit, defaultPageSize, bulkLimit, topicLimit, zoomPageSizeLimit } = row
  test('LTI Pro pageSize: its maximum and default come from the contract', async () => {
    const emulator = createTestEmulator(options)
    const page = (await (await list(emulator, {})).json()) as { result: { pageSize: number } }
    expect(page.result.pageSize).toBe(defaultPageSize)
    expect((await list(emulator, { pageSize: String(pageSizeLimit) })).status).toBe(200)
    const over = await list(emulator, { pageSize: String(pageSizeLimit + 1) })
    expect(over.status).toBe(400)
    expect(await over.json()).toMatchObject({
      errorMessage: `pageSize must be an integer from 1 to ${pageSizeLimit}, not "${pageSizeLimit + 1}"`,
    })
  })

  test('LTI Pro bulkImport: its item limit comes from the contract', async () => {
    const emulator = createTestEmulator(options)
    expect(await (await bulkImport(emulator, bulkLimit)).json()).toMatchObject({ status: true })
    const over = await bulkImport(emulator, bulkLimit + 1)
    expect(over.status).toBe(400)
    expect(await over.json()).toMatchObject({
      errorMessage: `The body must be an array of 1 to ${bulkLimit} items, not ${bulkLimit + 1} items`,
    })
  })

  test('Zoom: the topic length and page_size maximum come from the contract', async () => {
    const { zoom } = demoClients(createTestEmulator(options))
    expect((await zoom.meetings.create('me', { topic: 'x'.repeat(topicLimit) })).error).toBeUndefined()
    expect((await zoom.meetings.create('me', { topic: 'x'.repeat(topicLimit + 1) })).error).toMatchObject({
      status: 400,
      code: 300,
      errors: [{ field: 'topic', message: `Topic cannot exceed ${topicLimit} characters.` }],
    })
    expect((await zoom.meetings.list('me', { page_size: zoomPageSizeLimit })).error).toBeUndefined()
    expect((await zoom.meetings.list('me', { page_size: zoomPageSizeLimit + 1 })).error).toMatchObject({
      errors: [{ field: 'page_size', message: `Page size must be from 1 to ${zoomPageSizeLimit}.` }],
    })
  })
})

test('the API docs serve the contracts the emulator validates with', async () => {
  const served = async (options = {}) =>
    (await createTestEmulator(options).request('/__emulator/contracts/lti-pro.yaml')).text()
  expect(await served({ contractsDir: edited })).toContain('maximum: 50, default: 5')
  expect(await served()).toContain('maximum: 1000, default: 20')
})
