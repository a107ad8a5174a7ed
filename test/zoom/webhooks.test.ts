/** @module Zoom webhooks: subscriptions, signed deliveries, URL validation, retries on the emulator clock, faults, the deliveries log. */
import { afterEach, describe, expect, test } from 'vitest'
import { emitZoomEvent } from '../../mock/services/zoom/webhooks/events.js'
import { demoClients, T0 } from '../helpers.js'
import { zoomFixture } from './support.js'
import { httpReceiver, webhookReceiver } from './webhook-receiver.js'

const SECRET = 'wh-secret-token-0123456789'
const MINUTE = 60_000
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function served(...args: Parameters<typeof httpReceiver>) {
  const receiver = await httpReceiver(...args)
  closers.push(receiver.close)
  return receiver
}

const control = (emulator: ReturnType<typeof zoomFixture>['emulator']) => ({
  subscribe: (body: unknown) =>
    emulator.request('/__emulator/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  list: async () =>
    (
      (await (await emulator.request('/__emulator/webhooks')).json()) as {
        subscriptions: Record<string, unknown>[]
      }
    ).subscriptions,
  deliveries: async () =>
    (
      (await (await emulator.request('/__emulator/webhooks/deliveries')).json()) as {
        deliveries: Record<string, unknown>[]
      }
    ).deliveries,
})

describe('Zoom webhook subscriptions over HTTP', () => {
  test('a subscription is answered 201 pending without its secret, then validated by the challenge; every delivery is signed with the secret token', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = await served(SECRET)
    const created = await control(emulator).subscribe({
      url: receiver.url,
      secretToken: SECRET,
      events: ['meeting.created'],
    })
    expect(created.status).toBe(201)
    const subscription = (await created.json()) as Record<string, unknown>
    expect(subscription).toMatchObject({ url: receiver.url, events: ['meeting.created'], status: 'pending' })
    expect(JSON.stringify(subscription)).not.toContain(SECRET)
    await emulator.webhooks.idle()
    expect((await control(emulator).list())[0]).toMatchObject({ id: subscription.id, status: 'validated' })

    const meeting = await client.meetings.create('me', {
      topic: 'Signed',
      start_time: '2026-11-23T09:00:00Z',
    })
    await emulator.webhooks.idle()
    expect(receiver.received.map((r) => r.event)).toEqual(['endpoint.url_validation', 'meeting.created'])
    expect(receiver.received.every((r) => r.verified)).toBe(true)
    const [delivery] = receiver.events()
    expect(delivery?.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zoom Marketplace/1.0a',
      'x-zm-request-timestamp': String(Math.floor(T0 / 1000)),
    })
    expect(delivery?.json).toMatchObject({
      event: 'meeting.created',
      event_ts: T0,
      payload: {
        account_id: 'demo-account',
        operator: 'admin@example.edu',
        operator_id: 'demo-admin',
        object: {
          id: meeting.data?.id,
          uuid: meeting.data?.uuid,
          host_id: 'demo-admin',
          topic: 'Signed',
          type: 2,
          start_time: '2026-11-23T09:00:00Z',
          duration: 60,
          join_url: meeting.data?.join_url,
          settings: { use_pmi: false, alternative_hosts: '' },
        },
      },
    })
  })

  test('bad input is refused with 400 naming what to fix, and nothing is stored', async () => {
    const { emulator } = zoomFixture()
    const bad = [
      [{ url: 'ftp://127.0.0.1/x', secretToken: SECRET, events: ['meeting.created'] }, /http\(s\) URL/],
      [
        { url: 'http://example.com/hook', secretToken: SECRET, events: ['meeting.created'] },
        /not loopback.*webhookAllowHosts/,
      ],
      [
        { url: 'http://127.0.0.1/x', secretToken: SECRET, events: ['meeting.exploded'] },
        /meeting\.created, meeting\.updated/,
      ],
      [{ url: 'http://127.0.0.1/x', secretToken: '', events: ['meeting.created'] }, /secretToken/],
      [{ url: 'http://127.0.0.1/x', secretToken: SECRET, events: [] }, /non-empty/],
      [
        { url: 'http://127.0.0.1/x', secretToken: SECRET, events: ['user.created'], extra: 1 },
        /unknown field "extra"/,
      ],
    ] as const
    for (const [body, message] of bad) {
      const answer = await control(emulator).subscribe(body)
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as { error: string }).error).toMatch(message)
    }
    expect(await control(emulator).list()).toEqual([])
  })

  test('a world holds at most 20 subscriptions, as Zoom allows an app', async () => {
    const { emulator } = zoomFixture()
    for (let i = 0; i < 20; i++)
      expect(
        (
          await control(emulator).subscribe({
            url: `http://127.0.0.1:9/${i}`,
            secretToken: SECRET,
            events: ['user.created'],
          })
        ).status,
      ).toBe(201)
    const refused = await control(emulator).subscribe({
      url: 'http://127.0.0.1:9/x',
      secretToken: SECRET,
      events: ['user.created'],
    })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: string }).error).toMatch(/at most 20/)
    expect(await control(emulator).list()).toHaveLength(20)
  })

  test('zoom.webhookAllowHosts lets a subscription name another host', async () => {
    const { emulator } = zoomFixture({ zoom: { webhookAllowHosts: ['hooks.example.test'] } })
    const answer = await control(emulator).subscribe({
      url: 'https://hooks.example.test/zoom',
      secretToken: SECRET,
      events: ['user.created'],
    })
    expect(answer.status).toBe(201)
  })

  test('DELETE removes a subscription (204), then 404 for an id it does not hold', async () => {
    const { emulator } = zoomFixture()
    const { id } = (await (
      await control(emulator).subscribe({
        url: 'http://127.0.0.1:9/x',
        secretToken: SECRET,
        events: ['user.created'],
      })
    ).json()) as { id: string }
    expect((await emulator.request(`/__emulator/webhooks/${id}`, { method: 'DELETE' })).status).toBe(204)
    const again = await emulator.request(`/__emulator/webhooks/${id}`, { method: 'DELETE' })
    expect(again.status).toBe(404)
    expect(await control(emulator).list()).toEqual([])
  })
})

describe('Zoom webhook deliveries', () => {
  test('a receiver answering 500 gets exactly three retries, at +5, +20 and +60 minutes, as the clock moves', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET, { status: () => 500 })
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await client.users.create({ action: 'custCreate', user_info: { email: 'r@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    expect(receiver.events()).toHaveLength(1)
    const at = async (advanceMs: number, expected: number) => {
      emulator.setClock({ advanceMs })
      await emulator.webhooks.idle()
      expect(receiver.events()).toHaveLength(expected)
    }
    await at(5 * MINUTE - 1, 1)
    await at(1, 2)
    await at(20 * MINUTE - 1, 2)
    await at(1, 3)
    await at(60 * MINUTE - 1, 3)
    await at(1, 4)
    await at(7 * 24 * 60 * MINUTE, 4)
    expect(new Set(receiver.events().map((r) => r.body)).size).toBe(1)
    const log = emulator.webhooks.deliveries().filter((d) => d.event === 'user.created')
    expect(log.map((d) => [d.attempt, d.status, d.outcome, d.dueAt, d.nextRetryAt])).toEqual([
      [1, 500, 'failed', new Date(T0).toISOString(), new Date(T0 + 5 * MINUTE).toISOString()],
      [2, 500, 'failed', new Date(T0 + 5 * MINUTE).toISOString(), new Date(T0 + 25 * MINUTE).toISOString()],
      [3, 500, 'failed', new Date(T0 + 25 * MINUTE).toISOString(), new Date(T0 + 85 * MINUTE).toISOString()],
      [4, 500, 'failed', new Date(T0 + 85 * MINUTE).toISOString(), undefined],
    ])
  })

  test('a receiver that does not answer within the timeout fails as timeout and is retried likewise, all at once when the clock jumps past them', async () => {
    const { emulator, client } = zoomFixture({ zoom: { webhookTimeoutMs: 300 } })
    const receiver = await served(SECRET, { delayMs: (r) => (r.event === 'user.created' ? 1500 : 0) })
    emulator.webhooks.subscribe({ url: receiver.url, secretToken: SECRET, events: ['user.created'] })
    await client.users.create({ action: 'custCreate', user_info: { email: 't@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    emulator.setClock({ advanceMs: 24 * 60 * MINUTE })
    await emulator.webhooks.idle()
    const log = emulator.webhooks.deliveries().filter((d) => d.event === 'user.created')
    expect(log.map((d) => [d.attempt, d.error, d.outcome])).toEqual([
      [1, 'timeout', 'failed'],
      [2, 'timeout', 'failed'],
      [3, 'timeout', 'failed'],
      [4, 'timeout', 'failed'],
    ])
    expect(receiver.events()).toHaveLength(4)
  })

  test('a subscription whose endpoint fails the challenge is marked failed and receives no events', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET, { challenge: 'wrong' })
    const { id } = emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['user.created'],
    })
    await emulator.webhooks.idle()
    expect(emulator.webhooks.list()).toEqual([expect.objectContaining({ id, status: 'failed' })])
    await client.users.create({ action: 'custCreate', user_info: { email: 'f@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    expect(receiver.received.map((r) => r.event)).toEqual(['endpoint.url_validation'])
    expect(emulator.webhooks.deliveries()[0]).toMatchObject({
      event: 'endpoint.url_validation',
      outcome: 'failed',
      status: 200,
    })
  })

  test('a URL where nothing listens fails its challenge as refused', async () => {
    const { emulator } = zoomFixture()
    const closed = await served(SECRET)
    await closed.close()
    emulator.webhooks.subscribe({ url: closed.url, secretToken: SECRET, events: ['user.created'] })
    await emulator.webhooks.idle()
    expect(emulator.webhooks.deliveries()).toEqual([
      expect.objectContaining({
        event: 'endpoint.url_validation',
        target: closed.url,
        outcome: 'failed',
        error: 'refused',
      }),
    ])
    expect(emulator.webhooks.list()[0]?.status).toBe('failed')
  })

  test('the endpoint is validated again every 72 hours of emulator time', async () => {
    const { emulator } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await emulator.webhooks.idle()
    emulator.setClock({ advanceMs: 72 * 60 * MINUTE - 1 })
    await emulator.webhooks.idle()
    expect(receiver.received).toHaveLength(1)
    emulator.setClock({ advanceMs: 1 })
    await emulator.webhooks.idle()
    // The demo world's meetings happen that week too; these are the emitted ones and the challenges.
    const ours = receiver.received.filter(
      (r) => r.event === 'endpoint.url_validation' || r.json.payload.object?.uuid === 'u',
    )
    expect(ours.map((r) => [r.event, r.json.event_ts])).toEqual([
      ['endpoint.url_validation', T0],
      ['endpoint.url_validation', T0 + 72 * 60 * MINUTE],
    ])
  })

  test('a dropped delivery (fault rule on zoom-webhook) is not sent and counts as failed; the retry brings the same event again', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await emulator.webhooks.idle()
    emulator.faults.add({ match: { service: 'zoom-webhook' }, response: { status: 503 }, times: 1 })
    const { id: dropId } = emulator.faults.add({
      match: { service: 'zoom-webhook', path: '/' },
      drop: true,
      times: 1,
    })
    await client.users.create({ action: 'custCreate', user_info: { email: 'd@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    emulator.setClock({ advanceMs: 30 * MINUTE })
    await emulator.webhooks.idle()
    const log = emulator.webhooks.deliveries().filter((d) => d.event === 'user.created')
    expect(log.map((d) => [d.attempt, d.outcome, d.status ?? d.error])).toEqual([
      [1, 'failed', 503],
      [2, 'failed', `dropped by fault ${dropId}`],
      [3, 'delivered', 200],
    ])
    expect(receiver.events()).toHaveLength(1)
  })

  test('a delay fault holds a delivery for that many wall ms before it is sent', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await emulator.webhooks.idle()
    emulator.faults.add({ match: { service: 'zoom-webhook' }, delayMs: 80, times: 1 })
    const started = performance.now()
    await client.users.create({ action: 'custCreate', user_info: { email: 'w@example.edu', type: 1 } })
    expect(receiver.events()).toHaveLength(0)
    await emulator.webhooks.idle()
    expect(performance.now() - started).toBeGreaterThanOrEqual(75)
    expect(receiver.events()).toHaveLength(1)
  })

  test('a service request never waits for a slow receiver', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET, { delayMs: (r) => (r.event === 'user.created' ? 1500 : 0) })
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await emulator.webhooks.idle()
    const started = performance.now()
    const created = await client.users.create({
      action: 'custCreate',
      user_info: { email: 's@example.edu', type: 1 },
    })
    expect(created.response?.status).toBe(201)
    expect(performance.now() - started).toBeLessThan(500)
    await emulator.webhooks.idle()
    expect(emulator.webhooks.deliveries().at(-1)).toMatchObject({
      event: 'user.created',
      outcome: 'delivered',
    })
  })

  test('events emitted with their own times are delivered in time order, each with its event_ts, once the clock passes them', async () => {
    const { emulator } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['meeting.started', 'meeting.ended'],
    })
    await emulator.webhooks.idle()
    const world = emulator.worlds.defaultWorld
    const object = { id: 12345678901, uuid: 'u', host_id: 'demo-host', topic: 'T', type: 2 }
    const DAY = 24 * 60 * MINUTE
    emitZoomEvent(world, 'meeting.ended', object, { time: T0 + 4 * DAY + 60 * MINUTE })
    emitZoomEvent(world, 'meeting.started', object, { time: T0 + 4 * DAY })
    emitZoomEvent(world, 'meeting.started', object, { time: T0 + 10 * MINUTE })
    await emulator.webhooks.idle()
    expect(receiver.events()).toHaveLength(0)
    emulator.setClock({ advanceMs: 7 * DAY })
    await emulator.webhooks.idle()
    // The demo world's meetings happen that week too; these are the emitted ones and the challenges.
    const ours = receiver.received.filter(
      (r) => r.event === 'endpoint.url_validation' || r.json.payload.object?.uuid === 'u',
    )
    expect(ours.map((r) => [r.event, r.json.event_ts])).toEqual([
      ['endpoint.url_validation', T0],
      ['meeting.started', T0 + 10 * MINUTE],
      ['endpoint.url_validation', T0 + 3 * DAY],
      ['meeting.started', T0 + 4 * DAY],
      ['meeting.ended', T0 + 4 * DAY + 60 * MINUTE],
      ['endpoint.url_validation', T0 + 6 * DAY],
    ])
    expect(ours[1]?.json.payload).toMatchObject({ account_id: 'demo-account', object })
  })

  test('reset stops pending deliveries and forgets the subscriptions', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET, { status: () => 500 })
    emulator.webhooks.subscribe({ receiver: receiver.handle, secretToken: SECRET, events: ['user.created'] })
    await client.users.create({ action: 'custCreate', user_info: { email: 'x@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    emulator.reset()
    emulator.setClock({ advanceMs: 24 * 60 * MINUTE })
    await emulator.webhooks.idle()
    expect(receiver.events()).toHaveLength(1)
    expect(emulator.webhooks.list()).toEqual([])
    expect(emulator.webhooks.deliveries()).toEqual([])
  })

  test("a sandbox's subscriptions get only the sandbox's events, and deleting it stops them", async () => {
    const { emulator, client } = zoomFixture()
    const sandbox = emulator.createSandbox()
    const mine = webhookReceiver(SECRET, { status: () => 500 })
    sandbox.webhooks.subscribe({ receiver: mine.handle, secretToken: SECRET, events: ['user.created'] })
    await client.users.create({ action: 'custCreate', user_info: { email: 'y@example.edu', type: 1 } })
    await sandbox.webhooks.idle()
    expect(mine.events()).toHaveLength(0)
    sandbox.seed.batch({ zoom: { users: [{ email: 'z@example.edu' }] } })
    const world = emulator.worlds.get(sandbox.id)
    if (!world) throw new Error('no sandbox world')
    emitZoomEvent(world, 'user.created', { id: 'z' })
    await sandbox.webhooks.idle()
    expect(mine.events()).toHaveLength(1)
    emulator.deleteSandbox(sandbox.id)
    sandbox.setClock({ advanceMs: 24 * 60 * MINUTE })
    await sandbox.webhooks.idle()
    expect(mine.events()).toHaveLength(1)
  })
})

describe('Zoom event payloads', () => {
  test('meeting.updated carries the changed fields with id, old_object their previous values, and time_stamp', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['meeting.updated', 'meeting.deleted'],
    })
    const meeting = await client.meetings.create('me', { topic: 'Before', duration: 30 })
    const id = meeting.data?.id as number
    await client.meetings.update(id, { topic: 'After', settings: { waiting_room: false } })
    await client.meetings.update(id, { topic: 'After' })
    await client.meetings.delete(id)
    await emulator.webhooks.idle()
    expect(receiver.events().map((r) => r.json.payload)).toEqual([
      expect.objectContaining({
        object: { id, topic: 'After', settings: { waiting_room: false } },
        old_object: { id, topic: 'Before', settings: { waiting_room: true } },
        time_stamp: T0,
        operator: 'admin@example.edu',
      }),
      expect.objectContaining({
        operation: 'all',
        object: expect.objectContaining({ id, uuid: meeting.data?.uuid, topic: 'After' }),
      }),
    ])
  })

  test('user events carry creation_type, the changed fields, and deleting a user deletes its meetings first', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['user.created', 'user.updated', 'user.deleted', 'meeting.created', 'meeting.deleted'],
    })
    const user = await client.users.create({
      action: 'ssoCreate',
      user_info: { email: 'u@example.edu', type: 2, first_name: 'Ann' },
    })
    const userId = user.data?.id as string
    await client.users.update(userId, { first_name: 'Anne' })
    const meeting = await client.meetings.create(userId, { topic: 'Theirs' })
    await client.users.delete(userId)
    await emulator.webhooks.idle()
    expect(receiver.events().map((r) => [r.event, r.json.payload.object?.id])).toEqual([
      ['user.created', userId],
      ['user.updated', userId],
      ['meeting.created', meeting.data?.id],
      ['meeting.deleted', meeting.data?.id],
      ['user.deleted', userId],
    ])
    const [created, updated] = receiver.events()
    expect(created?.json.payload).toMatchObject({
      creation_type: 'ssoCreate',
      object: { email: 'u@example.edu', first_name: 'Ann', type: 2 },
    })
    expect(updated?.json.payload).toMatchObject({
      object: { id: userId, first_name: 'Anne', display_name: 'Anne' },
      old_object: { id: userId, first_name: 'Ann', display_name: 'Ann' },
    })
  })
})

describe('Zoom events from other services', () => {
  test("LTI Pro's createAndAssociate creates its Zoom meeting with a meeting.created event", async () => {
    const { emulator } = zoomFixture()
    const receiver = webhookReceiver(SECRET)
    emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['meeting.created'],
    })
    const { lti } = demoClients(emulator)
    const created = await lti.createAndAssociate({
      userId: 'demo-host',
      domain: 'https://lms.example.edu',
      contextId: 'demo-context-1',
      meetingInfo: { topic: 'From the LMS', type: 2, duration: 30 },
    })
    expect(created.data).toMatchObject({ kind: 'associated' })
    await emulator.webhooks.idle()
    expect(receiver.events().map((r) => r.json.payload.object)).toEqual([
      expect.objectContaining({ topic: 'From the LMS', host_id: 'demo-host' }),
    ])
  })
})

describe('Zoom webhooks on the dashboard', () => {
  test("the world's panels list each subscription with its status and the latest attempts", async () => {
    const { emulator } = zoomFixture()
    const receiver = webhookReceiver(SECRET, { challenge: 'wrong' })
    const { id } = emulator.webhooks.subscribe({
      receiver: receiver.handle,
      secretToken: SECRET,
      events: ['user.created'],
    })
    await emulator.webhooks.idle()
    const html = await (await emulator.request('/__emulator/dashboard/world')).text()
    expect(html).toContain(`data-webhook="${id}"`)
    expect(html).toMatch(/<span class="badge bad">failed<\/span>/)
    expect(html).toMatch(/data-delivery="delivery-1">.*endpoint\.url_validation/)
  })
})

describe('Zoom webhook secrets', () => {
  test('the secret token is never in a listing, the deliveries log, the journal or the dashboard', async () => {
    const { emulator, client } = zoomFixture()
    const receiver = await served(SECRET)
    await control(emulator).subscribe({ url: receiver.url, secretToken: SECRET, events: ['user.created'] })
    await client.users.create({ action: 'custCreate', user_info: { email: 'k@example.edu', type: 1 } })
    await emulator.webhooks.idle()
    const seen = [
      JSON.stringify(await control(emulator).list()),
      JSON.stringify(await control(emulator).deliveries()),
      JSON.stringify(emulator.requests()),
      await (await emulator.request('/')).text(),
      await (await emulator.request('/__emulator/dashboard/world')).text(),
    ]
    for (const text of seen) expect(text).not.toContain(SECRET)
    expect(receiver.events()).toHaveLength(1)
  })

  test('a secretToken field in a journaled body reads [redacted]', async () => {
    const { emulator } = zoomFixture()
    await emulator.request('/v2/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ secretToken: SECRET }),
    })
    const [entry] = emulator.requests({ path: '/v2/users' }).requests
    expect(entry?.request.body).toEqual({ secretToken: '[redacted]' })
  })
})
