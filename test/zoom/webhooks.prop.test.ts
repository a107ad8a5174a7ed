/** @module Property: for any sequence of user and meeting creates, updates, deletes and clock moves, the events delivered are exactly the model's, in order, each once. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { zoomFixture } from './support.js'
import { webhookReceiver } from './webhook-receiver.js'

type Command =
  | { kind: 'createUser' }
  | { kind: 'updateUser' | 'deleteUser' | 'updateMeeting' | 'deleteMeeting'; pick: number }
  | { kind: 'createMeeting'; pick: number }
  | { kind: 'advance'; ms: number }

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ kind: 'createUser' as const }),
  fc.record({ kind: fc.constantFrom('updateUser' as const, 'deleteUser' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('createMeeting' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constantFrom('updateMeeting' as const, 'deleteMeeting' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 5 * 24 * 3_600_000 }) }),
)

const EVENTS = [
  'user.created',
  'user.updated',
  'user.deleted',
  'meeting.created',
  'meeting.updated',
  'meeting.deleted',
]

test.prop([fc.array(command, { maxLength: 25 })], { numRuns: 30 })(
  'the events delivered are exactly those of the model, in the order of the changes, each once',
  async (commands) => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver('prop-secret')
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: 'prop-secret', events: EVENTS })
    const users: string[] = []
    const meetings: { id: number; host: string }[] = []
    const expected: [string, string | number][] = []
    let serial = 0
    for (const c of commands) {
      serial++
      if (c.kind === 'createUser') {
        const email = `p${serial}@example.edu`
        const id = (await client.users.create({ action: 'custCreate', user_info: { email, type: 1 } })).data
          ?.id as string
        users.push(id)
        expected.push(['user.created', id])
      } else if (c.kind === 'advance') {
        emulator.setClock({ advanceMs: c.ms })
      } else if (c.kind === 'createMeeting') {
        const host = users[c.pick % (users.length + 1)] ?? 'demo-admin'
        const id = (await client.meetings.create(host, { topic: `m${serial}` })).data?.id as number
        meetings.push({ id, host })
        expected.push(['meeting.created', id])
      } else if (c.kind === 'updateUser' || c.kind === 'deleteUser') {
        const id = users[c.pick % users.length]
        if (id === undefined) continue
        if (c.kind === 'updateUser') {
          expect((await client.users.update(id, { first_name: `n${serial}` })).response?.status).toBe(204)
          expected.push(['user.updated', id])
        } else {
          expect((await client.users.delete(id)).response?.status).toBe(204)
          for (const m of meetings.filter((m) => m.host === id)) expected.push(['meeting.deleted', m.id])
          meetings.splice(0, meetings.length, ...meetings.filter((m) => m.host !== id))
          users.splice(users.indexOf(id), 1)
          expected.push(['user.deleted', id])
        }
      } else {
        const meeting = meetings[c.pick % meetings.length]
        if (meeting === undefined) continue
        if (c.kind === 'updateMeeting') {
          expect((await client.meetings.update(meeting.id, { topic: `t${serial}` })).response?.status).toBe(
            204,
          )
          expected.push(['meeting.updated', meeting.id])
        } else {
          expect((await client.meetings.delete(meeting.id)).response?.status).toBe(204)
          meetings.splice(meetings.indexOf(meeting), 1)
          expected.push(['meeting.deleted', meeting.id])
        }
      }
    }
    await emulator.webhooks.idle()
    const delivered = receiver.events().map((r) => [r.event, r.json.payload.object?.id])
    expect(delivered).toEqual(expected)
    expect(receiver.received.every((r) => r.verified)).toBe(true)
  },
)
