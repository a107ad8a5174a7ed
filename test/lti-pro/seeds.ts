/** @module Test seeds: the demo world plus generated meetings for demo-host. */

import type { Seed } from '../../mock/core/world.js'
import { DEMO, seedDemo } from '../../mock/seed/demo.js'
import { defaultMeetingSettings } from '../../mock/services/zoom/state.js'

export const FIRST_GENERATED = 82_000_000_000

export interface GeneratedMeeting {
  /** Minutes from the seeding instant. */
  startsInMinutes: number
  duration?: number
  /** Associate it with demo-context-1 (default true). */
  associated?: boolean
}

/** The demo world without its associations, plus one demo-host meeting per entry, numbered from FIRST_GENERATED. */
export const seedWithMeetings =
  (meetings: readonly GeneratedMeeting[]): Seed =>
  (store, now, credentials) => {
    seedDemo(store, now, credentials)
    store.lti.associations.clear()
    meetings.forEach((m, i) => {
      const id = FIRST_GENERATED + i
      store.zoom.meetings.set(String(id), {
        uuid: Buffer.from(`generated-${i}`).toString('base64'),
        id,
        host_id: DEMO.hostId,
        host_email: 'host@example.edu',
        topic: `Generated ${i}`,
        type: 2,
        start_time: `${new Date(now + m.startsInMinutes * 60_000).toISOString().slice(0, 19)}Z`,
        duration: m.duration ?? 30,
        timezone: 'UTC',
        agenda: '',
        created_at: `${new Date(now).toISOString().slice(0, 19)}Z`,
        password: 'x',
        h323_password: '1',
        pstn_password: '1',
        encrypted_password: 'x',
        pre_schedule: false,
        settings: defaultMeetingSettings(),
      })
      if (m.associated === false) return
      const contextId = DEMO.contexts[0].contextId
      store.lti.associations.set(`${credentials.lti.key}|${id}|${DEMO.domain}|${contextId}`, {
        credentialKey: credentials.lti.key,
        meetingId: String(id),
        contextId,
        domain: DEMO.domain,
        createdAt: now,
      })
    })
  }
