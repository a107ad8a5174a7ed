/** @module Behind an admin token, no GET route of the app answers a credential of any world, or a sandbox id, to a caller without the token. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { CONTRACTS_DIR } from '../../mock/core/lib/package-root.js'
import type { Credentials } from '../../mock/core/store.js'
import { contractFiles } from '../../mock/dashboard/files.js'
import { recordingFileId } from '../../mock/services/zoom/recording-files.js'
import { createTestEmulator } from '../helpers.js'

const TOKEN = 'exposure-admin-token'

/** Real values for every path parameter of a GET route, by route; a new parameter fails the test until it is listed. */
function realValues(emulator: Emulator, route: string, param: string): string[] {
  const { store } = emulator.worlds.defaultWorld
  if (param === 'file') {
    if (route.startsWith('/__emulator/contracts/')) return contractFiles(CONTRACTS_DIR)
    if (route.startsWith('/__emulator/assets/swagger-ui/'))
      return ['swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'swagger-ui.css']
    if (route.startsWith('/__emulator/assets/'))
      return ['dashboard.js', 'dashboard.css', 'docs.js', 'docs.css']
  }
  if (param === 'userId') return [...store.zoom.users.keys()].slice(0, 2)
  if (param === 'meetingId') return [...store.zoom.meetings.keys()].slice(0, 2)
  if (param === 'webinarId') return [...store.zoom.webinars.keys()].slice(0, 2)
  if (param === 'ID') return [...store.luminus.meetings.keys()].slice(0, 2)
  if (param === 'fileId')
    return [...store.zoom.instances.keys()].slice(0, 2).map((uuid) => recordingFileId(uuid, 'MP4'))
  throw new Error(`No real value for :${param} in ${route}: add one to realValues`)
}

/** Every GET route of the app with its parameters replaced by real values. */
function concretePaths(emulator: Emulator): string[] {
  const routes = new Set(emulator.routes.filter((r) => r.method === 'GET').map((r) => r.path))
  return [...routes].flatMap((route) => {
    let paths = [route]
    for (const [, param] of route.matchAll(/:(\w+)/g)) {
      const values = realValues(emulator, route, param as string)
      paths = paths.flatMap((path) => values.map((value) => path.replace(`:${param}`, value)))
    }
    return paths
  })
}

const valuesOf = (credentials: Credentials): string[] =>
  Object.values(credentials).flatMap((group) => Object.values(group) as string[])

/** Each path plainly, with `?sandbox=<id>` and with `x-emulator-sandbox: <id>`, for each sandbox; answers as headers and body. */
async function answers(emulator: Emulator, sandboxIds: string[], headers: Record<string, string> = {}) {
  const outputs: { what: string; status: number; text: string }[] = []
  for (const path of concretePaths(emulator)) {
    const requests: [string, RequestInit][] = [
      [path, { headers }],
      ...sandboxIds.flatMap((id): [string, RequestInit][] => [
        [`${path}?sandbox=${id}`, { headers }],
        [path, { headers: { ...headers, 'x-emulator-sandbox': id } }],
      ]),
    ]
    for (const [url, init] of requests) {
      const response = await emulator.request(url, init)
      const head = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
      outputs.push({
        what: `GET ${url} ${JSON.stringify(init.headers)}`,
        status: response.status,
        text: `${head}\n${await response.text()}`,
      })
    }
  }
  return outputs
}

describe('every GET route behind an admin token', () => {
  const emulator = createTestEmulator({ adminToken: TOKEN })
  const sandboxes = [emulator.createSandbox(), emulator.createSandbox()]
  const ids = sandboxes.map((s) => s.id)
  const searched = [
    ...ids,
    ...[emulator, ...sandboxes].flatMap((world) => valuesOf(world.credentials)),
    TOKEN,
  ]

  test('covers the dashboard, the docs, the control API and every service', () => {
    const paths = concretePaths(emulator)
    for (const path of ['/', '/__emulator/docs', '/__emulator/state', '/__emulator/sandboxes', '/v2/users'])
      expect(paths).toContain(path)
    expect(paths.some((path) => path.startsWith('/zoom/Meeting/'))).toBe(true)
    expect(paths.some((path) => path.startsWith('/api/v1/lti/rich/'))).toBe(true)
  })

  test('answers no credential of any world and no sandbox id without the token', async () => {
    for (const { what, text } of await answers(emulator, ids))
      for (const value of searched)
        expect(text.includes(value), `${value} in ${what}:\n${text.slice(0, 400)}`).toBe(false)
  })

  test('answers them with the token, so the search above would have found them', async () => {
    const outputs = await answers(emulator, ids, { authorization: `Bearer ${TOKEN}` })
    const all = outputs.map((o) => o.text).join('\n')
    for (const value of searched.filter((v) => v !== TOKEN)) expect(all, value).toContain(value)
    const control = outputs.filter(
      (o) => /^GET \/(__emulator|\?|\s)/.test(o.what) && !o.what.includes('/health'),
    )
    expect(control.length).toBeGreaterThan(20)
    for (const { what, status } of control) expect(status, what).not.toBe(401)
  })
})
