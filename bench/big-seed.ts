/** @module Bench-only seeds: the demo world plus N meetings written straight into the store maps, hosted and associated as a university account would be. */

import type { Store } from '../mock/core/store.js'
import type { Seed } from '../mock/core/world.js'
import { DEMO, DEMO_CREDENTIALS, seedDemo } from '../mock/seed/demo.js'
import { defaultMeetingSettings, type ZoomMeeting } from '../mock/services/zoom/state.js'

const HOUR = 3_600_000
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

export interface BigSeedOptions {
  /** Meetings added to the demo world. */
  meetings: number
  /** How many of them demo-host holds (the host every bench list asks for); the rest go to other hosts, this many each. */
  perHost: number
}

/** Host ids of the added meetings: demo-host first, then `bench-host-1`, `bench-host-2`, … */
export const benchHost = (index: number): string => (index === 0 ? DEMO.hostId : `bench-host-${index}`)

function addUser(store: Store, id: string): void {
  store.zoom.users.set(id, {
    id,
    account_id: DEMO_CREDENTIALS.zoom.accountId,
    email: `${id}@example.edu`,
    first_name: 'Bench',
    last_name: id,
    type: 2,
    role_name: 'Member',
    status: 'active',
    pmi: 5_000_000_000 + store.zoom.users.size,
    timezone: DEMO.timezone,
    language: 'en-US',
    dept: 'Computing',
    created_at: '2026-01-01T00:00:00Z',
    created_by_action: 'create',
  })
}

/** A seed: the demo world, then `meetings` type 2 meetings (half past, half upcoming), each associated with demo-context-1. */
export function bigSeed({ meetings, perHost }: BigSeedOptions): Seed {
  return (store, now, credentials) => {
    seedDemo(store, now, credentials)
    const key = credentials.lti.key
    const context = DEMO.contexts[0]
    const createdAt = iso(now - 400 * 24 * HOUR)
    for (let i = 0; i < meetings; i++) {
      const hostIndex = Math.floor(i / perHost)
      const hostId = benchHost(hostIndex)
      if (i % perHost === 0 && hostIndex > 0) addUser(store, hostId)
      const id = 90_000_000_000 + i
      const number = String(id)
      const password = `b${number.slice(-7)}`
      const meeting: ZoomMeeting = {
        uuid: `${Buffer.from(number).toString('base64').slice(0, 14)}${number.slice(-8)}==`,
        id,
        host_id: hostId,
        host_email: `${hostId}@example.edu`,
        topic: `Lecture ${i}`,
        type: 2,
        start_time: iso(now + ((i * 7919) % 20_000) * HOUR - 10_000 * HOUR),
        duration: 30 + (i % 4) * 30,
        timezone: DEMO.timezone,
        agenda: '',
        created_at: createdAt,
        password,
        h323_password: number.slice(-6),
        pstn_password: number.slice(-6),
        encrypted_password: `${number}${password}`,
        pre_schedule: false,
        settings: defaultMeetingSettings(),
      }
      store.zoom.meetings.set(number, meeting)
      store.lti.associations.set(`${key}|${number}|${DEMO.domain}|${context.contextId}`, {
        credentialKey: key,
        meetingId: number,
        contextId: context.contextId,
        domain: DEMO.domain,
        courseId: context.courseId,
        createdAt: now,
      })
    }
  }
}
