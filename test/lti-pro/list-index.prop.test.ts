/** @module The indexed lists answer exactly what a filter and sort over the whole store answers, through random writes and clock moves. */
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { DEMO, DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { compareForList, schedule, toListItem } from '../../mock/services/lti-pro/listing.js'
import { LtiProModel } from '../../mock/services/lti-pro/model.js'
import type { ListType } from '../../mock/services/zoom/meeting-list.js'
import { meetingStatus, occurrenceStartsOf } from '../../mock/services/zoom/meeting-view.js'
import { ZoomModel } from '../../mock/services/zoom/model.js'
import { defaultMeetingSettings, type ZoomMeeting } from '../../mock/services/zoom/state.js'
import { createTestEmulator, T0 } from '../helpers.js'

const HOUR = 3_600_000
const KEY = DEMO_CREDENTIALS.lti.key
const HOSTS = [DEMO.hostId, DEMO.adminId] as const
const CONTEXTS = DEMO.contexts.map((c) => c.contextId)
const gmt = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`

const meetingArb = fc.record({
  host: fc.constantFrom(...HOSTS),
  type: fc.constantFrom(1 as const, 2 as const, 2 as const, 3 as const, 8 as const),
  startHours: fc.integer({ min: -2000, max: 2000 }),
  duration: fc.integer({ min: 0, max: 1440 }),
  contexts: fc.subarray(CONTEXTS),
})
const step = fc.oneof(
  fc.record({ add: meetingArb }),
  fc.record({ remove: fc.nat(60) }),
  fc.record({ disassociate: fc.nat(60) }),
  fc.record({ advanceHours: fc.integer({ min: -300, max: 300 }) }),
)

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

function apply(emulator: Emulator, next: { n: number }, command: Step): void {
  const { zoom, lti } = emulator.worlds.defaultWorld.store
  const numbers = [...zoom.meetings.keys()]
  if ('add' in command) {
    const m = command.add
    const id = 70_000_000_000 + next.n++
    const start = T0 + m.startHours * HOUR
    const meeting: ZoomMeeting = {
      ...(zoom.meetings.get('81000000001') as ZoomMeeting),
      uuid: `uuid-${id}`,
      id,
      host_id: m.host,
      type: m.type,
      duration: m.duration,
      created_at: gmt(start - 1000 * HOUR),
      settings: defaultMeetingSettings(),
      ...(m.type === 3 ? {} : { start_time: gmt(start) }),
      ...(m.type === 8 ? { recurrence: { type: 1 as const, repeat_interval: 2, end_times: 5 } } : {}),
    }
    if (m.type === 3) delete meeting.start_time
    zoom.meetings.set(String(id), meeting)
    for (const contextId of m.contexts)
      lti.associations.set(`${KEY}|${id}|${DEMO.domain}|${contextId}`, {
        credentialKey: KEY,
        meetingId: String(id),
        contextId,
        domain: DEMO.domain,
        createdAt: T0,
      })
  } else if ('remove' in command) zoom.meetings.delete(numbers[command.remove % numbers.length] ?? '')
  else if ('disassociate' in command) {
    const keys = [...lti.associations.keys()]
    lti.associations.delete(keys[command.disassociate % Math.max(1, keys.length)] ?? '')
  } else emulator.clock.advance(command.advanceHours * HOUR)
}

/** LTI Pro's list as a scan of every association would give it. */
function naiveLtiList(emulator: Emulator, hostId: string, isUpComing: boolean) {
  const { zoom, lti } = emulator.worlds.defaultWorld.store
  const now = emulator.clock.now()
  const ids = new Set(
    [...lti.associations.values()].filter((a) => a.credentialKey === KEY).map((a) => a.meetingId),
  )
  const host = zoom.users.get(hostId)
  return [...ids]
    .flatMap((id) => zoom.meetings.get(id) ?? [])
    .filter((m) => m.host_id === hostId)
    .map((m) => schedule(m, now))
    .filter((s) => s.ended !== isUpComing)
    .sort(compareForList(isUpComing))
    .map((s) => toListItem(s, host))
}

/** Zoom's list as a scan of every meeting would give it (the pre-index rules, restated). */
function naiveZoomList(emulator: Emulator, hostId: string, type: string): number[] {
  const now = emulator.clock.now()
  const { instances } = emulator.worlds.defaultWorld.store.zoom
  // What is live is what is happening: a live instance (settled by the list itself).
  const live = new Set([...instances.values()].filter((i) => i.end_time === undefined).map((i) => i.id))
  const keep = (m: ZoomMeeting) => {
    const status = meetingStatus(m, now)
    if (type === 'live') return live.has(m.id)
    if (type === 'previous_meetings') return status === 'finished'
    if (type === 'upcoming') return status !== 'finished' && m.type !== 1
    if (m.type === 1) return false
    const starts = occurrenceStartsOf(m)
    return starts.length === 0 || Math.max(...starts) + m.duration * 60_000 + 30 * 86_400_000 > now
  }
  const at = (m: ZoomMeeting) => Date.parse(m.start_time ?? m.created_at)
  const sign = type === 'previous_meetings' ? -1 : 1
  return [...emulator.worlds.defaultWorld.store.zoom.meetings.values()]
    .filter((m) => m.host_id === hostId && keep(m))
    .sort((a, b) => sign * (at(a) - at(b) || a.id - b.id))
    .map((m) => m.id)
}

function zoomPages(emulator: Emulator, hostId: string, type: ListType, pageSize: number): number[] {
  const model = new ZoomModel(emulator.worlds.defaultWorld, emulator.options.zoom)
  const ids: number[] = []
  let token: string | undefined
  do {
    const page = model.meetings.list(hostId, {
      filters: { type },
      sent: () => true,
      page_size: pageSize,
      page_number: 1,
      next_page_token: token,
    })
    ids.push(...page.page.map((m) => m.id))
    token = page.nextPageToken || undefined
  } while (token)
  return ids
}

test.prop([fc.array(step, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 })], { numRuns: 60 })(
  'LTI Pro and Zoom lists equal a full scan after any writes and clock moves, on every page',
  (steps, pageSize) => {
    const emulator = createTestEmulator()
    const model = new LtiProModel(emulator.worlds.defaultWorld, emulator.options)
    const next = { n: 0 }
    for (const command of steps) {
      apply(emulator, next, command)
      for (const hostId of HOSTS)
        for (const isUpComing of [true, false]) {
          const all = naiveLtiList(emulator, hostId, isUpComing)
          for (let pageNum = 1; pageNum <= Math.ceil(all.length / pageSize) + 1; pageNum++) {
            const page = model.listMeetings(KEY, { userId: hostId, isUpComing, pageNum, pageSize })
            expect(page.total).toBe(all.length)
            expect(page.listJson.map((json) => JSON.parse(json))).toEqual(
              all.slice((pageNum - 1) * pageSize, pageNum * pageSize),
            )
          }
        }
      for (const type of ['scheduled', 'live', 'upcoming', 'previous_meetings'] as const)
        expect(zoomPages(emulator, DEMO.hostId, type, pageSize)).toEqual(
          naiveZoomList(emulator, DEMO.hostId, type),
        )
    }
  },
)
