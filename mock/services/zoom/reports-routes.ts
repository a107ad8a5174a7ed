/** @module Zoom's Reports and Dashboard metrics routes: parse, authenticate, call the account's ZoomReports, serialise. */
import { Hono } from 'hono'
import type { World } from '../../core/world.js'
import type { ZoomEnv } from './auth.js'
import type { ZoomModel } from './model.js'
import {
  metricsInstanceView,
  metricsParticipantView,
  reportHostView,
  reportMeetingView,
  reportParticipantView,
} from './report-view.js'
import { pageFields, sentIn, type ZoomRouteKit } from './route-kit.js'
import type { ZoomInstance } from './state.js'

/** A page's fields without `page_number`, for the lists whose answers do not carry it. */
const pageCounts = (page: Parameters<typeof pageFields>[0]) => {
  const { page_number: _, ...fields } = pageFields(page)
  return fields
}

/** A metrics list's item view: the instance with its host, its totals and (meetings) its tracking fields. */
const metricsView =
  (zoom: ZoomModel, world: World, withTrackingFields: boolean) => (instance: ZoomInstance) =>
    metricsInstanceView(instance, {
      host: zoom.users.find(instance.host_id),
      totals: zoom.reports.happened.totals(instance),
      meetings: world.store.zoom.meetings,
      now: world.clock.now(),
      withTrackingFields,
    })

export const reportsRoutes = ({ model, auth, limit, valid }: ZoomRouteKit) =>
  new Hono<ZoomEnv>()
    .get(
      '/v2/report/users/:userId/meetings',
      auth,
      limit('Heavy'),
      valid('reportMeetings', { defaulted: ['type', 'page_size'] }),
      (c) => {
        const { type, ...rest } = c.get('input').query
        const zoom = model(c)
        const query = { ...rest, page_number: 1, filters: { type }, sent: sentIn(c) }
        const { range, page } = zoom.reports.meetings(c.req.param('userId'), query)
        const { meetings } = c.get('world').store.zoom
        return c.json({
          from: range.from,
          to: range.to,
          ...pageFields(page),
          meetings: page.page.map((row) =>
            reportMeetingView(row, zoom.users.find(row.instance.host_id), meetings),
          ),
        })
      },
    )
    .get(
      '/v2/report/users',
      auth,
      limit('Heavy'),
      valid('reportUsers', { defaulted: ['type', 'page_size', 'page_number'] }),
      (c) => {
        const { type, group_id: _, ...rest } = c.get('input').query
        const { range, page, totals } = model(c).reports.hosts({
          ...rest,
          filters: { type },
          sent: sentIn(c),
        })
        return c.json({
          from: range.from,
          to: range.to,
          ...pageFields(page),
          total_meetings: totals.meetings,
          total_participants: totals.participants,
          total_meeting_minutes: totals.minutes,
          users: page.page.map(reportHostView),
        })
      },
    )
    .get(
      '/v2/report/meetings/:meetingId/participants',
      auth,
      limit('Heavy'),
      valid('reportMeetingParticipants', { defaulted: ['page_size'] }),
      (c) => {
        const query = { ...c.get('input').query, page_number: 1, filters: {}, sent: sentIn(c) }
        const { page } = model(c).reports.participants('meeting', c.req.param('meetingId'), query)
        const now = c.get('world').clock.now()
        return c.json({ ...pageCounts(page), participants: page.page.map(reportParticipantView(now)) })
      },
    )
    .get(
      '/v2/report/webinars/:webinarId/participants',
      auth,
      limit('Heavy'),
      valid('reportWebinarParticipants', { defaulted: ['page_size'] }),
      (c) => {
        const query = { ...c.get('input').query, page_number: 1, filters: {}, sent: sentIn(c) }
        const { page } = model(c).reports.participants('webinar', c.req.param('webinarId'), query)
        const now = c.get('world').clock.now()
        return c.json({ ...pageCounts(page), participants: page.page.map(reportParticipantView(now)) })
      },
    )
    .get(
      '/v2/metrics/meetings',
      auth,
      limit('Resource-intensive'),
      valid('dashboardMeetings', { defaulted: ['type', 'page_size', 'query_date_type'] }),
      (c) => {
        const { type, query_date_type, include_fields, ...rest } = c.get('input').query
        const zoom = model(c)
        const query = { ...rest, page_number: 1, filters: { type, query_date_type }, sent: sentIn(c) }
        const { range, page } = zoom.reports.metrics.instances('meeting', query)
        const view = metricsView(zoom, c.get('world'), include_fields === 'tracking_fields')
        return c.json({ from: range.from, to: range.to, ...pageCounts(page), meetings: page.page.map(view) })
      },
    )
    .get(
      '/v2/metrics/meetings/:meetingId/participants',
      auth,
      limit('Heavy'),
      valid('dashboardMeetingParticipants', { defaulted: ['type', 'page_size'] }),
      (c) => {
        const { type, ...rest } = c.get('input').query
        const query = { ...rest, page_number: 1, filters: {}, sent: sentIn(c) }
        const { instance, page } = model(c).reports.metrics.participants(
          c.req.param('meetingId'),
          type,
          query,
        )
        return c.json({ ...pageCounts(page), participants: page.page.map(metricsParticipantView(instance)) })
      },
    )
    .get(
      '/v2/metrics/webinars',
      auth,
      limit('Resource-intensive'),
      valid('dashboardWebinars', { defaulted: ['type', 'page_size', 'query_date_type'] }),
      (c) => {
        const { type, query_date_type, ...rest } = c.get('input').query
        const zoom = model(c)
        const query = { ...rest, page_number: 1, filters: { type, query_date_type }, sent: sentIn(c) }
        const { range, page } = zoom.reports.metrics.instances('webinar', query)
        const view = metricsView(zoom, c.get('world'), false)
        return c.json({ from: range.from, to: range.to, ...pageCounts(page), webinars: page.page.map(view) })
      },
    )
