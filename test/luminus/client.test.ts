/** @module The LumiNUS client: what it sends, what it answers, when it throws, and the real origin through MSW. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createLuminusClient } from '../../src/index.js'
import { createTestEmulator } from '../helpers.js'
import { DEMO_MEETING_ID, STAFF_KEY, STUDENT_KEY } from './helpers.js'

/** A fetch that records the request and answers with the given response. */
function recordingFetch(answer: () => Response) {
  const requests: Request[] = []
  const fetch = async (request: Request) => {
    requests.push(request)
    return answer()
  }
  return { requests, fetch }
}

describe('the LumiNUS client', () => {
  test('sends GET /zoom/Meeting/{id}/Sync to the real origin by default, the key in the APIM header', async () => {
    const { requests, fetch } = recordingFetch(() =>
      Response.json({ statusCode: 404, message: 'Not Found' }, { status: 404 }),
    )
    await createLuminusClient({ subscriptionKey: 'k-1', fetch }).syncMeeting(DEMO_MEETING_ID)
    expect(requests).toHaveLength(1)
    expect(requests[0]?.method).toBe('GET')
    expect(requests[0]?.url).toBe(`https://luminus.azure-api.net/zoom/Meeting/${DEMO_MEETING_ID}/Sync`)
    expect(requests[0]?.headers.get('ocp-apim-subscription-key')).toBe('k-1')
  })

  test('takes the bare emulator origin as the base, and keeps a base with a path (a gateway prefix) as given', async () => {
    const { requests, fetch } = recordingFetch(() =>
      Response.json({ statusCode: 404, message: 'Not Found' }, { status: 404 }),
    )
    for (const baseUrl of ['http://127.0.0.1:4010', 'https://gateway.example.edu/luminus/'])
      await createLuminusClient({ subscriptionKey: 'k', baseUrl, fetch }).syncMeeting(DEMO_MEETING_ID)
    expect(requests.map(({ url }) => url)).toEqual([
      `http://127.0.0.1:4010/zoom/Meeting/${DEMO_MEETING_ID}/Sync`,
      `https://gateway.example.edu/luminus/zoom/Meeting/${DEMO_MEETING_ID}/Sync`,
    ])
  })

  test('keeps an id with slashes or spaces inside its path segment', async () => {
    const { requests, fetch } = recordingFetch(() =>
      Response.json({ statusCode: 400, message: 'Bad Request' }, { status: 400 }),
    )
    await createLuminusClient({ subscriptionKey: 'k', baseUrl: 'http://127.0.0.1:4010/', fetch }).syncMeeting(
      'a/b c',
    )
    expect(requests[0]?.url).toBe('http://127.0.0.1:4010/zoom/Meeting/a%2Fb%20c/Sync')
  })

  test('answers { error } with the APIM body and the response for an error status', async () => {
    const emulator = createTestEmulator()
    const client = createLuminusClient({ subscriptionKey: STUDENT_KEY, fetch: emulator.fetch })
    const result = await client.syncMeeting(DEMO_MEETING_ID)
    expect(result.data).toBeUndefined()
    expect(result.error).toEqual({
      statusCode: 403,
      message: 'Login user not authorized to perform this action',
    })
    expect(result.response.status).toBe(403)
  })

  test('turns an error body that is not APIM JSON into an error with the status and the text', async () => {
    const { fetch } = recordingFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    const { error } = await createLuminusClient({ subscriptionKey: 'k', fetch }).syncMeeting(DEMO_MEETING_ID)
    expect(error).toEqual({ statusCode: 502, message: '<html>Bad gateway</html>' })
  })

  test('throws for a transport fault and for a success whose body is not JSON', async () => {
    const failing = createLuminusClient({
      subscriptionKey: 'k',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    await expect(failing.syncMeeting(DEMO_MEETING_ID)).rejects.toThrow('fetch failed')
    const { fetch } = recordingFetch(() => new Response('OK', { status: 200 }))
    await expect(
      createLuminusClient({ subscriptionKey: 'k', fetch }).syncMeeting(DEMO_MEETING_ID),
    ).rejects.toThrow(/not JSON/)
  })
})

describe('the LumiNUS client against the real origin intercepted by MSW', () => {
  const emulator = createTestEmulator()
  const server = setupServer(...createHandlers(emulator))
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  test('syncs the demo meeting with the default base URL and the global fetch', async () => {
    const { data, response } = await createLuminusClient({ subscriptionKey: STAFF_KEY }).syncMeeting(
      DEMO_MEETING_ID,
    )
    expect(response.status).toBe(200)
    expect(data).toMatchObject({ id: DEMO_MEETING_ID, notFoundInZoom: false, readonlyAccess: false })
  })
})
