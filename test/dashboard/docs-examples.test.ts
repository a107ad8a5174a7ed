/** @module The contracts' examples, which the API docs pre-fill, name what the demo world holds: sent as they are, they answer 200 and succeed. */
import { readFileSync } from 'node:fs'
import { CORE_SCHEMA, load } from 'js-yaml'
import { describe, expect, test } from 'vitest'
import { LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { createTestEmulator, demoClients } from '../helpers.js'

interface Parameter {
  $ref?: string
  name: string
  in: string
  required?: boolean
  example?: unknown
}
type Operation = {
  parameters?: Parameter[]
  requestBody?: { $ref?: string; content?: Record<string, Media> }
}
interface Media {
  example?: unknown
  examples?: Record<string, { value: unknown }>
}
interface Contract {
  components: {
    parameters?: Record<string, Parameter>
    requestBodies?: Record<string, Operation['requestBody']>
  }
  paths: Record<string, { parameters?: Parameter[] } & Record<string, Operation>>
}

const contract = (file: string) =>
  load(readFileSync(new URL(`../../contracts/${file}`, import.meta.url), 'utf8'), {
    schema: CORE_SCHEMA,
  }) as Contract
const local = <T>(doc: Contract, ref: string): T =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc) as T
const resolved = (doc: Contract, p: Parameter): Parameter => (p.$ref ? local<Parameter>(doc, p.$ref) : p)

/** The first example of the operation's JSON body, as Swagger UI pre-fills it. */
function bodyExample(doc: Contract, path: string, method: string): unknown {
  const body = doc.paths[path]?.[method]?.requestBody
  const media = (body?.$ref ? local<Operation['requestBody']>(doc, body.$ref) : body)?.content?.[
    'application/json'
  ]
  return media?.example ?? Object.values(media?.examples ?? {})[0]?.value
}

/** Every GET operation of `doc` that its examples fill: each path parameter (and required query one) has one. */
function filledGets(doc: Contract, base: string): string[] {
  return Object.entries(doc.paths).flatMap(([template, item]) => {
    const get = item.get
    if (!get) return []
    const params = [...(item.parameters ?? []), ...(get.parameters ?? [])].map((p) => resolved(doc, p))
    const needed = params.filter((p) => p.in === 'path' || (p.in === 'query' && p.required))
    if (!needed.some((p) => p.in === 'path') || needed.some((p) => p.example === undefined)) return []
    const path = needed
      .filter((p) => p.in === 'path')
      .reduce((path, p) => path.replace(`{${p.name}}`, encodeURIComponent(String(p.example))), template)
    const query = new URLSearchParams(
      needed.filter((p) => p.in === 'query').map((p): [string, string] => [p.name, String(p.example)]),
    ).toString()
    return [`${base}${path}${query ? `?${query}` : ''}`]
  })
}

describe("the contracts' examples, sent to the demo world", () => {
  test('every Zoom GET that its examples fill answers 200 (users, meetings, webinars, settings, …)', async () => {
    const emulator = createTestEmulator()
    const { accountId, clientId, clientSecret } = DEMO_CREDENTIALS.zoom
    const grant = await emulator.fetch(
      new Request(`${LOCAL_ORIGIN}/oauth/token?grant_type=account_credentials&account_id=${accountId}`, {
        method: 'POST',
        headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
      }),
    )
    const { access_token } = (await grant.json()) as { access_token: string }
    const paths = filledGets(contract('zoom.yaml'), '/v2')
    expect(paths).toEqual(
      expect.arrayContaining(['/v2/users/demo-host', '/v2/meetings/81000000001', '/v2/webinars/82000000001']),
    )
    const answers = await Promise.all(
      paths.map(async (path) => {
        const response = await emulator.fetch(
          new Request(`${LOCAL_ORIGIN}${path}`, { headers: { authorization: `Bearer ${access_token}` } }),
        )
        return { path, status: response.status, body: (await response.json()) as { message?: string } }
      }),
    )
    // No demo meeting takes registrations (the demo webinar does): the meeting is found, its registrants are not there.
    const registrants = '/v2/meetings/81000000001/registrants'
    expect(answers.find((answer) => answer.path === registrants)?.body.message).toBe(
      'Registration has not been enabled for this meeting: 81000000001.',
    )
    expect(
      answers.filter((answer) => answer.path !== registrants).map((a) => `${a.path} ${a.status}`),
    ).toEqual(paths.filter((path) => path !== registrants).map((path) => `${path} 200`))
  })

  test('the LumiNUS meeting example syncs (200)', async () => {
    const [path] = filledGets(contract('luminus.yaml'), '')
    expect(path).toBe('/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync')
    const { luminus } = demoClients(createTestEmulator())
    const { data } = await luminus.syncMeeting(path?.split('/')[3] ?? '')
    expect(data?.id).toBe('00000000-0000-4000-8000-000000000001')
  })

  test("LTI Pro's examples list demo-host's meetings, import the demo item and create a meeting in a demo course", async () => {
    const doc = contract('lti-pro.yaml')
    const listParams = doc.paths['/open/meeting/list']?.get?.parameters?.map((p) => resolved(doc, p)) ?? []
    const example = (name: string) => listParams.find((p) => p.name === name)?.example
    expect(example('key')).toBe(DEMO_CREDENTIALS.lti.key)
    const emulator = createTestEmulator()
    const { lti } = demoClients(emulator)

    const list = await lti.listMeetings({
      userId: String(example('userId')),
      isUpComing: example('isUpComing') === 'true',
    })
    expect(list.data?.total).toBeGreaterThan(0)

    const bulk = bodyExample(doc, '/meeting/bulkImport', 'post') as {
      userId: string
      meetingList: { meetingId: string; contextId: string; domain: string; courseId: string }[]
    }
    expect((await lti.bulkImport(bulk)).error).toBeUndefined()
    const [job] = emulator.exportState().lti.bulkJobs ?? []
    expect(job?.userId).toBe('demo-admin')
    expect(job?.items.map((item) => item.outcome)).toEqual(['associated'])

    const created = bodyExample(doc, '/meeting/createAndAssociate', 'post') as Parameters<
      typeof lti.createAndAssociate
    >[0]
    expect((await lti.createAndAssociate(created)).data).toMatchObject({ kind: 'associated' })
  })
})
