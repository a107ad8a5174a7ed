/** @module Zoom REST API v2 (users, meetings) and OAuth token routes: parse, authenticate, call ZoomModel, serialise. */
import { Hono, type MiddlewareHandler } from 'hono'
import type { EmulatorContext } from '../../core/service.js'
import type { ZoomEnv } from './auth.js'
import { liveInstanceOf } from './happenings.js'
import { meetingListItem, meetingView, meetingViewJson, timeZonesOf } from './meeting-view.js'
import { issueToken } from './oauth.js'
import { pastMeetingsRoutes } from './past-meetings-routes.js'
import { recordingsRoutes } from './recordings-routes.js'
import { registrantsRoutes } from './registrants-routes.js'
import { reportsRoutes } from './reports-routes.js'
import { pageFields, sentIn, zoomRouteKit } from './route-kit.js'
import { settingsRoutes } from './settings-routes.js'
import { trackingId } from './tracking.js'
import { createdUser, userListItem, userView } from './user-view.js'
import { webinarsRoutes } from './webinars-routes.js'

export function zoomRoutes(ctx: EmulatorContext) {
  const kit = zoomRouteKit(ctx)
  const { model, auth, limit, valid } = kit
  // Set before the answer is built, so it goes into the answer (error answers too) instead of rebuilding it.
  const tracked: MiddlewareHandler<ZoomEnv> = (c, next) => {
    c.header('x-zm-trackingid', trackingId())
    return next()
  }

  return new Hono<ZoomEnv>()
    .use('/v2', tracked)
    .use('/v2/*', tracked)
    .use('/oauth/*', tracked)
    .post('/oauth/token', issueToken)
    .route('/', settingsRoutes(kit))
    .get(
      '/v2/users',
      auth,
      limit('Medium'),
      valid('listUsers', { defaulted: ['status', 'page_size', 'page_number'] }),
      (c) => {
        const { status, ...paging } = c.get('input').query
        const list = model(c).users.list({ ...paging, filters: { status }, sent: sentIn(c) })
        return c.json({
          ...pageFields(list),
          users: list.page.map(userListItem),
        })
      },
    )
    .post('/v2/users', auth, limit('Light'), valid('createUser'), (c) =>
      c.json(createdUser(model(c).users.create(c.get('input').body)), 201),
    )
    .get('/v2/users/:userId', auth, limit('Light'), valid('getUser'), (c) =>
      c.json(userView(model(c).users.resolve(c.req.param('userId')))),
    )
    .patch('/v2/users/:userId', auth, limit('Light'), valid('updateUser'), (c) => {
      model(c).users.update(c.req.param('userId'), c.get('input').body)
      return c.body(null, 204)
    })
    .delete('/v2/users/:userId', auth, limit('Light'), valid('deleteUser'), (c) => {
      model(c).users.delete(c.req.param('userId'))
      return c.body(null, 204)
    })
    .get(
      '/v2/users/:userId/meetings',
      auth,
      limit('Medium'),
      valid('listMeetings', { defaulted: ['type', 'page_size', 'page_number'] }),
      (c) => {
        const { type, ...paging } = c.get('input').query
        const query = { ...paging, filters: { type }, sent: sentIn(c) }
        const list = model(c).meetings.list(c.req.param('userId'), query)
        return c.json({
          ...pageFields(list),
          meetings: list.page.map(meetingListItem),
        })
      },
    )
    .post('/v2/users/:userId/meetings', auth, limit('Light'), valid('createMeeting'), (c) => {
      const meeting = model(c).createMeeting(c.req.param('userId'), c.get('input').body)
      const { clock, store } = c.get('world')
      const live = liveInstanceOf(store.zoom, meeting.id) !== undefined
      return c.json(meetingView(meeting, clock.now(), false, live, timeZonesOf(store.zoom.meetings)), 201)
    })
    .get('/v2/meetings/:meetingId', auth, limit('Light'), valid('getMeeting'), (c) => {
      const meeting = model(c).meetings.find(c.req.param('meetingId'))
      const showPrevious = c.get('input').query.show_previous_occurrences === true
      const { clock, store } = c.get('world')
      const live = liveInstanceOf(store.zoom, meeting.id) !== undefined
      const json = meetingViewJson(store.zoom.meetings, meeting, clock.now(), showPrevious, live)
      return c.body(json, 200, { 'Content-Type': 'application/json' })
    })
    .patch('/v2/meetings/:meetingId', auth, limit('Light'), valid('updateMeeting'), (c) => {
      model(c).meetings.update(c.req.param('meetingId'), c.get('input').body)
      return c.body(null, 204)
    })
    .delete('/v2/meetings/:meetingId', auth, limit('Light'), valid('deleteMeeting'), (c) => {
      model(c).meetings.delete(c.req.param('meetingId'), c.get('input').query.occurrence_id)
      return c.body(null, 204)
    })
    .route('/', pastMeetingsRoutes(kit))
    .route('/', registrantsRoutes(kit))
    .route('/', webinarsRoutes(kit))
    .route('/', reportsRoutes(kit))
    .route('/', recordingsRoutes(kit))
}
