/** @module The Zoom part of the control API: scripted attendance, start now and end now of a meeting or a webinar, under /__emulator/zoom. */
import { Hono } from 'hono'
import { jsonBody } from '../../control/json-body.js'
import type { Env } from '../../core/context.js'
import type { EmulatorContext } from '../../core/service.js'
import { zoomControl } from './happening-commands.js'

const BASE = '/__emulator/zoom/meetings/:meetingId'
const WEBINAR = '/__emulator/zoom/webinars/:webinarId'

export const happeningControlRoutes = (_ctx: EmulatorContext) =>
  new Hono<Env>()
    .post(`${BASE}/participants`, async (c) => {
      const meetingId = c.req.param('meetingId')
      const participants = zoomControl(c.get('world')).attendance(meetingId, await jsonBody(c))
      return c.json({ meetingId, participants })
    })
    .delete(`${BASE}/participants`, (c) => {
      zoomControl(c.get('world')).clearAttendance(c.req.param('meetingId'))
      return c.body(null, 204)
    })
    .post(`${BASE}/start`, (c) => c.json(zoomControl(c.get('world')).start(c.req.param('meetingId')), 201))
    .post(`${BASE}/end`, (c) => c.json(zoomControl(c.get('world')).end(c.req.param('meetingId'))))
    .post(`${WEBINAR}/participants`, async (c) => {
      const webinarId = c.req.param('webinarId')
      const participants = zoomControl(c.get('world')).webinarAttendance(webinarId, await jsonBody(c))
      return c.json({ webinarId, participants })
    })
    .delete(`${WEBINAR}/participants`, (c) => {
      zoomControl(c.get('world')).clearWebinarAttendance(c.req.param('webinarId'))
      return c.body(null, 204)
    })
    .post(`${WEBINAR}/start`, (c) =>
      c.json(zoomControl(c.get('world')).startWebinar(c.req.param('webinarId')), 201),
    )
    .post(`${WEBINAR}/end`, (c) => c.json(zoomControl(c.get('world')).endWebinar(c.req.param('webinarId'))))
