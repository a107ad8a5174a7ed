/** @module Zoom's Past meetings endpoints: a meeting's ended instances, one instance's details and its participants. */
import { type Context, Hono } from 'hono'
import type { ZoomEnv } from './auth.js'
import { PastMeetings } from './past-meetings.js'
import { sentIn, type ZoomRouteKit } from './route-kit.js'

export const pastMeetingsRoutes = ({ model, auth, limit, valid }: ZoomRouteKit) => {
  const past = <E extends ZoomEnv>(c: Context<E>) => new PastMeetings(c.get('world'), model(c).users)
  return new Hono<ZoomEnv>()
    .get('/v2/past_meetings/:meetingId/instances', auth, limit('Medium'), valid('pastMeetings'), (c) =>
      c.json({
        meetings: past(c)
          .instances(c.req.param('meetingId'))
          .map(({ uuid, start_time }) => ({ uuid, start_time })),
      }),
    )
    .get('/v2/past_meetings/:meetingId', auth, limit('Light'), valid('pastMeetingDetails'), (c) =>
      c.json(past(c).details(c.req.param('meetingId'))),
    )
    .get(
      '/v2/past_meetings/:meetingId/participants',
      auth,
      limit('Medium'),
      valid('pastMeetingParticipants', { defaulted: ['page_size'] }),
      (c) => {
        const { page_size, next_page_token } = c.get('input').query
        const list = past(c).participants(c.req.param('meetingId'), {
          filters: {},
          sent: sentIn(c),
          page_size,
          page_number: 1,
          ...(next_page_token === undefined ? {} : { next_page_token }),
        })
        return c.json({
          page_count: list.pageCount,
          page_size: list.pageSize,
          total_records: list.total,
          next_page_token: list.nextPageToken,
          participants: list.participants,
        })
      },
    )
}
