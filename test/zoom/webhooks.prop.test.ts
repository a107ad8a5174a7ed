/**
 * @module Property: for any sequence of user and meeting creates, updates, deletes and clock moves
 * (the meetings happening as the clock passes them), the events delivered are exactly the model's,
 * in event-time order, each once.
 */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { zoomFixture } from './support.js'
import { webhookReceiver } from './webhook-receiver.js'

type Command =
  | { kind: 'createUser' }
  | { kind: 'updateUser' | 'deleteUser' | 'updateMeeting' | 'deleteMeeting'; pick: number }
  | { kind: 'createMeeting'; pick: number; inMinutes: number; duration: number; cloud: boolean }
  | { kind: 'advance'; ms: number }

const MINUTE = 60_000
const DELAY_MINUTES = 10

/** Weighted toward meetings and clock moves, so that most runs see meetings start, end and record. */
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'createUser' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('updateUser' as const, 'deleteUser' as const),
      pick: fc.nat(9),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('createMeeting' as const),
      pick: fc.nat(9),
      inMinutes: fc.integer({ min: 1, max: 1440 }),
      duration: fc.integer({ min: 1, max: 180 }),
      cloud: fc.boolean(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('updateMeeting' as const, 'deleteMeeting' as const),
      pick: fc.nat(9),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 1, max: 2 * 24 * 3_600_000 }),
    }),
    weight: 3,
  },
)

const EVENTS = [
  'user.created',
  'user.updated',
  'user.deleted',
  'meeting.created',
  'meeting.updated',
  'meeting.deleted',
  'meeting.started',
  'meeting.participant_joined',
  'meeting.participant_left',
  'meeting.ended',
  'recording.completed',
]

/** An event as the model expects it: its name, the id of its object (as a string), its event_ts. */
type Expected = [event: string, id: string, ts: number]

/** A meeting of the model: when it starts and is planned to end, whether it records, and how far it has happened. */
interface ModelMeeting {
  id: string
  host: string
  start: number
  end: number
  cloud: boolean
  started: boolean
  ended: boolean
}

/** What the clock makes happen of the meetings by `now`, as the model says it: the host attends each whole. */
function happen(meetings: ModelMeeting[], now: number, expected: Expected[]): void {
  for (const m of meetings) {
    if (!m.started && m.start <= now) {
      m.started = true
      expected.push(['meeting.started', m.id, m.start], ['meeting.participant_joined', m.id, m.start])
    }
    if (m.started && !m.ended && m.end <= now) endAt(m, m.end, expected)
  }
}

function endAt(m: ModelMeeting, at: number, expected: Expected[]): void {
  m.ended = true
  expected.push(['meeting.participant_left', m.id, at], ['meeting.ended', m.id, at])
  if (m.cloud) expected.push(['recording.completed', m.id, at + DELAY_MINUTES * MINUTE])
}

/** Deletes a meeting in the model at `now`: a live instance ends then. */
function deleteAt(m: ModelMeeting, now: number, expected: Expected[]): void {
  if (m.started && !m.ended) endAt(m, now, expected)
  expected.push(['meeting.deleted', m.id, now])
}

const byObject = (events: Expected[]) => {
  const groups = new Map<string, Expected[]>()
  for (const e of events) groups.set(e[1], [...(groups.get(e[1]) ?? []), e])
  return groups
}

test.prop([fc.array(command, { minLength: 4, maxLength: 25 })], { numRuns: 30 })(
  'the events delivered, clock events included, are exactly those of the model, in event-time order, each once',
  async (commands) => {
    const { emulator, client, store } = zoomFixture({ zoom: { recordingDelayMinutes: DELAY_MINUTES } })
    // The demo world's own meetings would happen too: the property's world has only its own.
    for (const id of [...store().meetings.keys()]) await client.meetings.delete(id)
    const receiver = webhookReceiver('prop-secret')
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: 'prop-secret', events: EVENTS })
    const users: string[] = []
    const meetings: ModelMeeting[] = []
    const expected: Expected[] = []
    let serial = 0
    for (const c of commands) {
      serial++
      const clock = emulator.clock.now()
      happen(meetings, clock, expected)
      // Events are stamped to the whole second, as the instance times they order with are.
      const now = Math.floor(clock / 1000) * 1000
      if (c.kind === 'createUser') {
        const email = `p${serial}@example.edu`
        const id = (await client.users.create({ action: 'custCreate', user_info: { email, type: 1 } })).data
          ?.id as string
        users.push(id)
        expected.push(['user.created', id, now])
      } else if (c.kind === 'advance') {
        emulator.setClock({ advanceMs: c.ms })
      } else if (c.kind === 'createMeeting') {
        const host = users[c.pick % (users.length + 1)] ?? 'demo-admin'
        const { data } = await client.meetings.create(host, {
          topic: `m${serial}`,
          start_time: new Date(clock + c.inMinutes * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          duration: c.duration,
          settings: { auto_recording: c.cloud ? 'cloud' : 'none' },
        })
        const start = Date.parse(data?.start_time ?? '')
        const end = start + (data?.duration ?? 0) * MINUTE
        const cloud = data?.settings?.auto_recording === 'cloud'
        const id = String(data?.id)
        meetings.push({ id, host, start, end, cloud, started: false, ended: false })
        expected.push(['meeting.created', id, now])
      } else if (c.kind === 'updateUser' || c.kind === 'deleteUser') {
        const id = users[c.pick % users.length]
        if (id === undefined) continue
        if (c.kind === 'updateUser') {
          expect((await client.users.update(id, { first_name: `n${serial}` })).response?.status).toBe(204)
          expected.push(['user.updated', id, now])
        } else {
          expect((await client.users.delete(id)).response?.status).toBe(204)
          for (const m of meetings.filter((m) => m.host === id)) deleteAt(m, now, expected)
          meetings.splice(0, meetings.length, ...meetings.filter((m) => m.host !== id))
          users.splice(users.indexOf(id), 1)
          expected.push(['user.deleted', id, now])
        }
      } else {
        const meeting = meetings[c.pick % meetings.length]
        if (meeting === undefined) continue
        if (c.kind === 'updateMeeting') {
          expect((await client.meetings.update(meeting.id, { topic: `t${serial}` })).response?.status).toBe(
            204,
          )
          expected.push(['meeting.updated', meeting.id, now])
        } else {
          expect((await client.meetings.delete(meeting.id)).response?.status).toBe(204)
          meetings.splice(meetings.indexOf(meeting), 1)
          deleteAt(meeting, now, expected)
        }
      }
    }
    happen(meetings, emulator.clock.now(), expected)
    // What is due by now, stably in time order (a meeting deleted live sends its recording.completed after).
    const due = expected.filter(([, , ts]) => ts <= emulator.clock.now()).sort((a, b) => a[2] - b[2])
    await emulator.webhooks.idle()
    const events = receiver.events()
    expect(events.every((r) => r.verified)).toBe(true)
    const delivered: Expected[] = events.map((r) => [
      r.event,
      String(r.json.payload.object?.id),
      r.json.event_ts,
    ])
    // In event-time order; the model's order for each object; nothing missing, nothing twice.
    const times = delivered.map(([, , ts]) => ts)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(byObject(delivered)).toEqual(byObject(due))
    expect(delivered).toHaveLength(due.length)
  },
)
