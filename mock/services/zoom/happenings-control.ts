/** @module The Zoom part of the control API: scripted attendance, start now and end now of a meeting or a webinar, under /__emulator/zoom. */
import { type Context, Hono } from 'hono'
import { jsonBody } from '../../control/json-body.js'
import type { Env } from '../../core/context.js'
import type { EmulatorContext } from '../../core/service.js'
import { happeningCommands, type Kind } from './happening-commands.js'

/** `/__emulator/zoom/meetings/{meetingId}/…` or `/__emulator/zoom/webinars/{webinarId}/…`. */
function routesOf(kind: Kind) {
  const idName = `${kind}Id`
  const base = `/__emulator/zoom/${kind}s/:${idName}`
  const commands = (c: Context<Env>) => happeningCommands(c.get('world'), kind)
  return new Hono<Env>()
    .post(`${base}/participants`, async (c) => {
      const id = c.req.param(idName) ?? ''
      const participants = commands(c).attendance(id, await jsonBody(c))
      return c.json({ [idName]: id, participants })
    })
    .delete(`${base}/participants`, (c) => {
      commands(c).clearAttendance(c.req.param(idName) ?? '')
      return c.body(null, 204)
    })
    .post(`${base}/start`, (c) => c.json(commands(c).start(c.req.param(idName) ?? ''), 201))
    .post(`${base}/end`, (c) => c.json(commands(c).end(c.req.param(idName) ?? '')))
}

export const happeningControlRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>().route('/', routesOf('meeting')).route('/', routesOf('webinar'))
