/** @module Test wiring for what happened: Zoom instances and their joins, put into the default world through PUT /__emulator/state. */
import type { Emulator } from '../../mock/core/emulator.js'
import type { ZoomInstance, ZoomParticipant } from '../../mock/services/zoom/state.js'

const MINUTE = 60_000
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

/** One join: offsets in minutes from the instance's start; no leave while still in a live instance. */
export interface Join {
  name: string
  email: string
  userId?: string
  joinMinute: number
  leaveMinute?: number
}

/** One instance: from `start` for `minutes` (live when absent), with its joins. */
export interface Happening {
  uuid: string
  id: number
  hostId: string
  start: number
  minutes?: number
  kind?: ZoomInstance['kind']
  topic?: string
  autoRecording?: ZoomInstance['auto_recording']
  joins: Join[]
}

export const instanceOf = (h: Happening): ZoomInstance => ({
  uuid: h.uuid,
  id: h.id,
  kind: h.kind ?? 'meeting',
  host_id: h.hostId,
  topic: h.topic ?? `Instance ${h.uuid}`,
  type: h.kind === 'webinar' ? 5 : 2,
  start_time: iso(h.start),
  ...(h.minutes === undefined ? {} : { end_time: iso(h.start + h.minutes * MINUTE) }),
  auto_recording: h.autoRecording ?? 'none',
})

export const participantsOf = (h: Happening): ZoomParticipant[] =>
  h.joins.map((j, i) => ({
    id: `${h.uuid}#${i}`,
    instance: h.uuid,
    ...(j.userId === undefined ? {} : { user_id: j.userId }),
    name: j.name,
    user_email: j.email,
    join_time: iso(h.start + j.joinMinute * MINUTE),
    ...(j.leaveMinute === undefined ? {} : { leave_time: iso(h.start + j.leaveMinute * MINUTE) }),
  }))

/** Adds the happenings to the default world's state (GET, then PUT /__emulator/state); throws unless it is accepted. */
export async function putHappenings(emulator: Emulator, happenings: Happening[]): Promise<void> {
  const state = (await (await emulator.request('/__emulator/state')).json()) as {
    zoom: { instances: Record<string, unknown>; participants: Record<string, unknown> }
  }
  for (const h of happenings) {
    state.zoom.instances[h.uuid] = instanceOf(h)
    for (const p of participantsOf(h)) state.zoom.participants[p.id] = p
  }
  const response = await emulator.request('/__emulator/state', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(state),
  })
  if (!response.ok) throw new Error(`PUT state answered ${response.status}: ${await response.text()}`)
}

export const HOST = { userId: 'demo-host', name: 'Harper Demo', email: 'host@example.edu' }
export const ADMIN = { userId: 'demo-admin', name: 'Ada Demo', email: 'admin@example.edu' }
export const guest = (n: number) => ({ name: `Guest ${n}`, email: `guest${n}@elsewhere.example` })
