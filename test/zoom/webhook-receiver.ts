/** @module Test receivers of Zoom webhooks, checking every signature with their own HMAC (node:crypto), not the emulator's code. */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  event: string
  body: string
  json: {
    event: string
    event_ts: number
    payload: Record<string, unknown> & { object?: Record<string, unknown> }
  }
  timestamp: number
  headers: Record<string, string>
  /** Whether `x-zm-signature` is `v0=` + HMAC-SHA256(secret, `v0:{timestamp}:{body}`). */
  verified: boolean
}

/** What the receiver answers an event with (validation challenges are answered right unless `challenge` says otherwise). */
export interface Behaviour {
  status?: (event: Received) => number
  /** Wall ms to wait before answering. */
  delayMs?: (event: Received) => number
  /** `wrong`: answer the challenge with a bad encryptedToken. */
  challenge?: 'right' | 'wrong'
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex')

function verify(secret: string, headers: Record<string, string>, body: string): boolean {
  const expected = Buffer.from(`v0=${hmac(secret, `v0:${headers['x-zm-request-timestamp']}:${body}`)}`)
  const given = Buffer.from(headers['x-zm-signature'] ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** A receiver as a function of the request: what an in-process subscriber is, and what the HTTP one wraps. */
export function webhookReceiver(secret: string, behaviour: Behaviour = {}) {
  const received: Received[] = []
  const handle = async (request: Request): Promise<Response> => {
    const body = await request.text()
    const headers = Object.fromEntries(request.headers)
    const json = JSON.parse(body) as Received['json']
    const event: Received = {
      event: json.event,
      body,
      json,
      timestamp: Number(headers['x-zm-request-timestamp']),
      headers,
      verified: verify(secret, headers, body),
    }
    received.push(event)
    const delay = behaviour.delayMs?.(event) ?? 0
    if (delay > 0) await new Promise((done) => setTimeout(done, delay))
    if (!event.verified) return new Response('bad signature', { status: 401 })
    if (json.event === 'endpoint.url_validation') {
      const plainToken = String(json.payload.plainToken)
      const encrypted = behaviour.challenge === 'wrong' ? 'nope' : hmac(secret, plainToken)
      return Response.json({ plainToken, encryptedToken: encrypted })
    }
    return new Response(null, { status: behaviour.status?.(event) ?? 200 })
  }
  const events = () => received.filter((r) => r.event !== 'endpoint.url_validation')
  return { handle, received, events }
}

/** The same receiver on a node:http server on 127.0.0.1 and a free port. */
export async function httpReceiver(secret: string, behaviour: Behaviour = {}) {
  const receiver = webhookReceiver(secret, behaviour)
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? 'POST',
      headers,
      body: Buffer.concat(chunks),
    })
    const response = await receiver.handle(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    })
  return { ...receiver, url: `http://127.0.0.1:${port}/zoom/webhook`, close }
}
