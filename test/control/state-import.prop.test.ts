/** @module Property: any entity the state's schema admits, put in a demo world in place of one of its own, imports or is refused with a 400, and after an import every read answers without a 5xx and within its contract. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { StateSnapshot } from '../../mock/control/state.js'
import { schemaValues } from '../conformance/control-requests.js'
import { contracts } from '../contract.js'
import { createTestEmulator } from '../helpers.js'
import { control } from './helpers.js'
import { failedReads, readTour } from './read-tour.js'

type Entity = Record<string, unknown>
type Snapshot = Record<string, Record<string, Record<string, Entity>>>

/** Fields that name an entity or another one: kept as the demo entity has them, so that only the contents vary. */
const IDENTITY = new Set([
  'id',
  'key',
  'uuid',
  'account_id',
  'accountId',
  'host_id',
  'credentialKey',
  'contextId',
  'domain',
  'meetingId',
  'moduleId',
  'userId',
  'creatorID',
])

const demo = createTestEmulator().exportState() as unknown as Snapshot

/** Every Map field of the demo state holding entities (objects), with its entity schema from contracts/emulator.yaml. */
const targets = Object.entries(demo).flatMap(([slice, fields]) =>
  typeof fields !== 'object' || slice === 'clock'
    ? []
    : Object.entries(fields).flatMap(([field, entries]) => {
        const keys = Object.keys(entries ?? {})
        const first = keys[0] ? entries[keys[0]] : undefined
        if (Array.isArray(entries) || typeof first !== 'object') return []
        const sliceName = `${slice[0]?.toUpperCase()}${slice.slice(1)}Slice`
        const sliceSchema =
          contracts.resolve(`#/components/schemas/${sliceName}`, 'emulator.yaml')?.node ?? {}
        const fieldSchema = ((sliceSchema.properties ?? {}) as Record<string, Entity>)[field]
        return [{ slice, field, keys, schema: fieldSchema?.additionalProperties as Entity }]
      }),
)

const replacement = fc.constantFrom(...targets).chain(({ slice, field, keys, schema }) =>
  fc.record({
    slice: fc.constant(slice),
    field: fc.constant(field),
    key: fc.constantFrom(...keys),
    drawn: schemaValues(schema, 2),
  }),
)

describe('state imports of schema-valid entities', () => {
  test('draws an entity for every store Map the demo world fills', () => {
    expect(targets.map((t) => `${t.slice}.${t.field}`)).toEqual(
      expect.arrayContaining(['zoom.users', 'zoom.meetings', 'lti.associations', 'luminus.meetings']),
    )
  })

  test.prop([fc.array(replacement, { minLength: 1, maxLength: 3 })], { numRuns: 60 })(
    'import or a 400, and after an import every read answers without a 5xx, within its contract',
    async (replacements) => {
      const snapshot = structuredClone(demo)
      for (const { slice, field, key, drawn } of replacements) {
        const entries = snapshot[slice]?.[field] ?? {}
        const own = entries[key] ?? {}
        const identity = Object.fromEntries(Object.entries(own).filter(([name]) => IDENTITY.has(name)))
        entries[key] = { ...(drawn as Entity), ...identity }
      }
      const emulator = createTestEmulator()
      const answer = await control(emulator, 'PUT', '/state', { body: snapshot as unknown as StateSnapshot })
      expect([204, 400], JSON.stringify(answer.body)).toContain(answer.status)
      if (answer.status === 204) expect(failedReads(await readTour(emulator))).toEqual([])
    },
    120_000,
  )
})
