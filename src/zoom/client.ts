/** @module createZoomClient: typed users and meetings calls, `{data} | {error}` results, page iterators; throws only on transport faults. */
import { serviceBaseUrl } from '../base-url.js'
import type { components } from '../generated/zoom.js'
import { errorOf, tokenSource, type ZoomAuth } from './auth.js'
import { pastMeetingCalls } from './past-meetings-calls.js'
import { recordingsCalls } from './recordings-calls.js'
import { registrantCalls } from './registrants-calls.js'
import { reportsCalls } from './reports-calls.js'
import { settingsCalls } from './settings-calls.js'
import type { Query, ZoomResult, ZoomTransport } from './transport.js'
import { webinarCalls } from './webinars-calls.js'

export type { ZoomApiError, ZoomAuth } from './auth.js'
export type { Query, ZoomResult, ZoomTransport } from './transport.js'

type Schemas = components['schemas']

export const ZOOM_API_BASE_URL = 'https://api.zoom.us/v2'
export const ZOOM_OAUTH_URL = 'https://zoom.us/oauth'

export interface ZoomClientOptions {
  auth: ZoomAuth
  /**
   * `https://api.zoom.us/v2` by default. A bare origin (`http://127.0.0.1:4010`) gets `/v2`
   * appended; a URL with a path is the full base.
   */
  baseUrl?: string
  /**
   * Where `/token` is asked for. By default `https://zoom.us/oauth` while `baseUrl` is Zoom's own
   * API host, and `baseUrl`'s origin + `/oauth` for any other host, so the client secret goes
   * where the API calls go. A bare origin gets `/oauth` appended.
   */
  oauthUrl?: string
  fetch?: typeof globalThis.fetch
  /** The clock token lifetimes are measured on; `Date.now()` (read at each call) by default. */
  now?: () => number
}

/** The OAuth base: given, Zoom's own for Zoom's API host, else the API base's origin + `/oauth`. */
const oauthBaseUrl = (apiBase: string, oauthUrl: string | undefined): string => {
  if (oauthUrl !== undefined) return serviceBaseUrl(oauthUrl, ZOOM_OAUTH_URL, 'oauthUrl')
  const { origin } = new URL(apiBase)
  return origin === new URL(ZOOM_API_BASE_URL).origin ? ZOOM_OAUTH_URL : `${origin}/oauth`
}

type QueryValue = string | number | boolean | undefined

export function createZoomClient(options: ZoomClientOptions) {
  const baseUrl = serviceBaseUrl(options.baseUrl ?? ZOOM_API_BASE_URL, ZOOM_API_BASE_URL)
  const fetch = options.fetch ?? globalThis.fetch
  const tokens = tokenSource(options.auth, {
    oauthUrl: oauthBaseUrl(baseUrl, options.oauthUrl),
    fetch,
    now: options.now ?? (() => Date.now()),
  })

  async function call<T>(
    method: string,
    path: string,
    query?: object,
    body?: unknown,
  ): Promise<ZoomResult<T>> {
    const url = new URL(baseUrl + path)
    for (const [k, v] of Object.entries((query ?? {}) as Record<string, QueryValue>))
      if (v !== undefined) url.searchParams.set(k, String(v))
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.token()
      if (token.error) return { error: token.error }
      const response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token.token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (response.ok) {
        const data = (response.status === 204 ? undefined : await response.json()) as T
        return { data, response }
      }
      const error = await errorOf(response)
      if (error.status === 401 && error.code === 124 && attempt === 0 && options.auth.type === 's2s') {
        tokens.invalidate()
        continue
      }
      return { error, response }
    }
  }

  /** Every page, following `next_page_token`; stops after the last page or the first error. */
  async function* pages<T extends { next_page_token: string }>(
    fetchPage: (nextPageToken: string | undefined) => Promise<ZoomResult<T>>,
  ): AsyncGenerator<ZoomResult<T>> {
    let next: string | undefined
    do {
      const result = await fetchPage(next)
      yield result
      if (result.error) return
      next = result.data.next_page_token || undefined
    } while (next)
  }

  const id = (value: string | number) => encodeURIComponent(String(value))

  const users = {
    create: (body: Schemas['UserCreate']) => call<Schemas['CreatedUser']>('POST', '/users', undefined, body),
    get: (userId: string) => call<Schemas['User']>('GET', `/users/${id(userId)}`),
    list: (query: Query<'listUsers'> = {}) => call<Schemas['UserList']>('GET', '/users', query),
    pages: (query: Query<'listUsers'> = {}) =>
      pages((next_page_token) => users.list({ ...query, ...(next_page_token ? { next_page_token } : {}) })),
    update: (userId: string, body: Schemas['UserUpdate']) =>
      call<void>('PATCH', `/users/${id(userId)}`, undefined, body),
    delete: (userId: string, query: Query<'deleteUser'> = {}) =>
      call<void>('DELETE', `/users/${id(userId)}`, query),
  }

  const meetings = {
    create: (userId: string, body: Schemas['MeetingCreate']) =>
      call<Schemas['Meeting']>('POST', `/users/${id(userId)}/meetings`, undefined, body),
    get: (meetingId: number | string, query: Query<'getMeeting'> = {}) =>
      call<Schemas['Meeting']>('GET', `/meetings/${id(meetingId)}`, query),
    list: (userId: string, query: Query<'listMeetings'> = {}) =>
      call<Schemas['MeetingList']>('GET', `/users/${id(userId)}/meetings`, query),
    pages: (userId: string, query: Query<'listMeetings'> = {}) =>
      pages((next_page_token) =>
        meetings.list(userId, { ...query, ...(next_page_token ? { next_page_token } : {}) }),
      ),
    update: (meetingId: number | string, body: Schemas['MeetingUpdate']) =>
      call<void>('PATCH', `/meetings/${id(meetingId)}`, undefined, body),
    delete: (meetingId: number | string, query: Query<'deleteMeeting'> = {}) =>
      call<void>('DELETE', `/meetings/${id(meetingId)}`, query),
  }

  const transport: ZoomTransport = { call, pages, id }
  return {
    users,
    meetings,
    pastMeetings: pastMeetingCalls(transport),
    reports: reportsCalls(transport),
    settings: settingsCalls(transport),
    recordings: recordingsCalls(transport),
    webinars: webinarCalls(transport),
    registrants: registrantCalls(transport),
  }
}

export type ZoomClient = ReturnType<typeof createZoomClient>
