/** @module The Zoom part of the control API: webhook subscriptions and the deliveries log, under /__emulator/webhooks. */
import { type Context, Hono } from 'hono'
import { badInput } from '../../../control/errors.js'
import type { Env } from '../../../core/context.js'
import type { EmulatorContext } from '../../../core/service.js'
import { webhookControl } from './api.js'

const BASE = '/__emulator/webhooks'

async function jsonBody(c: Context<Env>): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    throw badInput(`POST ${BASE} needs a JSON body like {"url","secretToken","events":[...]}.`)
  }
}

export const zoomControlRoutes = (_ctx: EmulatorContext) => {
  const control = (c: Context<Env>) => webhookControl(c.get('world'))
  return new Hono<Env>()
    .get(BASE, (c) => c.json({ subscriptions: control(c).list() }))
    .post(BASE, async (c) => {
      const body = await jsonBody(c)
      if (typeof body === 'object' && body !== null && 'receiver' in body)
        throw badInput('subscription: unknown field "receiver" (allowed: url, secretToken, events).')
      return c.json(control(c).subscribe(body as { url: string; secretToken: string; events: string[] }), 201)
    })
    .get(`${BASE}/deliveries`, (c) => c.json({ deliveries: control(c).deliveries() }))
    .delete(`${BASE}/:id`, (c) => {
      control(c).unsubscribe(c.req.param('id'))
      return c.body(null, 204)
    })
}
