/** @module LumiNUS behind Azure API Management: where the subscription key goes and what a bad one gets. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator } from '../helpers.js'
import { DEMO_MEETING_ID, STAFF_KEY, syncPath } from './helpers.js'

const MISSING = {
  statusCode: 401,
  message:
    'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
}
const INVALID = {
  statusCode: 401,
  message:
    'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
}

describe('the LumiNUS subscription key', () => {
  test('is accepted in the Ocp-Apim-Subscription-Key header', async () => {
    const response = await createTestEmulator().request(syncPath(DEMO_MEETING_ID), {
      headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: DEMO_MEETING_ID })
  })

  test('is accepted in the subscription-key query parameter', async () => {
    const response = await createTestEmulator().request(
      `${syncPath(DEMO_MEETING_ID)}?subscription-key=${STAFF_KEY}`,
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: DEMO_MEETING_ID })
  })

  test('in the header wins over one in the query', async () => {
    const response = await createTestEmulator().request(
      `${syncPath(DEMO_MEETING_ID)}?subscription-key=wrong`,
      {
        headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY },
      },
    )
    expect(response.status).toBe(200)
  })

  test.each([
    ['no header and no query', {}, ''],
    ['an empty header', { 'Ocp-Apim-Subscription-Key': '' }, ''],
    ['an empty query parameter', {}, '?subscription-key='],
  ])('missing (%s) is refused with APIM’s 401 for a missing key', async (_, headers, query) => {
    const response = await createTestEmulator().request(`${syncPath(DEMO_MEETING_ID)}${query}`, { headers })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual(MISSING)
  })

  test.each([
    ['header', { 'Ocp-Apim-Subscription-Key': 'not-a-key' }, ''],
    ['query', {}, '?subscription-key=not-a-key'],
  ])(
    'unknown in the %s is refused with APIM’s 401 for an invalid key, never echoing it',
    async (_, headers, query) => {
      const response = await createTestEmulator().request(`${syncPath(DEMO_MEETING_ID)}${query}`, { headers })
      expect(response.status).toBe(401)
      const text = await response.text()
      expect(JSON.parse(text)).toEqual(INVALID)
      expect(text).not.toContain('not-a-key')
    },
  )

  test('is checked before the meeting id, so a bad key with a bad id still gets 401', async () => {
    const response = await createTestEmulator().request(syncPath('not-a-uuid'))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual(MISSING)
  })

  test('stops working once its subscription is removed from the state', async () => {
    const emulator = createTestEmulator()
    emulator.worlds.defaultWorld.store.luminus.subscriptions.delete(STAFF_KEY)
    const response = await emulator.request(syncPath(DEMO_MEETING_ID), {
      headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY },
    })
    expect(await response.json()).toEqual(INVALID)
  })
})

describe('paths under /zoom that are not emulated', () => {
  test('POST on the sync path answers 405 in the APIM shape, with Allow', async () => {
    const path = syncPath(DEMO_MEETING_ID)
    const response = await createTestEmulator().request(path, {
      method: 'POST',
      headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY },
    })
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD'])
    expect(await response.json()).toEqual({
      statusCode: 405,
      message: `POST is not a method of ${path}; it answers GET, HEAD.`,
    })
  })

  test.each([['GET', '/zoom/Meeting']])(
    '%s %s answers 501 in the APIM shape, naming method and path',
    async (method, path) => {
      const response = await createTestEmulator().request(path, {
        method,
        headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY },
      })
      expect(response.status).toBe(501)
      expect(await response.json()).toEqual({
        statusCode: 501,
        message: `${method} ${path} is not emulated by zoom-lti-mock.`,
      })
    },
  )
})
