/** @module The client kit's recording calls at Zoom's real origins through MSW: get, list and pages, trash and recovery, settings, and a download from zoom.us. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createZoomClient } from '../../src/zoom/client.js'
import { meetingPathSegment } from '../../src/zoom/recordings-calls.js'
import { createTestEmulator } from '../helpers.js'
import { ENDED_AT, endedInstance, HOUR, putInstances } from './recording-support.js'
import { DEMO_S2S, s2sToken } from './support.js'

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

// MSW patches fetch once listening: the client reads it at each call.
const client = createZoomClient({
  auth: DEMO_S2S,
  fetch: (input, init) => fetch(input, init),
  now: () => emulator.clock.now(),
})
const SLASHED = '/ajXp112QmuoKj48548//5=='

test('double encodes a UUID that starts with / or contains //, and encodes any other once', () => {
  expect(meetingPathSegment(SLASHED)).toBe('%252FajXp112QmuoKj48548%252F%252F5%253D%253D')
  expect(meetingPathSegment('abc+def==')).toBe('abc%2Bdef%3D%3D')
  expect(meetingPathSegment(81000000004)).toBe('81000000004')
})

test('the typed calls read, page, trash, recover and set recordings at api.zoom.us, and files download from zoom.us', async () => {
  putInstances(
    emulator,
    endedInstance(SLASHED, ENDED_AT),
    endedInstance('rec0Msw00000000000000002==', ENDED_AT - HOUR, { id: 81000000005 }),
  )
  const { data } = await client.recordings.get(SLASHED)
  expect(data?.uuid).toBe(SLASHED)
  const mp4 = data?.recording_files[0]
  expect(mp4?.download_url).toBe(`https://zoom.us/rec/download/${mp4?.id}`)
  const token = await s2sToken(emulator)
  const file = await fetch(mp4?.download_url ?? '', { headers: { authorization: `Bearer ${token}` } })
  expect([file.status, file.headers.get('content-type'), Number(file.headers.get('content-length'))]).toEqual(
    [200, 'video/mp4', mp4?.file_size],
  )

  const pages = []
  for await (const page of client.recordings.pages('demo-host', { page_size: 1 }))
    pages.push(page.data?.meetings[0]?.uuid)
  expect(pages).toEqual([SLASHED, 'rec0Msw00000000000000002=='])

  expect((await client.recordings.delete(81000000004)).response?.status).toBe(204)
  expect((await client.recordings.get(81000000004)).error).toMatchObject({ status: 404, code: 3301 })
  expect((await client.recordings.list('demo-host', { trash: true })).data?.total_records).toBe(1)
  expect((await client.recordings.recover(SLASHED)).response?.status).toBe(204)

  const fileId = mp4?.id ?? ''
  await client.recordings.deleteFile(SLASHED, fileId)
  expect((await client.recordings.get(SLASHED)).data?.recording_count).toBe(3)
  await client.recordings.recoverFile(SLASHED, fileId)
  expect((await client.recordings.get(SLASHED)).data?.recording_count).toBe(4)

  await client.recordings.updateSettings(SLASHED, { share_recording: 'internally' })
  expect((await client.recordings.settings(SLASHED)).data?.share_recording).toBe('internally')
  const refused = await client.recordings.updateSettings(SLASHED, { password: 'short' })
  expect(refused.error).toMatchObject({ status: 400, code: 300 })
})
