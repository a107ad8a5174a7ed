/** @module Zoom routes for user settings, schedulers and tokens, the account's groups and tracking fields, and meeting invitations. */
import { Hono } from 'hono'
import type { ZoomEnv } from './auth.js'
import { invitationText, sipLinks } from './invitation-view.js'
import { sentIn, type ZoomRouteKit } from './route-kit.js'
import { settingsAnswer } from './settings-model.js'

export const settingsRoutes = ({ model, auth, limit, valid }: ZoomRouteKit) =>
  new Hono<ZoomEnv>()
    .get('/v2/users/:userId/settings', auth, limit('Medium'), valid('userSettings'), (c) => {
      const zoom = model(c)
      const { option, custom_query_fields } = c.get('input').query
      const settings = zoom.settings.get(zoom.users.resolve(c.req.param('userId')))
      return c.json(settingsAnswer(settings, option, custom_query_fields))
    })
    .patch('/v2/users/:userId/settings', auth, limit('Medium'), valid('userSettingsUpdate'), (c) => {
      const zoom = model(c)
      const { query, body } = c.get('input')
      zoom.settings.update(zoom.users.resolve(c.req.param('userId')), query.option, body)
      return c.body(null, 204)
    })
    .get('/v2/users/:userId/schedulers', auth, limit('Medium'), valid('userSchedulers'), (c) => {
      const zoom = model(c)
      return c.json({ schedulers: zoom.directory.schedulersOf(zoom.users.resolve(c.req.param('userId'))) })
    })
    .get(
      '/v2/users/:userId/token',
      auth,
      limit('Light'),
      valid('userToken', { defaulted: ['type', 'ttl'] }),
      (c) => {
        const zoom = model(c)
        const { type, ttl, meeting_id } = c.get('input').query
        const user = zoom.users.resolve(c.req.param('userId'))
        return c.json({ token: zoom.directory.tokenFor(user, type, ttl, meeting_id) })
      },
    )
    .get('/v2/groups', auth, limit('Medium'), valid('groups', { defaulted: ['page_size'] }), (c) => {
      const { page_size, next_page_token } = c.get('input').query
      return c.json(model(c).directory.groups({ page_size, next_page_token, sent: sentIn(c) }))
    })
    .get('/v2/tracking_fields', auth, limit('Medium'), valid('trackingfieldList'), (c) => {
      const fields = model(c).directory.trackingFields()
      return c.json({ total_records: fields.length, tracking_fields: fields })
    })
    .get('/v2/meetings/:meetingId/invitation', auth, limit('Light'), valid('meetingInvitation'), (c) => {
      const zoom = model(c)
      const meeting = zoom.meetings.find(c.req.param('meetingId'))
      const host = zoom.users.resolve(meeting.host_id)
      const { clock, store } = c.get('world')
      const invitation = invitationText(meeting, host, store.zoom.meetings, clock.now())
      return c.json({ invitation, sip_links: sipLinks(meeting) })
    })
