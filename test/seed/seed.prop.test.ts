/** @module Properties of POST /__emulator/seed: a valid batch adds exactly its entities; a batch with one bad item adds nothing. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { SeedRequest, SeedResult } from '../../mock/index.js'
import { control } from '../control/helpers.js'
import { createTestEmulator, T0 } from '../helpers.js'

const HOUR = 3_600_000
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

/** Users with distinct emails, meetings hosted by them (by email or by the id given), courses, and associations between them. */
const validBatch = fc
  .record({
    emails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 4 }),
    meetings: fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 10_000_000_000, max: 80_000_000_000 }),
        host: fc.nat(),
        byEmail: fc.boolean(),
        topic: fc.string({ minLength: 1, maxLength: 200 }),
        startsInHours: fc.integer({ min: -500, max: 500 }),
        duration: fc.integer({ min: 0, max: 1440 }),
      }),
      { selector: (m) => m.id, maxLength: 5 },
    ),
    courses: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 3 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    modules: fc.nat({ max: 2 }),
  })
  .map(({ emails, meetings, courses, links, modules }): SeedRequest => {
    const users = emails.map((name, i) => ({ id: `seed-user-${i}`, email: `${name}@seed.example.edu` }))
    const pairs = new Map(
      meetings.length === 0 || courses.length === 0
        ? []
        : links.map(([m, c]) => {
            const meetingId = (meetings[m % meetings.length] as { id: number }).id
            const contextId = courses[c % courses.length] as string
            return [`${meetingId}|${contextId}`, { meetingId, contextId }] as const
          }),
    )
    return {
      zoom: {
        users,
        meetings: meetings.map((m) => {
          const host = users[m.host % users.length] as { id: string; email: string }
          return {
            id: m.id,
            host_id: m.byEmail ? host.email : host.id,
            topic: m.topic,
            start_time: iso(T0 + m.startsInHours * HOUR),
            duration: m.duration,
          }
        }),
      },
      lti: { courses: courses.map((contextId) => ({ contextId })), associations: [...pairs.values()] },
      luminus: { modules: Array.from({ length: modules }, () => ({})), users: [{}] },
    }
  })

const byKey = <T>(items: T[], key: (item: T) => string) =>
  Object.fromEntries(items.map((item) => [key(item), item]))

describe('seeding by batch', () => {
  test.prop([validBatch], { numRuns: 30 })(
    'after any valid batch the state holds what it held before plus exactly the entities answered',
    async (request) => {
      const emulator = createTestEmulator()
      const before = emulator.exportState()
      const answer = await control(emulator, 'POST', '/seed', { body: request })
      expect(answer.status).toBe(201)
      const created = answer.body as SeedResult
      expect(created.zoom.meetings.map((m) => m.id)).toEqual(request.zoom?.meetings?.map((m) => m.id))
      const after = (await control(emulator, 'GET', '/state')).body as typeof before
      expect(after.zoom.users).toEqual({ ...before.zoom.users, ...byKey(created.zoom.users, (u) => u.id) })
      expect(after.zoom.meetings).toEqual({
        ...before.zoom.meetings,
        ...byKey(created.zoom.meetings, (m) => String(m.id)),
      })
      expect(after.lti.courses).toEqual({
        ...before.lti.courses,
        ...byKey(created.lti.courses, (c) => `${c.credentialKey}|${c.domain}|${c.contextId}`),
      })
      expect(after.lti.associations).toEqual({
        ...before.lti.associations,
        ...byKey(
          created.lti.associations,
          (a) => `${a.credentialKey}|${a.meetingId}|${a.domain}|${a.contextId}`,
        ),
      })
      expect(after.luminus.modules).toEqual({
        ...before.luminus.modules,
        ...byKey(created.luminus.modules, (m) => m.id),
      })
      expect(after.luminus.users).toEqual({
        ...before.luminus.users,
        ...byKey(created.luminus.users, (u) => u.id),
      })
    },
  )

  test.prop([validBatch, fc.nat()], { numRuns: 30 })(
    'the same batch with one meeting whose host does not exist changes nothing and names that meeting',
    async (request, at) => {
      const emulator = createTestEmulator()
      const before = emulator.exportState()
      const meetings = [...(request.zoom?.meetings ?? [])]
      const index = at % (meetings.length + 1)
      meetings.splice(index, 0, { host_id: 'nobody@nowhere.example' })
      const answer = await control(emulator, 'POST', '/seed', {
        body: { ...request, zoom: { ...request.zoom, meetings } },
      })
      expect(answer).toEqual({
        status: 400,
        body: { error: `zoom.meetings[${index}].host_id: no Zoom user nobody@nowhere.example` },
      })
      expect(emulator.exportState()).toEqual(before)
    },
  )
})
