/** @module Recording test wiring: instances put into a world through its state import, and Zoom calls with a token. */
import type { Emulator } from '../../mock/core/emulator.js'
import type { ZoomInstance } from '../../mock/services/zoom/state.js'
import { T0 } from '../helpers.js'
import { bearer, s2sToken } from './support.js'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

/** demo-host's past "Orientation" (81000000004) as an instance that ran `minutes` up to `endsAt`, recording to the cloud. */
export const endedInstance = (
  uuid: string,
  endsAt: number,
  { minutes = 60, id = 81000000004, auto_recording = 'cloud' as ZoomInstance['auto_recording'] } = {},
): ZoomInstance => ({
  uuid,
  id,
  kind: 'meeting',
  host_id: 'demo-host',
  topic: 'Orientation',
  type: 2,
  start_time: iso(endsAt - minutes * MINUTE),
  end_time: iso(endsAt),
  auto_recording,
})

/** Puts the instances into the emulator's default world through its state import (as `PUT /__emulator/state` does). */
export function putInstances(
  emulator: Pick<Emulator, 'exportState' | 'importState'>,
  ...instances: ZoomInstance[]
): void {
  const snapshot = emulator.exportState()
  snapshot.zoom.instances = {
    ...snapshot.zoom.instances,
    ...Object.fromEntries(instances.map((instance) => [instance.uuid, instance])),
  }
  emulator.importState(snapshot)
}

/** Raw Zoom calls with an S2S token of the demo account, the emulator's clock at T0 unless moved. */
export async function recordingCalls(emulator: Emulator) {
  const token = await s2sToken(emulator)
  const call = bearer(emulator, token)
  const json = async (path: string, init?: RequestInit) => {
    const response = await call(path, init)
    // biome-ignore lint/suspicious/noExplicitAny: raw answers read field by field; the test emulator has checked each against its contract
    const body: any = response.status === 204 ? undefined : await response.json()
    return { status: response.status, body }
  }
  return { token, call, json }
}

export const ENDED_AT = T0 - HOUR
