/** @module Registrants of Zoom meetings and webinars through the client: approval types, status actions, duplicates, closed registration, occurrences, capacity. */
import { describe, expect, test } from 'vitest'
import { DEMO_WEBINAR_ID } from '../../mock/seed/demo.js'
import { zoomFixture } from './support.js'

const HOUR = 3_600_000
const alice = { email: 'alice@example.edu', first_name: 'Alice', last_name: 'Tan' }
const bob = { email: 'bob@example.edu', first_name: 'Bob' }

type Client = ReturnType<typeof zoomFixture>['client']

async function meetingWith(
  client: Client,
  settings: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const { data } = await client.meetings.create('demo-host', {
    topic: 'Seminar',
    start_time: '2026-12-01T10:00:00Z',
    duration: 60,
    settings,
    ...extra,
  })
  return data?.id ?? 0
}

const emails = async (client: Client, id: number, status: 'approved' | 'pending' | 'denied') =>
  (await client.registrants.meetings.list(id, { status })).data?.registrants.map((r) => r.email)

describe('Zoom registrants', () => {
  test('a meeting without registration (approval_type 2) answers 404/404 to list, add and status', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, {})
    const notEnabled = {
      status: 404,
      code: 404,
      message: `Registration has not been enabled for this meeting: ${id}.`,
    }
    expect((await client.registrants.meetings.list(id)).error).toMatchObject(notEnabled)
    expect((await client.registrants.meetings.add(id, alice)).error).toMatchObject(notEnabled)
    const status = await client.registrants.meetings.updateStatus(id, { action: 'approve', registrants: [] })
    expect(status.error).toMatchObject(notEnabled)
    expect((await client.registrants.meetings.add(1234567890, alice)).error).toMatchObject({
      status: 404,
      code: 3001,
    })
  })

  test('automatic approval (0) approves a registrant at once, with a join URL of its own carrying a token', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 0 })
    const { data, response } = await client.registrants.meetings.add(id, alice)
    expect(response?.status).toBe(201)
    expect(data).toMatchObject({ id, topic: 'Seminar', start_time: '2026-12-01T10:00:00Z' })
    expect(data?.registrant_id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(data?.join_url).toMatch(new RegExp(`^https://zoom\\.us/w/${id}\\?tk=[A-Za-z0-9_-]{40,}&pwd=`))
    const other = (await client.registrants.meetings.add(id, bob)).data
    expect(other?.join_url).not.toBe(data?.join_url)
    const list = (await client.registrants.meetings.list(id)).data
    expect(list?.total_records).toBe(2)
    expect(list?.registrants[0]).toMatchObject({
      ...alice,
      id: data?.registrant_id,
      status: 'approved',
      join_url: data?.join_url,
    })
    expect(list?.registrants[0]?.create_time).toBe('2026-11-22T12:00:00Z')
  })

  test('manual approval (1): pending until approved; deny and approve move a registrant between lists; cancel removes it', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 1 })
    const a = (await client.registrants.meetings.add(id, alice)).data
    await client.registrants.meetings.add(id, bob)
    expect(await emails(client, id, 'pending')).toEqual([alice.email, bob.email])
    expect(await emails(client, id, 'approved')).toEqual([])
    const approve = await client.registrants.meetings.updateStatus(id, {
      action: 'approve',
      registrants: [
        { id: a?.registrant_id ?? '' },
        { email: 'BOB@example.edu' },
        { email: 'nobody@example.edu' },
      ],
    })
    expect(approve.response?.status).toBe(204)
    expect(await emails(client, id, 'approved')).toEqual([alice.email, bob.email])
    await client.registrants.meetings.updateStatus(id, {
      action: 'deny',
      registrants: [{ email: bob.email }],
    })
    expect(await emails(client, id, 'denied')).toEqual([bob.email])
    await client.registrants.meetings.updateStatus(id, {
      action: 'cancel',
      registrants: [{ email: alice.email }],
    })
    expect(await emails(client, id, 'approved')).toEqual([])
    expect(await emails(client, id, 'denied')).toEqual([bob.email])
  })

  test('auto_approve approves at once although approval is manual', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 1 })
    await client.registrants.meetings.add(id, { ...alice, auto_approve: true })
    expect(await emails(client, id, 'approved')).toEqual([alice.email])
  })

  test('an email registers once: adding it again (any case) answers the first registration', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 0 })
    const first = (await client.registrants.meetings.add(id, alice)).data
    const again = (await client.registrants.meetings.add(id, { ...alice, email: 'ALICE@example.edu' })).data
    expect(again).toEqual(first)
    expect((await client.registrants.meetings.list(id)).data?.total_records).toBe(1)
  })

  test('with close_registration, registering after the meeting is over answers 400/3038; without, it is taken', async () => {
    const { client, emulator } = zoomFixture()
    const closing = await meetingWith(client, { approval_type: 0, close_registration: true })
    const open = await meetingWith(client, { approval_type: 0 })
    emulator.clock.advance(9 * 24 * HOUR)
    expect((await client.registrants.meetings.add(closing, alice)).error).toMatchObject({
      status: 400,
      code: 3038,
      message:
        'Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.',
    })
    expect((await client.registrants.meetings.add(open, alice)).response?.status).toBe(201)
  })

  test('a recurring meeting with registration_type 3 registers for the occurrences chosen; lists filter by occurrence', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(
      client,
      { approval_type: 0, registration_type: 3 },
      { type: 8, recurrence: { type: 1, repeat_interval: 1, end_times: 3 } },
    )
    const occurrences = (await client.meetings.get(id)).data?.occurrences?.map((o) => o.occurrence_id) ?? []
    expect(occurrences).toHaveLength(3)
    const chosen = await client.registrants.meetings.add(id, alice, {
      occurrence_ids: `${occurrences[0]},${occurrences[2]}`,
    })
    expect(chosen.data?.occurrences?.map((o) => o.occurrence_id)).toEqual([occurrences[0], occurrences[2]])
    const all = await client.registrants.meetings.add(id, bob)
    expect(all.data?.occurrences).toHaveLength(3)
    const of = async (occurrence_id: string) =>
      (await client.registrants.meetings.list(id, { occurrence_id })).data?.registrants.map((r) => r.email)
    expect(await of(occurrences[1] ?? '')).toEqual([bob.email])
    expect(await of(occurrences[2] ?? '')).toEqual([alice.email, bob.email])
    const unknown = await client.registrants.meetings.add(
      id,
      { ...bob, email: 'c@example.edu' },
      { occurrence_ids: '42' },
    )
    expect(unknown.error).toMatchObject({ status: 400, code: 300, errors: [{ field: 'occurrence_ids' }] })
  })

  test('registration_type 1 (the default) registers for every occurrence whatever occurrence_ids says', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(
      client,
      { approval_type: 0 },
      { type: 8, recurrence: { type: 1, end_times: 2 } },
    )
    const { data } = await client.registrants.meetings.add(id, alice, { occurrence_ids: '42' })
    expect(data?.occurrences).toHaveLength(2)
  })

  test('deleting a meeting removes its registrants', async () => {
    const { client, store } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 0 })
    await client.registrants.meetings.add(id, alice)
    expect(store().registrants.size).toBe(1)
    await client.meetings.delete(id)
    expect(store().registrants.size).toBe(0)
  })

  test("a webinar's registrants follow the same rules; registrants_restrict_number caps them with 404/3043", async () => {
    const { client } = zoomFixture()
    const added = await client.registrants.webinars.add(DEMO_WEBINAR_ID, alice)
    expect(added.data).toMatchObject({ id: DEMO_WEBINAR_ID, topic: 'Open Day Webinar' })
    expect(added.data?.join_url).toContain(`/w/${DEMO_WEBINAR_ID}?tk=`)
    const list = (await client.registrants.webinars.list(DEMO_WEBINAR_ID)).data
    expect(list?.registrants.map((r) => r.status)).toEqual(['approved'])
    const { data } = await client.webinars.create('demo-host', {
      settings: { approval_type: 1, registrants_restrict_number: 1 },
    })
    const webinarId = data?.id ?? 0
    await client.registrants.webinars.add(webinarId, alice)
    expect((await client.registrants.webinars.add(webinarId, bob)).error).toMatchObject({
      status: 404,
      code: 3043,
      message: 'Webinar has reached maximum attendee capacity.',
    })
    await client.registrants.webinars.updateStatus(webinarId, {
      action: 'approve',
      registrants: [{ email: alice.email }],
    })
    const approved = (await client.registrants.webinars.list(webinarId, { status: 'approved' })).data
    expect(approved?.registrants.map((r) => r.email)).toEqual([alice.email])
    const closed = (await client.webinars.create('demo-host', {})).data?.id ?? 0
    expect((await client.registrants.webinars.add(closed, alice)).error).toMatchObject({
      status: 404,
      code: 404,
      message: `Registration has not been enabled for this webinar: ${closed}.`,
    })
  })

  test('registrant lists page by next_page_token', async () => {
    const { client } = zoomFixture()
    const id = await meetingWith(client, { approval_type: 0 })
    for (let i = 0; i < 5; i++)
      await client.registrants.meetings.add(id, { email: `r${i}@example.edu`, first_name: `R${i}` })
    const pages = []
    for await (const page of client.registrants.meetings.pages(id, { page_size: 2 }))
      pages.push(page.data?.registrants.length)
    expect(pages).toEqual([2, 2, 1])
  })
})
