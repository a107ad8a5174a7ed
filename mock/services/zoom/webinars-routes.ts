/** @module Zoom webinars: create and list a user's, read, update and delete one (hosts whose settings enable webinars). */
import { Hono } from 'hono'
import type { ZoomEnv } from './auth.js'
import { timeZonesOf } from './meeting-view.js'
import { pageFields, sentIn, type ZoomRouteKit } from './route-kit.js'
import { webinarListItem, webinarView } from './webinar-view.js'

export const webinarsRoutes = ({ model, auth, limit, valid }: ZoomRouteKit) =>
  new Hono<ZoomEnv>()
    .get(
      '/v2/users/:userId/webinars',
      auth,
      limit('Medium'),
      valid('listWebinars', { defaulted: ['type', 'page_size', 'page_number'] }),
      (c) => {
        const { type, ...paging } = c.get('input').query
        const list = model(c).webinars.list(c.req.param('userId'), {
          ...paging,
          filters: { type },
          sent: sentIn(c),
        })
        return c.json({ ...pageFields(list), webinars: list.page.map(webinarListItem) })
      },
    )
    .post('/v2/users/:userId/webinars', auth, limit('Light'), valid('createWebinar'), (c) => {
      const webinar = model(c).webinars.create(c.req.param('userId'), c.get('input').body)
      const { clock, store } = c.get('world')
      return c.json(webinarView(webinar, clock.now(), { zones: timeZonesOf(store.zoom.meetings) }), 201)
    })
    .get('/v2/webinars/:webinarId', auth, limit('Light'), valid('getWebinar'), (c) => {
      const { webinars } = model(c)
      const webinar = webinars.find(c.req.param('webinarId'))
      const { occurrence_id, show_previous_occurrences } = c.get('input').query
      const occurrenceStart =
        occurrence_id === undefined ? undefined : webinars.occurrenceStart(webinar, occurrence_id)
      const { clock, store } = c.get('world')
      const view = webinarView(webinar, clock.now(), {
        zones: timeZonesOf(store.zoom.meetings),
        showPrevious: show_previous_occurrences === true,
        ...(occurrenceStart === undefined ? {} : { occurrenceStart }),
      })
      return c.json(view)
    })
    .patch('/v2/webinars/:webinarId', auth, limit('Light'), valid('updateWebinar'), (c) => {
      const { body, query } = c.get('input')
      model(c).webinars.update(c.req.param('webinarId'), body, query.occurrence_id)
      return c.body(null, 204)
    })
    .delete('/v2/webinars/:webinarId', auth, limit('Light'), valid('deleteWebinar'), (c) => {
      model(c).webinars.delete(c.req.param('webinarId'), c.get('input').query.occurrence_id)
      return c.body(null, 204)
    })
