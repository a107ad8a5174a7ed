/** @module Properties of Zoom user settings: a run of PATCHes reads back as their merge over the defaults; a refused PATCH changes nothing. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { zoomFixture } from './support.js'

type Body = Record<string, Record<string, unknown>>

/** The oracle's merge, written apart from the emulator's: objects field by field, anything else replaced. */
function merged(base: unknown, patch: unknown): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!isObject(base) || !isObject(patch)) return patch
  const out = { ...base }
  for (const key of Object.keys(patch)) out[key] = merged(base[key], patch[key])
  return out
}

/** Valid values for some fields of each group (leaving out those a rule ties to others: cloud recording, webinar, waiting room). */
const validBody: fc.Arbitrary<Body> = fc.record(
  {
    schedule_meeting: fc.record(
      {
        host_video: fc.boolean(),
        audio_type: fc.constantFrom('both', 'telephony', 'voip', 'thirdParty'),
        require_password_for_pmi_meetings: fc.constantFrom('jbh_only', 'all', 'none'),
        meeting_password_requirement: fc.record(
          { length: fc.integer({ min: 0, max: 10 }), have_letter: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    in_meeting: fc.record(
      {
        chat: fc.boolean(),
        entry_exit_chime: fc.constantFrom('host', 'all', 'none'),
        allow_users_save_chats: fc.constantFrom(1, 2, 3),
      },
      { requiredKeys: [] },
    ),
    recording: fc.record(
      {
        local_recording: fc.boolean(),
        auto_delete_cmr_days: fc.constantFrom(30, 60, 90, 120),
        auto_recording: fc.constantFrom('local', 'none'),
      },
      { requiredKeys: [] },
    ),
    feature: fc.record(
      { meeting_capacity: fc.constantFrom(100, 300, 500, 1000), large_meeting: fc.boolean() },
      { requiredKeys: [] },
    ),
    meeting_security: fc.record(
      { encryption_type: fc.constantFrom('enhanced_encryption', 'e2ee'), block_user_domain: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

/** A body with one value its schema refuses. */
const invalidBody: fc.Arbitrary<Body> = fc
  .tuple(
    validBody,
    fc.constantFrom<Body>(
      { schedule_meeting: { audio_type: 'fax' } },
      { in_meeting: { allow_users_save_chats: 4 } },
      { recording: { auto_delete_cmr_days: 45 } },
      { feature: { meeting_capacity: 42 } },
      { schedule_meeting: { meeting_password_requirement: { length: -1 } } },
      { tsp: { unknown_field: true } },
    ),
  )
  .map(([valid, wrong]) => merged(valid, wrong) as Body)

const step = fc.oneof(
  validBody.map((body) => ({ body, valid: true })),
  invalidBody.map((body) => ({ body, valid: false })),
)

describe('Zoom user settings properties', () => {
  test.prop([fc.array(step, { minLength: 1, maxLength: 6 })], { numRuns: 25 })(
    'after any run of PATCHes, GET reads the accepted ones merged over the defaults, in order',
    async (steps) => {
      const { client } = zoomFixture()
      const read = async () => {
        const [settings, security] = await Promise.all([
          client.settings.get('demo-host'),
          client.settings.meetingSecurity('demo-host'),
        ])
        return { ...settings.data, ...security.data }
      }
      let expected: unknown = await read()
      for (const { body, valid } of steps) {
        const answer = await client.settings.update('demo-host', body)
        expect(answer.response?.status).toBe(valid ? 204 : 400)
        if (valid) expected = merged(expected, body)
        expect(await read()).toEqual(expected)
      }
    },
  )
})
