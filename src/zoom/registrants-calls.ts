/** @module Typed calls for the registrants of meetings and of webinars: list (and every page), add, and approve, deny or cancel. */
import type { components } from '../generated/zoom.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

/** The registrant calls of one kind of event, under `/meetings/{id}` or `/webinars/{id}`. */
function registrantCallsUnder({ call, pages, id }: ZoomTransport, base: 'meetings' | 'webinars') {
  const calls = {
    list: (eventId: number | string, query: Query<'listMeetingRegistrants'> = {}) =>
      call<Schemas['RegistrantList']>('GET', `/${base}/${id(eventId)}/registrants`, query),
    pages: (eventId: number | string, query: Query<'listMeetingRegistrants'> = {}) =>
      pages((next_page_token) =>
        calls.list(eventId, { ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
    add: (
      eventId: number | string,
      body: Schemas['RegistrantCreate'],
      query: Query<'addMeetingRegistrant'> = {},
    ) => call<Schemas['RegistrantCreated']>('POST', `/${base}/${id(eventId)}/registrants`, query, body),
    updateStatus: (
      eventId: number | string,
      body: Schemas['RegistrantStatusUpdate'],
      query: Query<'updateMeetingRegistrantsStatus'> = {},
    ) => call<void>('PUT', `/${base}/${id(eventId)}/registrants/status`, query, body),
  }
  return calls
}

/** `meetings` and `webinars`, each with list, pages, add and updateStatus. */
export const registrantCalls = (transport: ZoomTransport) => ({
  meetings: registrantCallsUnder(transport, 'meetings'),
  webinars: registrantCallsUnder(transport, 'webinars'),
})
