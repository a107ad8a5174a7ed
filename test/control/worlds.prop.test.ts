/** @module Properties of worlds: sandboxes never see each other's operations; reset equals a fresh emulator. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { DEMO_MEETINGS } from '../../mock/seed/demo.js'

import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'

interface Target {
  /** The sandbox id, or `default`. */
  id: string
  luminusKey: string
}

type Command = (emulator: Emulator, target: Target) => Promise<unknown>

const meetingId = fc.constantFrom(...DEMO_MEETINGS.map((m) => String(m.id)))

/** Operations on one world, through the control API, in-process control, its store and its credentials. */
const command: fc.Arbitrary<Command> = fc.oneof(
  fc
    .integer({ min: -86_400_000, max: 86_400_000 })
    .map<Command>(
      (advanceMs) => (e, t) => control(e, 'POST', '/clock', { sandbox: t.id, body: { advanceMs } }),
    ),
  meetingId.map<Command>((id) => async (e, t) => e.worlds.get(t.id)?.store.zoom.meetings.delete(id)),
  fc.constant<Command>(async (e, t) => {
    const world = e.worlds.get(t.id)
    const now = world?.clock.now() ?? 0
    const credentialKey = world?.credentials.lti.key ?? ''
    const job = {
      id: `job-${now}`,
      kind: 'import',
      credentialKey,
      receivedAt: now,
      dueAt: now,
      status: 'done',
    } as const
    world?.store.lti.bulkJobs.push({ ...job, processedAt: now, items: [] })
  }),
  fc.integer({ min: 200, max: 599 }).map<Command>(
    (status) => (e, t) =>
      control(e, 'POST', '/faults', {
        sandbox: t.id,
        body: { match: { service: 'luminus' }, response: { status } },
      }),
  ),
  fc.constant<Command>((e, t) =>
    e.request('/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync', {
      headers: { 'Ocp-Apim-Subscription-Key': t.luminusKey },
    }),
  ),
  fc.constant<Command>((e, t) => control(e, 'DELETE', '/requests', { sandbox: t.id })),
  fc.constant<Command>((e, t) => control(e, 'DELETE', '/faults', { sandbox: t.id })),
  fc.constant<Command>((e, t) => control(e, 'POST', '/reset', { sandbox: t.id })),
  fc.constant<Command>(async (e, t) => {
    const world = e.sandbox(t.id)
    const state = world.exportState()
    world.reset()
    world.importState(state)
  }),
)

/** Everything a test can observe of a world through the control API (durations aside). */
const observe = (emulator: Emulator, id: string) => {
  const world = emulator.sandbox(id)
  return {
    state: world.exportState(),
    clock: world.clock.now(),
    requests: world.requests().requests.map(({ durationMs: _, ...entry }) => entry),
    faults: world.faults.list(),
  }
}

describe('worlds', () => {
  test.prop([fc.array(fc.tuple(fc.boolean(), command), { maxLength: 12 })])(
    "operations in one world never change another sandbox's observable state",
    async (commands) => {
      const emulator = createTestEmulator()
      const [a, b] = [emulator.createSandbox(), emulator.createSandbox()]
      const targets = [a, emulator].map((w) => ({
        id: w.id,
        luminusKey: w.credentials.luminus.subscriptionKey,
      }))
      const before = observe(emulator, b.id)
      for (const [onSandbox, run] of commands) await run(emulator, targets[onSandbox ? 0 : 1] as Target)
      expect(observe(emulator, b.id)).toEqual(before)
    },
  )

  test.prop([fc.array(command, { maxLength: 12 })])(
    'reset after any sequence of operations equals a fresh emulator',
    async (commands) => {
      const emulator = createTestEmulator()
      const target = { id: 'default', luminusKey: 'demo-subscription-key' }
      for (const run of commands) await run(emulator, target)
      emulator.reset()
      expect(observe(emulator, 'default')).toEqual(observe(createTestEmulator(), 'default'))
    },
  )

  test.prop([fc.array(command, { maxLength: 12 })])(
    'export, reset, import gives back the exported state after any sequence of operations',
    async (commands) => {
      const emulator = createTestEmulator()
      const target = { id: 'default', luminusKey: 'demo-subscription-key' }
      for (const run of commands) await run(emulator, target)
      const exported = emulator.exportState()
      emulator.reset()
      emulator.importState(exported)
      expect(emulator.exportState()).toEqual(exported)
    },
  )
})
