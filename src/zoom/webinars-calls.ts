/** @module Typed calls for Zoom webinars: create, list (and every page), get, update and delete. */
import type { components } from '../generated/zoom.js'
import type { Query, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

export function webinarCalls({ call, pages, id }: ZoomTransport) {
  const webinars = {
    create: (userId: string, body: Schemas['WebinarCreate']) =>
      call<Schemas['Webinar']>('POST', `/users/${id(userId)}/webinars`, undefined, body),
    list: (userId: string, query: Query<'listWebinars'> = {}) =>
      call<Schemas['WebinarList']>('GET', `/users/${id(userId)}/webinars`, query),
    pages: (userId: string, query: Query<'listWebinars'> = {}) =>
      pages((next_page_token) =>
        webinars.list(userId, { ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
    get: (webinarId: number | string, query: Query<'getWebinar'> = {}) =>
      call<Schemas['Webinar']>('GET', `/webinars/${id(webinarId)}`, query),
    update: (
      webinarId: number | string,
      body: Schemas['WebinarUpdate'],
      query: Query<'updateWebinar'> = {},
    ) => call<void>('PATCH', `/webinars/${id(webinarId)}`, query, body),
    delete: (webinarId: number | string, query: Query<'deleteWebinar'> = {}) =>
      call<void>('DELETE', `/webinars/${id(webinarId)}`, query),
  }
  return webinars
}
