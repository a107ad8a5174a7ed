/** @module @zoom/rivet's own webhook receiver, unmodified, accepts the emulator's deliveries: URL validation and signed events. */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AwsLambdaReceiver, MeetingsS2SAuthClient } from '@zoom/rivet/meetings'
import { afterEach, expect, test, vi } from 'vitest'
import { DEMO_S2S, zoomFixture } from './support.js'

const SECRET = 'rivet-webhook-secret-token'
type LambdaEvent = { body: string; headers: Record<string, string>; isBase64Encoded: boolean }
type Lambda = (event: LambdaEvent, context: unknown) => Promise<{ statusCode: number; body: string }>

const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/**
 * A Meetings client of rivet whose receiver is rivet's AwsLambdaReceiver (rivet's HttpReceiver
 * listens on every interface and cannot be told otherwise), served by a node:http server on
 * 127.0.0.1: the request goes to rivet's verification (CommonHttpRequest.processEvent) as it arrived.
 */
async function rivetEndpoint(names: readonly string[] = ['meeting.created', 'meeting.deleted']) {
  vi.spyOn(console, 'debug').mockImplementation(() => {})
  const client = new MeetingsS2SAuthClient({
    clientId: DEMO_S2S.clientId,
    clientSecret: DEMO_S2S.clientSecret,
    accountId: DEMO_S2S.accountId,
    receiver: new AwsLambdaReceiver({ webhooksSecretToken: SECRET }),
  })
  const handler = (await client.start()) as unknown as Lambda
  const events: { event: string; payload: Record<string, unknown> }[] = []
  for (const name of names)
    client.webEventConsumer?.event(name as 'meeting.created', (event) => {
      events.push(event as unknown as (typeof events)[number])
    })
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    const answer = await handler(
      { body: Buffer.concat(chunks).toString(), headers, isBase64Encoded: false },
      {},
    )
    res.writeHead(answer.statusCode, { 'content-type': 'application/json' }).end(answer.body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  closers.push(() => server.close())
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/zoom/events`, events, handler }
}

test("rivet's receiver answers the emulator's URL validation and accepts its signed events", async () => {
  const { emulator, client } = zoomFixture()
  const rivet = await rivetEndpoint()
  emulator.webhooks.subscribe({
    url: rivet.url,
    secretToken: SECRET,
    events: ['meeting.created', 'meeting.deleted'],
  })
  await emulator.webhooks.idle()
  expect(emulator.webhooks.list()[0]?.status).toBe('validated')
  const meeting = await client.meetings.create('me', { topic: 'Rivet hears this' })
  await client.meetings.delete(meeting.data?.id as number)
  await emulator.webhooks.idle()
  expect(emulator.webhooks.deliveries().map((d) => [d.event, d.status])).toEqual([
    ['endpoint.url_validation', 200],
    ['meeting.created', 200],
    ['meeting.deleted', 200],
  ])
  expect(rivet.events.map((e) => [e.event, (e.payload.object as { id: number }).id])).toEqual([
    ['meeting.created', meeting.data?.id],
    ['meeting.deleted', meeting.data?.id],
  ])
})

test("rivet's receiver refuses the challenge of a subscription signed with another secret token, which then gets no events", async () => {
  const { emulator, client } = zoomFixture()
  const rivet = await rivetEndpoint()
  emulator.webhooks.subscribe({
    receiver: async (request) => {
      const body = await request.text()
      const headers = Object.fromEntries(request.headers)
      const answer = await rivet.handler({ body, headers, isBase64Encoded: false }, {})
      return new Response(answer.body, { status: answer.statusCode })
    },
    secretToken: 'not-the-receivers-secret',
    events: ['meeting.created'],
  })
  await emulator.webhooks.idle()
  expect(emulator.webhooks.list()[0]?.status).toBe('failed')
  await client.meetings.create('me', {})
  await emulator.webhooks.idle()
  expect(emulator.webhooks.deliveries().map((d) => [d.event, d.status, d.outcome])).toEqual([
    ['endpoint.url_validation', 400, 'failed'],
  ])
  expect(rivet.events).toEqual([])
})

test("rivet's receiver accepts the registrant, webinar and recording events, download_token and all", async () => {
  const { emulator, client } = zoomFixture({ zoom: { recordingDelayMinutes: 10 } })
  const names = ['meeting.registration_created', 'webinar.created', 'webinar.started', 'recording.completed']
  const rivet = await rivetEndpoint(names)
  emulator.webhooks.subscribe({ url: rivet.url, secretToken: SECRET, events: names })
  await emulator.webhooks.idle()
  const start = new Date(emulator.clock.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const meeting = await client.meetings.create('demo-host', {
    start_time: start,
    duration: 30,
    settings: { approval_type: 0, auto_recording: 'cloud' },
  })
  await client.registrants.meetings.add(meeting.data?.id ?? 0, { email: 'r@example.edu', first_name: 'R' })
  await client.webinars.create('demo-host', { topic: 'Rivet webinar', start_time: start, duration: 30 })
  emulator.setClock({ advanceMs: 60 * 60_000 })
  await emulator.webhooks.idle()
  expect(emulator.webhooks.deliveries().every((d) => d.status === 200)).toBe(true)
  expect(rivet.events.map((e) => e.event)).toEqual([
    'meeting.registration_created',
    'webinar.created',
    'webinar.started',
    'recording.completed',
  ])
  expect(rivet.events[3]).toMatchObject({ download_token: expect.any(String) })
})
