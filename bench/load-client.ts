/** @module One load-test client: a mix of Zoom meeting creates, LTI Pro bulk imports and lists, and LumiNUS syncs in one sandbox, counting what was acknowledged. */
import type { Credentials } from '../mock/core/store.js'
import { baseString, SIGNATURE_HEADER, signBaseString } from '../src/lti-pro/signature.js'

export type Operation = 'create' | 'user' | 'import' | 'list' | 'sync'

/** What the emulator acknowledged for one sandbox, and what went wrong. */
export interface Tally {
  meetings: Set<string>
  users: Set<string>
  /** Meeting numbers accepted by a bulk import into demo-context-1. */
  imported: Set<string>
  operations: Record<Operation, number>
  /** Milliseconds from sending each acknowledged operation to reading its whole answer. */
  latencies: Record<Operation, number[]>
  errors: string[]
}

export const newTally = (): Tally => ({
  meetings: new Set(),
  users: new Set(),
  imported: new Set(),
  operations: { create: 0, user: 0, import: 0, list: 0, sync: 0 },
  latencies: { create: [], user: [], import: [], list: [], sync: [] },
  errors: [],
})

/** Zoom allows 100 meeting creates per host per day: each client moves to a new host before that. */
const CREATES_PER_HOST = 90
const LUMINUS_MEETING = '00000000-0000-4000-8000-000000000001'
const DOMAIN = 'https://lms.example.edu'

export interface ClientOptions {
  url: string
  credentials: Credentials
  /** Unique among all clients, for the users' emails. */
  name: string
  token: string
  tally: Tally
  until: number
  /** Lists and syncs only: nothing is stored, so memory should stay flat. */
  readOnly?: boolean
}

export async function runClient({
  url,
  credentials,
  name,
  token,
  tally,
  until,
  readOnly = false,
}: ClientOptions): Promise<void> {
  const zoomHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  let hostId = ''
  let hosted = CREATES_PER_HOST
  let hosts = 0
  const toImport: string[] = []

  let sent = 0
  const acknowledged = (operation: Operation) => {
    tally.operations[operation]++
    tally.latencies[operation].push(performance.now() - sent)
  }
  const expect = async (what: string, response: () => Promise<Response>, status: number) => {
    sent = performance.now()
    try {
      const answer = await response()
      const body = await answer.text()
      if (answer.status === status) return body
      tally.errors.push(`${what}: ${answer.status} ${body.slice(0, 200)}`)
    } catch (error) {
      tally.errors.push(`${what}: ${(error as Error).message}`)
    }
    return undefined
  }
  const signed = (path: string, query: Record<string, string>, init: RequestInit = {}) => {
    const params = { key: credentials.lti.key, timestamp: String(Date.now()), ...query }
    const signature = signBaseString(credentials.lti.secret, baseString(params))
    const headers = { [SIGNATURE_HEADER]: signature, 'content-type': 'application/json' }
    return fetch(`${url}/api/v1/lti/rich${path}?${new URLSearchParams(params)}`, { ...init, headers })
  }

  const newHost = async () => {
    const email = `${name}-host${hosts++}@example.edu`
    const body = JSON.stringify({ action: 'custCreate', user_info: { email, type: 2 } })
    const created = await expect(
      'user create',
      () => fetch(`${url}/v2/users`, { method: 'POST', headers: zoomHeaders, body }),
      201,
    )
    if (created === undefined) return false
    hostId = (JSON.parse(created) as { id: string }).id
    tally.users.add(hostId)
    acknowledged('user')
    hosted = 0
    return true
  }
  const create = async () => {
    if (hosted >= CREATES_PER_HOST && !(await newHost())) return
    const body = JSON.stringify({ topic: `load ${name}`, type: 2, start_time: '2030-01-01T10:00:00Z' })
    const created = await expect(
      'meeting create',
      () => fetch(`${url}/v2/users/${hostId}/meetings`, { method: 'POST', headers: zoomHeaders, body }),
      201,
    )
    if (created === undefined) return
    const id = String((JSON.parse(created) as { id: number }).id)
    hosted++
    tally.meetings.add(id)
    toImport.push(id)
    acknowledged('create')
  }
  const bulkImport = async () => {
    const items = toImport
      .splice(0, 5)
      .map((meetingId) => ({ meetingId, contextId: 'demo-context-1', domain: DOMAIN }))
    const accepted = await expect(
      'bulk import',
      () => signed('/meeting/bulkImport', {}, { method: 'POST', body: JSON.stringify(items) }),
      200,
    )
    if (accepted === undefined || !(JSON.parse(accepted) as { status: boolean }).status) {
      if (accepted !== undefined) tally.errors.push(`bulk import refused: ${accepted}`)
      return
    }
    for (const item of items) tally.imported.add(item.meetingId)
    acknowledged('import')
  }
  const list = async () => {
    const query = { userId: hostId || 'demo-host', pageNum: '1', pageSize: '20', isUpComing: 'true' }
    if ((await expect('LTI list', () => signed('/open/meeting/list', query), 200)) !== undefined)
      acknowledged('list')
  }
  const sync = async () => {
    const headers = { 'Ocp-Apim-Subscription-Key': credentials.luminus.subscriptionKey }
    const answer = await expect(
      'LumiNUS sync',
      () => fetch(`${url}/zoom/Meeting/${LUMINUS_MEETING}/Sync`, { headers }),
      200,
    )
    if (answer !== undefined) acknowledged('sync')
  }

  for (let turn = 0; Date.now() < until; turn++) {
    const pick = readOnly ? 6 + (turn % 4) : turn % 10
    if (pick < 4) await create()
    else if (pick < 6 && toImport.length > 0) await bulkImport()
    else if (pick < 8) await list()
    else await sync()
  }
  if (toImport.length > 0) await bulkImport()
}
