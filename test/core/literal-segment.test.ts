/** @module Routes whose literal segment is served through a parameter (so that RegExpRouter takes them) answer for that literal only: any other value is answered as a path no route serves. */
import { describe, expect, test } from 'vitest'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { createTestEmulator } from '../helpers.js'

const emulator = createTestEmulator()
const meeting = [...emulator.worlds.defaultWorld.store.zoom.meetings.keys()][0]

async function zoomHeaders() {
  const { accountId, clientId, clientSecret } = DEMO_CREDENTIALS.zoom
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64')
  const answer = await emulator.request(
    `/oauth/token?grant_type=account_credentials&account_id=${accountId}`,
    {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
    },
  )
  const { access_token } = (await answer.json()) as { access_token: string }
  return { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }
}

describe("Zoom's PUT /v2/meetings/{meetingUUID}/recordings/status", () => {
  test('is served for the literal status: the request is validated and reaches the meeting', async () => {
    const headers = await zoomHeaders()
    const recover = await emulator.request(`/v2/meetings/${meeting}/recordings/status`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ action: 'recover' }),
    })
    expect(recover.status).toBe(404)
    expect(await recover.json()).toMatchObject({ code: 3301 })
    const invalid = await emulator.request(`/v2/meetings/${meeting}/recordings/status`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ action: 'nope' }),
    })
    expect(invalid.status).toBe(400)
  })

  test('answers another segment as no PUT route: 405 with the methods the path has', async () => {
    const answer = await emulator.request(`/v2/meetings/${meeting}/recordings/foo`, {
      method: 'PUT',
      headers: await zoomHeaders(),
    })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('DELETE')
  })

  test('lists PUT among the methods of the status path, under its literal', async () => {
    const answer = await emulator.request(`/v2/meetings/${meeting}/recordings/status`, {
      method: 'POST',
      headers: await zoomHeaders(),
    })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('PUT, DELETE')
  })
})

describe("the API docs' Swagger UI files under /__emulator/assets/swagger-ui/", () => {
  test('are served, and an unknown file of the folder is 404', async () => {
    const css = await emulator.request('/__emulator/assets/swagger-ui/swagger-ui.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect((await emulator.request('/__emulator/assets/swagger-ui/nope.css')).status).toBe(404)
  })

  test('another folder is no path the emulator serves (501), and the route is listed under swagger-ui', async () => {
    expect((await emulator.request('/__emulator/assets/other/x.js')).status).toBe(501)
    const routes = emulator.routes.filter((r) => r.method === 'GET').map((r) => r.path)
    expect(routes).toContain('/__emulator/assets/swagger-ui/:file')
    expect(routes.some((path) => path.includes(':folder'))).toBe(false)
  })
})
