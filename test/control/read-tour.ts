/** @module A tour of every read of a world's data: the dashboard, the control API's GETs and each service's reads with each credential the store holds, answered as statuses. */

import { type Emulator, LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import { WORLD_FRAGMENT } from '../../mock/dashboard/page.js'
import { createLtiProClient } from '../../src/lti-pro/client.js'
import { createLuminusClient } from '../../src/luminus/client.js'

export interface Read {
  what: string
  status: number
  /** Why the client threw (a contract violation, say). */
  error?: string
}

const CONTROL_READS = [
  '/state',
  '/clock',
  '/requests',
  '/faults',
  '/sandboxes',
  '/lti-pro/bulk-jobs',
  '/health',
]

async function zoomReads(emulator: Emulator, get: (path: string, init?: RequestInit) => Promise<Read>) {
  const { zoom } = emulator.worlds.defaultWorld.store
  const reads: Read[] = []
  for (const account of zoom.accounts.values()) {
    const basic = Buffer.from(`${account.clientId}:${account.clientSecret}`).toString('base64')
    const answer = await emulator.fetch(
      new Request(`${LOCAL_ORIGIN}/oauth/token?grant_type=account_credentials&account_id=${account.id}`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}` },
      }),
    )
    reads.push({ what: `token of ${account.id}`, status: answer.status })
    if (answer.status !== 200) continue
    const { access_token } = (await answer.json()) as { access_token: string }
    const init = { headers: { authorization: `Bearer ${access_token}` } }
    reads.push(await get('/v2/users', init))
    for (const id of zoom.users.keys()) {
      reads.push(await get(`/v2/users/${encodeURIComponent(id)}`, init))
      reads.push(await get(`/v2/users/${encodeURIComponent(id)}/meetings?type=upcoming`, init))
      reads.push(await get(`/v2/users/${encodeURIComponent(id)}/meetings?type=previous_meetings`, init))
    }
    for (const id of zoom.meetings.keys()) reads.push(await get(`/v2/meetings/${id}`, init))
  }
  return reads
}

/** Every read, in order; each answer is checked against its contract by the emulator's fetch (see test/helpers.ts). */
export async function readTour(emulator: Emulator): Promise<Read[]> {
  const get = async (path: string, init?: RequestInit): Promise<Read> => {
    const response = await emulator.fetch(new Request(`${LOCAL_ORIGIN}${path}`, init))
    await response.arrayBuffer()
    return { what: `GET ${path}`, status: response.status }
  }
  const reads: Read[] = [await get('/'), await get(WORLD_FRAGMENT)]
  for (const path of CONTROL_READS) reads.push(await get(`/__emulator${path}`))
  reads.push(...(await zoomReads(emulator, get)))
  const { store } = emulator.worlds.defaultWorld
  const fetch = emulator.fetch
  for (const { key, secret } of store.lti.credentials.values()) {
    const lti = createLtiProClient({
      key,
      secret,
      baseUrl: LOCAL_ORIGIN,
      fetch,
      now: () => emulator.clock.now(),
    })
    for (const userId of ['', ...store.zoom.users.keys()])
      for (const isUpComing of [true, false]) {
        const page = await lti.listMeetings({ userId, isUpComing }).catch((error: unknown) => error)
        reads.push(readOf(`LTI Pro list of ${key} for "${userId}"`, page))
      }
  }
  for (const { key } of store.luminus.subscriptions.values()) {
    const luminus = createLuminusClient({ subscriptionKey: key, baseUrl: LOCAL_ORIGIN, fetch })
    for (const id of store.luminus.meetings.keys()) {
      const synced = await luminus.syncMeeting(id).catch((error: unknown) => error)
      reads.push(readOf(`LumiNUS sync of ${id} with ${key}`, synced))
    }
  }
  return reads
}

/** A client's result as a read: 200 when it succeeded, the API's status when it refused, 599 when it threw. */
function readOf(what: string, result: unknown): Read {
  if (result instanceof Error) return { what, status: 599, error: result.message }
  const { error, response } = result as { error?: { httpStatus?: number }; response?: Response }
  return { what, status: response?.status ?? error?.httpStatus ?? 200 }
}

/** The reads that answered a 5xx (or whose client threw). */
export const failedReads = (reads: Read[]) => reads.filter((read) => read.status >= 500)
