/** @module Registrants of meetings and webinars: list, add and change their status, through the one set of registrant rules. */
import { type Context, Hono } from 'hono'
import type { ZoomEnv } from './auth.js'
import { registrantCreated, registrantView } from './registrant-view.js'
import { meetingTarget, webinarTarget } from './registration-targets.js'
import { pageFields, sentIn, type ZoomRouteKit } from './route-kit.js'

export const registrantsRoutes = ({ model, auth, limit, valid }: ZoomRouteKit) => {
  const meetingOf = <E extends ZoomEnv>(c: Context<E>) =>
    meetingTarget(model(c).meetings.find(c.req.param('meetingId') ?? ''), c.get('world').store.zoom.meetings)
  const webinarOf = <E extends ZoomEnv>(c: Context<E>) =>
    webinarTarget(model(c).webinars.find(c.req.param('webinarId') ?? ''), c.get('world').store.zoom.meetings)

  return new Hono<ZoomEnv>()
    .get(
      '/v2/meetings/:meetingId/registrants',
      auth,
      limit('Medium'),
      valid('listMeetingRegistrants', { defaulted: ['status', 'page_size', 'page_number'] }),
      (c) => {
        const target = meetingOf(c)
        const { status, occurrence_id, ...paging } = c.get('input').query
        const query = { ...paging, filters: { status }, sent: sentIn(c) }
        const list = model(c).registrants.list(target, query, occurrence_id)
        return c.json({ ...pageFields(list), registrants: list.page.map((r) => registrantView(r, target)) })
      },
    )
    .post('/v2/meetings/:meetingId/registrants', auth, limit('Light'), valid('addMeetingRegistrant'), (c) => {
      const target = meetingOf(c)
      const { body, query } = c.get('input')
      const registrant = model(c).registrants.add(target, body, query.occurrence_ids)
      return c.json(registrantCreated(registrant, target), 201)
    })
    .put(
      '/v2/meetings/:meetingId/registrants/status',
      auth,
      limit('Medium'),
      valid('updateMeetingRegistrantsStatus'),
      (c) => {
        const { body, query } = c.get('input')
        model(c).registrants.updateStatus(
          meetingOf(c),
          body.action,
          body.registrants ?? [],
          query.occurrence_id,
        )
        return c.body(null, 204)
      },
    )
    .get(
      '/v2/webinars/:webinarId/registrants',
      auth,
      limit('Medium'),
      valid('listWebinarRegistrants', { defaulted: ['status', 'page_size', 'page_number'] }),
      (c) => {
        const target = webinarOf(c)
        const { status, occurrence_id, ...paging } = c.get('input').query
        const query = { ...paging, filters: { status }, sent: sentIn(c) }
        const list = model(c).registrants.list(target, query, occurrence_id)
        return c.json({ ...pageFields(list), registrants: list.page.map((r) => registrantView(r, target)) })
      },
    )
    .post('/v2/webinars/:webinarId/registrants', auth, limit('Light'), valid('addWebinarRegistrant'), (c) => {
      const target = webinarOf(c)
      const { body, query } = c.get('input')
      const registrant = model(c).registrants.add(target, body, query.occurrence_ids)
      return c.json(registrantCreated(registrant, target), 201)
    })
    .put(
      '/v2/webinars/:webinarId/registrants/status',
      auth,
      limit('Medium'),
      valid('updateWebinarRegistrantsStatus'),
      (c) => {
        const { body, query } = c.get('input')
        model(c).registrants.updateStatus(
          webinarOf(c),
          body.action,
          body.registrants ?? [],
          query.occurrence_id,
        )
        return c.body(null, 204)
      },
    )
}
