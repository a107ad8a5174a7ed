/** @module Each emulator reads and compiles its own contracts (or shares another emulator's, when told to): which bodies are JSON, which defaults exist and which bounds hold all come from them. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { CONTRACTS_DIR } from '../../mock/core/lib/package-root.js'
import { createEmulator } from '../../mock/emulator.js'
import { signedRequest } from '../lti-pro/signing.js'
import { s2sToken } from '../zoom/support.js'

const copies: string[] = []
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

/** A fresh copy of the package's contracts. */
function contractsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-'))
  copies.push(dir)
  cpSync(CONTRACTS_DIR, dir, { recursive: true })
  return dir
}

function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  expect(text.split(from)).toHaveLength(2)
  writeFileSync(path, text.replace(from, to))
}

const PAGE_SIZE = 'schema: { type: integer, minimum: 1, maximum: 1000, default: 20 }'
const listStatus = async (emulator: Emulator, pageSize: number) =>
  (
    await signedRequest(emulator, {
      path: '/open/meeting/list',
      query: { userId: 'demo-host', pageSize: String(pageSize) },
    })
  ).status

async function zoomRequest(emulator: Emulator, path: string, init: RequestInit = {}) {
  const authorization = `Bearer ${await s2sToken(emulator)}`
  return emulator.request(path, { ...init, headers: { authorization, ...init.headers } })
}

describe('an emulator’s contracts', () => {
  test('are read when the emulator first needs them, so a later emulator on the same folder sees an edit', async () => {
    const dir = contractsCopy()
    const before = createEmulator({ contractsDir: dir })
    expect(await listStatus(before, 51)).toBe(200)
    edit(dir, 'lti-pro.yaml', PAGE_SIZE, PAGE_SIZE.replace('maximum: 1000', 'maximum: 50'))
    const after = createEmulator({ contractsDir: dir })
    expect(await listStatus(after, 51)).toBe(400)
    expect(await listStatus(before, 51)).toBe(200)
  })

  test('are shared with another emulator by createEmulator({ contracts }), loaded schemas and all', async () => {
    const dir = contractsCopy()
    const first = createEmulator({ contractsDir: dir })
    expect(await listStatus(first, 51)).toBe(200)
    edit(dir, 'lti-pro.yaml', PAGE_SIZE, PAGE_SIZE.replace('maximum: 1000', 'maximum: 50'))
    const second = createEmulator({ contracts: first.contracts })
    expect(second.contracts).toBe(first.contracts)
    expect(await listStatus(second, 51)).toBe(200)
    expect(await listStatus(second, 1001)).toBe(400)
  })

  test('are shared by the emulator’s sandboxes', async () => {
    const dir = contractsCopy()
    edit(dir, 'lti-pro.yaml', PAGE_SIZE, PAGE_SIZE.replace('maximum: 1000', 'maximum: 50'))
    const emulator = createEmulator({ contractsDir: dir })
    const sandbox = emulator.createSandbox()
    const { key, secret } = sandbox.credentials.lti
    const response = await signedRequest(emulator, {
      path: '/open/meeting/list',
      secret,
      query: { key, userId: 'demo-host', pageSize: '51' },
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      errorMessage: 'pageSize must be an integer from 1 to 50, not "51"',
    })
  })

  test('come from contractsDir or contracts, not both', () => {
    const { contracts } = createEmulator()
    expect(() => createEmulator({ contracts, contractsDir: CONTRACTS_DIR })).toThrow(
      'Give createEmulator contractsDir or contracts, not both.',
    )
  })

  test('say which bodies are JSON: an operation given a JSON body in a copy is guarded (415) with no change to the guard', async () => {
    const dir = contractsCopy()
    edit(
      dir,
      'zoom.yaml',
      'operationId: deleteMeeting\n      parameters:',
      'operationId: deleteMeeting\n      requestBody:\n        content:\n          application/json:\n            schema: { type: object }\n      parameters:',
    )
    const asText = { method: 'DELETE', headers: { 'content-type': 'text/plain' }, body: '{}' }
    const shipped = await zoomRequest(createEmulator(), '/v2/meetings/81000000007', asText)
    expect(shipped.status).toBe(204)
    const edited = createEmulator({ contractsDir: dir })
    const refused = await zoomRequest(edited, '/v2/meetings/81000000007', asText)
    expect(refused.status).toBe(415)
    expect(await refused.json()).toEqual({
      code: 415,
      message: 'Content-Type "text/plain": this operation takes an application/json body.',
    })
    expect(refused.headers.get('x-zm-trackingid')).toBeTruthy()
    const asJson = { ...asText, headers: { 'content-type': 'application/json' } }
    expect((await zoomRequest(edited, '/v2/meetings/81000000007', asJson)).status).toBe(204)
  })

  test('must keep the defaults a handler relies on: a copy without one answers the service’s 500 naming it', async () => {
    const dir = contractsCopy()
    edit(
      dir,
      'zoom.yaml',
      'schema: { type: integer, minimum: 1, maximum: 300, default: 30 }',
      'schema: { type: integer, minimum: 1, maximum: 300 }',
    )
    const response = await zoomRequest(createEmulator({ contractsDir: dir }), '/v2/users?page_size=10')
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      code: 500,
      message: `Emulator fault: ${dir}/zoom.yaml: listUsers must give page_size a default; the emulator relies on it.`,
    })
  })
})
