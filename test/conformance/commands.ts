/** @module The model-based test's commands: each acts through a typed client, then checks the answer against the model. */
import type { AsyncCommand } from 'fast-check'
import { expect } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { DEMO } from '../../mock/seed/demo.js'
import { addMeeting } from '../../mock/services/luminus/records.js'
import type { LtiProClient } from '../../src/lti-pro/client.js'
import type { LuminusClient } from '../../src/luminus/client.js'
import type { ZoomClient } from '../../src/zoom/client.js'
import {
  demoWorld,
  expectedList,
  expectedPast,
  expectedRecordings,
  HOUR,
  happeningOf,
  scheduled,
  type WorldModel,
} from './model.js'

export interface Real {
  emulator: Emulator
  lti: LtiProClient
  zoom: ZoomClient
  luminus: LuminusClient
}
type Command = AsyncCommand<WorldModel, Real>

const COURSES = { 'demo-context-1': '101', 'demo-context-2': '102' } as const
export type Course = keyof typeof COURSES
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`
const existing = (model: WorldModel) => [...model.meetings.keys()].sort()
const pick = <T>(list: T[], index: number) => list[index % list.length] as T

async function lastJobOutcome(real: Real) {
  const { jobs } = (await (await real.emulator.request('/__emulator/lti-pro/bulk-jobs')).json()) as {
    jobs: { items: { outcome: string; errorCode?: string }[] }[]
  }
  return jobs.at(-1)?.items[0]
}

export class CreateViaLti implements Command {
  constructor(
    readonly topic: string,
    readonly inHours: number,
    readonly duration: number,
    readonly course: Course,
  ) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const start = model.now + this.inHours * HOUR
    const { data } = await real.lti.createAndAssociate({
      userId: DEMO.hostId,
      contextId: this.course,
      domain: DEMO.domain,
      courseId: COURSES[this.course],
      meetingInfo: { topic: this.topic, type: 2, start_time: iso(start), duration: this.duration },
    })
    expect(data?.kind).toBe('associated')
    model.meetings.set(data?.meetingId ?? '', scheduled(this.topic, start, this.duration, [this.course]))
    model.happenings.set(data?.meetingId ?? '', happeningOf(model.now, start, this.duration))
  }
  toString = () =>
    `CreateViaLti(${JSON.stringify(this.topic)}, +${this.inHours}h, ${this.duration}min, ${this.course})`
}

export class CreateViaZoom implements Command {
  constructor(
    readonly topic: string,
    readonly inHours: number,
    readonly duration: number,
    readonly cloud = false,
  ) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const start = model.now + this.inHours * HOUR
    const body = {
      topic: this.topic,
      type: 2 as const,
      start_time: iso(start),
      duration: this.duration,
      settings: { auto_recording: this.cloud ? ('cloud' as const) : ('none' as const) },
    }
    const { data, error } = await real.zoom.meetings.create(DEMO.hostId, body)
    expect(error).toBeUndefined()
    model.meetings.set(String(data?.id), scheduled(this.topic, start, this.duration, []))
    model.happenings.set(String(data?.id), happeningOf(model.now, start, this.duration, this.cloud))
  }
  toString = () =>
    `CreateViaZoom(${JSON.stringify(this.topic)}, +${this.inHours}h, ${this.duration}min${this.cloud ? ', cloud' : ''})`
}

export class Rename implements Command {
  constructor(
    readonly index: number,
    readonly topic: string,
  ) {}
  check = (model: Readonly<WorldModel>) => model.meetings.size > 0
  async run(model: WorldModel, real: Real) {
    const number = pick(existing(model), this.index)
    expect((await real.zoom.meetings.update(number, { topic: this.topic })).error).toBeUndefined()
    ;(model.meetings.get(number) as { topic: string }).topic = this.topic
  }
  toString = () => `Rename(#${this.index}, ${JSON.stringify(this.topic)})`
}

export class Delete implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<WorldModel>) => model.meetings.size > 0
  async run(model: WorldModel, real: Real) {
    const number = pick(existing(model), this.index)
    expect((await real.zoom.meetings.delete(number)).error).toBeUndefined()
    model.meetings.delete(number)
    model.gone.add(number)
    const happening = model.happenings.get(number)
    if (happening) happening.deletedAt = model.now
  }
  toString = () => `Delete(#${this.index})`
}

export class Bulk implements Command {
  constructor(
    readonly kind: 'import' | 'disassociate',
    readonly index: number,
    readonly course: Course,
    readonly unknown: boolean,
  ) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const number =
      this.unknown || model.meetings.size === 0 ? '99999999999' : pick(existing(model), this.index)
    const item = { meetingId: number, contextId: this.course, domain: DEMO.domain }
    const accepted =
      this.kind === 'import'
        ? await real.lti.bulkImport([item])
        : await real.lti.bulkDisassociate({ userId: DEMO.adminId, meetingList: [item] })
    expect(accepted.error).toBeUndefined()
    const courses = model.meetings.get(number)?.courses
    const expected = !courses
      ? 'skipped'
      : this.kind === 'import'
        ? courses.has(this.course)
          ? 'unchanged'
          : 'associated'
        : courses.has(this.course)
          ? 'disassociated'
          : 'unchanged'
    expect(await lastJobOutcome(real)).toMatchObject({ outcome: expected })
    if (expected === 'associated') courses?.add(this.course)
    if (expected === 'disassociated') courses?.delete(this.course)
  }
  toString = () => `Bulk(${this.kind}, #${this.index}, ${this.course}${this.unknown ? ', unknown' : ''})`
}

export class ListCheck implements Command {
  constructor(readonly upcoming: boolean) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const { data, error } = await real.lti.listMeetings({
      userId: DEMO.hostId,
      isUpComing: this.upcoming,
      pageSize: 1000,
    })
    expect(error).toBeUndefined()
    const want = expectedList(model, this.upcoming)
    const list = data?.list ?? []
    expect(new Map(list.map((m) => [m.meetingNumber, m.topic]))).toEqual(want.topics)
    expect(data?.total).toBe(want.topics.size)
    const onceNumbers = new Set(want.onceOrder)
    expect(list.map((m) => m.meetingNumber).filter((n) => onceNumbers.has(n))).toEqual(want.onceOrder)
  }
  toString = () => `ListCheck(${this.upcoming ? 'upcoming' : 'historical'})`
}

export class SyncCheck implements Command {
  constructor(readonly index: number) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const number = pick([...existing(model), ...model.gone], this.index)
    let id = model.links.get(number)
    if (!id) {
      const { store, clock } = real.emulator.worlds.defaultWorld
      const record = {
        moduleId: DEMO.luminus.moduleId,
        meetingID: number,
        name: 'linked',
        creatorID: DEMO.luminus.staffId,
      }
      const dates = { startDate: iso(model.now), endDate: iso(model.now + HOUR) }
      id = addMeeting(store.luminus, { ...record, ...dates }, clock.now()).id
      model.links.set(number, id)
    }
    const { data, error } = await real.luminus.syncMeeting(id)
    expect(error).toBeUndefined()
    const meeting = model.meetings.get(number)
    expect(data?.notFoundInZoom).toBe(meeting === undefined)
    if (meeting) expect(data?.topic).toBe(meeting.topic)
  }
  toString = () => `SyncCheck(#${this.index})`
}

export class ScriptAttendance implements Command {
  constructor(
    readonly index: number,
    readonly count: number,
  ) {}
  check = (model: Readonly<WorldModel>) => model.meetings.size > 0
  async run(model: WorldModel, real: Real) {
    const number = pick(existing(model), this.index)
    const people = Array.from({ length: this.count }, (_, i) => ({
      name: `Attendee ${i}`,
      email: `attendee${i}@example.com`,
      joinOffsetMinutes: 0,
    }))
    const response = await real.emulator.request(`/__emulator/zoom/meetings/${number}/participants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(people),
    })
    expect(response.status).toBe(200)
    model.happenings.get(number)?.scripts.push({ setAt: model.now, count: this.count })
  }
  toString = () => `ScriptAttendance(#${this.index}, ${this.count})`
}

/** The meeting's past instances and its latest one's attendance, as the model has them happen. */
export class PastCheck implements Command {
  constructor(readonly index: number) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    const number = pick([...existing(model), ...model.gone], this.index)
    const want = expectedPast(model, number)
    const { data, error } = await real.zoom.pastMeetings.instances(number)
    if (!model.meetings.has(number) && want.length === 0) {
      expect(error?.code).toBe(3001)
      return
    }
    expect(error).toBeUndefined()
    expect(data?.meetings.map((m) => m.start_time)).toEqual(want.map((w) => iso(w.start)))
    const latest = want.at(-1)
    if (!latest) return
    const details = await real.zoom.pastMeetings.get(number)
    expect(details.data).toMatchObject({
      start_time: iso(latest.start),
      participants_count: latest.attendees,
    })
  }
  toString = () => `PastCheck(#${this.index})`
}

/** demo-host's cloud recordings of the last four weeks: one per ended instance that recorded, once the processing delay passed. */
export class RecordingCheck implements Command {
  check = () => true
  async run(model: WorldModel, real: Real) {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const from = day(model.now - 28 * 24 * HOUR)
    const want = expectedRecordings(model, Date.parse(from))
    const got = new Map<string, string[]>()
    for await (const page of real.zoom.recordings.pages(DEMO.hostId, { from, to: day(model.now) })) {
      expect(page.error).toBeUndefined()
      for (const r of page.data?.meetings ?? [])
        got.set(String(r.id), [...(got.get(String(r.id)) ?? []), r.start_time])
    }
    const sorted = (m: Map<string, string[]>) => [...m].map(([k, v]) => [k, [...v].sort()]).sort()
    expect(sorted(got)).toEqual(sorted(new Map([...want].map(([k, v]) => [k, v.map(iso)]))))
  }
  toString = () => 'RecordingCheck'
}

export class Advance implements Command {
  constructor(readonly hours: number) {}
  check = () => true
  async run(model: WorldModel, real: Real) {
    real.emulator.clock.advance(this.hours * HOUR)
    model.now += this.hours * HOUR
  }
  toString = () => `Advance(${this.hours}h)`
}

export class Reset implements Command {
  check = () => true
  async run(model: WorldModel, real: Real) {
    real.emulator.reset()
    Object.assign(model, demoWorld())
  }
  toString = () => 'Reset'
}
