/** @module Zoom webinars through the client: the feature rule, create/get/update/delete, lists, recurring occurrences, the shared schedule rules. */
import { describe, expect, test } from 'vitest'
import { DEMO_WEBINAR_ID } from '../../mock/seed/demo.js'
import { control } from '../control/helpers.js'
import { bearer, s2sToken, zoomFixture } from './support.js'

const HOUR = 3_600_000
const PLAN_MISSING = {
  code: 200,
  message:
    'Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user in order to perform this action.',
}

describe('Zoom webinars', () => {
  test('a host whose settings enable webinars creates one: 201 with the full webinar, its URLs, passcodes and settings', async () => {
    const { client } = zoomFixture()
    const { data, response } = await client.webinars.create('host@example.edu', {
      topic: 'Research showcase',
      start_time: '2026-12-01T09:00:00',
      timezone: 'Asia/Singapore',
      duration: 90,
      password: 'abc123',
      settings: {
        panelists_video: true,
        practice_session: true,
        approval_type: 1,
        question_and_answer: { enable: false },
      },
    })
    expect(response?.status).toBe(201)
    expect(data).toMatchObject({
      host_id: 'demo-host',
      host_email: 'host@example.edu',
      topic: 'Research showcase',
      type: 5,
      start_time: '2026-12-01T01:00:00Z',
      duration: 90,
      password: 'abc123',
      is_simulive: false,
      creation_source: 'open_api',
      settings: {
        panelists_video: true,
        practice_session: true,
        hd_video: false,
        approval_type: 1,
        registration_type: 1,
        question_and_answer: { enable: false, allow_submit_questions: true },
      },
    })
    expect(String(data?.id)).toMatch(/^[1-9]\d{10}$/)
    expect(data?.join_url).toBe(`https://zoom.us/j/${data?.id}?pwd=${data?.encrypted_passcode}`)
    expect(data?.registration_url).toBe(`https://zoom.us/webinar/register/${data?.id}`)
    expect(data?.h323_passcode).toMatch(/^\d{6}$/)
  })

  test("a user whose settings do not enable webinars gets Zoom's 400/200 on create and list, until a settings PATCH enables them", async () => {
    const { client } = zoomFixture()
    const created = await client.webinars.create('admin@example.edu', { topic: 'Not allowed' })
    expect(created.error).toMatchObject({ status: 400, ...PLAN_MISSING })
    expect((await client.webinars.list('demo-admin')).error).toMatchObject({ status: 400, code: 200 })
    await client.settings.update('demo-admin', { feature: { webinar: true } })
    expect((await client.webinars.create('admin@example.edu', { topic: 'Allowed' })).response?.status).toBe(
      201,
    )
  })

  test("once PATCH /users/{id}/settings turns a host's webinars off, their webinar answers 400/200 to get, update and delete", async () => {
    const { client } = zoomFixture()
    const off = await client.settings.update('demo-host', { feature: { webinar: false } })
    expect(off.response?.status).toBe(204)
    expect((await client.webinars.get(DEMO_WEBINAR_ID)).error).toMatchObject({ status: 400, code: 200 })
    expect((await client.webinars.update(DEMO_WEBINAR_ID, { topic: 'x' })).error).toMatchObject({ code: 200 })
    expect((await client.webinars.delete(DEMO_WEBINAR_ID)).error).toMatchObject({ code: 200 })
  })

  test('get answers what create made; update changes only what is sent; delete makes it 404/3001', async () => {
    const { client } = zoomFixture()
    const created = await client.webinars.create('demo-host', {
      topic: 'Town hall',
      start_time: '2026-12-03T10:00:00Z',
    })
    const id = created.data?.id ?? 0
    expect((await client.webinars.get(id)).data).toEqual(created.data)
    const updated = await client.webinars.update(id, {
      agenda: 'Budget',
      duration: 30,
      settings: { hd_video: true },
    })
    expect(updated.response?.status).toBe(204)
    const after = (await client.webinars.get(id)).data
    expect(after).toMatchObject({
      topic: 'Town hall',
      agenda: 'Budget',
      duration: 30,
      start_time: '2026-12-03T10:00:00Z',
    })
    expect(after?.settings).toEqual({ ...created.data?.settings, hd_video: true })
    expect((await client.webinars.delete(id)).response?.status).toBe(204)
    expect((await client.webinars.get(id)).error).toMatchObject({
      status: 404,
      code: 3001,
      message: `Webinar does not exist: ${id}.`,
    })
  })

  test('a webinar is no meeting and a meeting no webinar: each answers 404/3001 at the other path', async () => {
    const { client } = zoomFixture()
    expect((await client.meetings.get(DEMO_WEBINAR_ID)).error).toMatchObject({ status: 404, code: 3001 })
    expect((await client.webinars.get(81000000001)).error).toMatchObject({ status: 404, code: 3001 })
    const numbers = new Set<number>()
    for (let i = 0; i < 10; i++) {
      numbers.add((await client.webinars.create('demo-host', {})).data?.id ?? 0)
      numbers.add((await client.meetings.create('me', {})).data?.id ?? 0)
    }
    expect(numbers.size).toBe(20)
  })

  test("the list pages the host's webinars by start time; upcoming leaves out those over", async () => {
    const { client, emulator } = zoomFixture()
    for (const hours of [5, 1, 3]) {
      const start = new Date(emulator.clock.now() + hours * HOUR).toISOString().slice(0, 19)
      await client.webinars.create('demo-host', {
        topic: `In ${hours}h`,
        start_time: `${start}Z`,
        duration: 60,
      })
    }
    const pages = []
    for await (const page of client.webinars.pages('demo-host', { page_size: 2 })) pages.push(page.data)
    expect(pages.map((p) => p?.webinars.map((w) => w.topic))).toEqual([
      ['In 1h', 'In 3h'],
      ['In 5h', 'Open Day Webinar'],
    ])
    expect(pages[0]?.total_records).toBe(4)
    emulator.clock.advance(4 * HOUR)
    const upcoming = (await client.webinars.list('demo-host', { type: 'upcoming' })).data
    expect(upcoming?.webinars.map((w) => w.topic)).toEqual(['In 5h', 'Open Day Webinar'])
    const scheduled = (await client.webinars.list('demo-host')).data
    expect(scheduled?.total_records).toBe(4)
  })

  test('a recurring webinar (type 9) has its occurrences; one can be read and deleted by occurrence_id', async () => {
    const { client } = zoomFixture()
    const { data } = await client.webinars.create('demo-host', {
      type: 9,
      start_time: '2026-12-01T10:00:00',
      timezone: 'Asia/Singapore',
      recurrence: { type: 2, weekly_days: '2,4', end_times: 3 },
    })
    const starts = data?.occurrences?.map((o) => o.start_time)
    expect(starts).toEqual(['2026-12-02T02:00:00Z', '2026-12-07T02:00:00Z', '2026-12-09T02:00:00Z'])
    const second = data?.occurrences?.[1]?.occurrence_id ?? ''
    const one = await client.webinars.get(data?.id ?? 0, { occurrence_id: second })
    expect(one.data?.start_time).toBe('2026-12-07T02:00:00Z')
    expect((await client.webinars.delete(data?.id ?? 0, { occurrence_id: second })).response?.status).toBe(
      204,
    )
    const after = (await client.webinars.get(data?.id ?? 0)).data
    expect(after?.occurrences?.map((o) => o.status)).toEqual(['available', 'deleted', 'available'])
    expect((await client.webinars.get(data?.id ?? 0, { occurrence_id: '123' })).error).toMatchObject({
      status: 400,
      code: 3000,
      message: 'Webinar occurrence does not exist.',
    })
  })

  test("a type 6 webinar has no start time; the meetings' schedule rules refuse what they refuse for meetings", async () => {
    const { client } = zoomFixture()
    expect((await client.webinars.create('demo-host', { type: 6 })).data).not.toHaveProperty('start_time')
    const noRecurrence = await client.webinars.create('demo-host', {
      type: 9,
      start_time: '2026-12-01T10:00:00Z',
    })
    expect(noRecurrence.error).toMatchObject({ status: 400, code: 300 })
    expect(noRecurrence.error?.errors?.[0]?.field).toBe('recurrence')
    const badZone = await client.webinars.create('demo-host', { timezone: 'Mars/Olympus' })
    expect(badZone.error?.errors).toEqual([{ field: 'timezone', message: 'Invalid timezone.' }])
    const past = await client.webinars.create('demo-host', { start_time: '2020-01-01T00:00:00Z' })
    expect(past.data?.start_time).toBe('2026-11-22T12:00:00Z')
  })

  test("webinar creates and updates count against the host's daily limit of meeting writes", async () => {
    const { emulator, store } = zoomFixture()
    store().dailyMeetingWrites.set('demo-host|2026-11-22', 100)
    const call = bearer(emulator, await s2sToken(emulator))
    const response = await call('/v2/users/demo-host/webinars', { method: 'POST', body: '{}' })
    expect(response.status).toBe(429)
    expect(response.headers.get('x-ratelimit-type')).toBe('Daily-limit')
  })

  test('the demo world has a webinar of demo-host, who has webinars enabled', async () => {
    const { client } = zoomFixture()
    const { data } = await client.webinars.list('demo-host')
    expect(data?.webinars).toMatchObject([{ id: DEMO_WEBINAR_ID, topic: 'Open Day Webinar', type: 5 }])
  })

  test('POST /__emulator/seed adds a webinar, a past start kept, for a host with webinars, and refuses one for a host without', async () => {
    const { emulator, client } = zoomFixture()
    const seeded = await control(emulator, 'POST', '/seed', {
      body: {
        zoom: {
          webinars: [{ host_id: 'host@example.edu', id: 82000000002, start_time: '2026-11-01T09:00:00Z' }],
        },
      },
    })
    expect(seeded.status).toBe(201)
    expect(seeded.body).toMatchObject({
      zoom: { webinars: [{ id: 82000000002, type: 5, start_time: '2026-11-01T09:00:00Z' }] },
    })
    expect((await client.webinars.get(82000000002)).data?.host_id).toBe('demo-host')
    const refused = await control(emulator, 'POST', '/seed', {
      body: { zoom: { webinars: [{ host_id: 'demo-admin' }] } },
    })
    expect(refused.status).toBe(400)
    const taken = await control(emulator, 'POST', '/seed', {
      body: { zoom: { meetings: [{ host_id: 'demo-host', id: DEMO_WEBINAR_ID }] } },
    })
    expect(taken.status).toBe(400)
    expect(await emulator.seed.zoom.webinar({ host_id: 'demo-host', topic: 'Seeded' })).toMatchObject({
      topic: 'Seeded',
    })
  })

  test('webinars and registrants go through a state export and import; deleting their host removes them', async () => {
    const { client, emulator, store } = zoomFixture()
    await client.registrants.webinars.add(DEMO_WEBINAR_ID, { email: 'a@example.edu', first_name: 'A' })
    const roundTrip = async () => {
      const state = await control(emulator, 'GET', '/state')
      expect((await control(emulator, 'PUT', '/state', { body: state.body })).status).toBe(204)
      return state.body
    }
    expect(await roundTrip()).toMatchObject({
      zoom: { webinars: { [DEMO_WEBINAR_ID]: { id: DEMO_WEBINAR_ID } } },
    })
    expect(store().registrants.size).toBe(1)
    expect((await client.users.delete('demo-host')).response?.status).toBe(204)
    expect(store().webinars.size).toBe(0)
    expect(store().registrants.size).toBe(0)
    await roundTrip()
  })
})
