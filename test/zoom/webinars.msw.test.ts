/** @module Webinars and registrants through MSW at Zoom's real origins, called as mod_zoom's webservice calls them (raw requests, not our client). */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createTestEmulator } from '../helpers.js'
import { basic, DEMO_S2S } from './support.js'

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

async function zoomApi() {
  const tokenResponse = await fetch(
    `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${DEMO_S2S.accountId}`,
    { method: 'POST', headers: { authorization: basic(DEMO_S2S.clientId, DEMO_S2S.clientSecret) } },
  )
  const { access_token } = (await tokenResponse.json()) as { access_token: string }
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`https://api.zoom.us/v2/${path}`, {
      method,
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, json: text === '' ? undefined : JSON.parse(text) }
  }
}

test("webinar CRUD for a licensed host, Zoom's error for an unlicensed one, and a registrant approved, as mod_zoom calls them", async () => {
  const call = await zoomApi()
  const refused = await call('POST', 'users/admin@example.edu/webinars', { topic: 'No plan', type: 5 })
  expect(refused).toMatchObject({ status: 400, json: { code: 200 } })

  const created = await call('POST', 'users/host@example.edu/webinars', {
    topic: 'Course webinar',
    type: 5,
    start_time: '2026-12-05T09:00:00Z',
    duration: 60,
    timezone: 'Asia/Singapore',
    settings: { approval_type: 1, panelists_video: true },
  })
  expect(created.status).toBe(201)
  const id = created.json.id as number
  expect((await call('GET', `webinars/${id}`)).json).toMatchObject({ id, topic: 'Course webinar', type: 5 })
  expect((await call('PATCH', `webinars/${id}`, { topic: 'Renamed webinar' })).status).toBe(204)
  const listed = await call('GET', 'users/host@example.edu/webinars?page_size=300')
  expect(listed.json.webinars.map((w: { topic: string }) => w.topic)).toContain('Renamed webinar')

  const registered = await call('POST', `webinars/${id}/registrants`, {
    email: 'ann@example.edu',
    first_name: 'Ann',
  })
  expect(registered.status).toBe(201)
  const pending = await call('GET', `webinars/${id}/registrants?status=pending`)
  expect(pending.json.registrants).toMatchObject([{ email: 'ann@example.edu', status: 'pending' }])
  const approve = { action: 'approve', registrants: [{ id: registered.json.registrant_id }] }
  expect((await call('PUT', `webinars/${id}/registrants/status`, approve)).status).toBe(204)
  const approved = await call('GET', `webinars/${id}/registrants`)
  expect(approved.json.registrants[0]).toMatchObject({
    status: 'approved',
    join_url: registered.json.join_url,
  })

  expect((await call('DELETE', `webinars/${id}`)).status).toBe(204)
  expect(await call('GET', `webinars/${id}`)).toMatchObject({ status: 404, json: { code: 3001 } })
})
