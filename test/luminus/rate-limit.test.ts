/** @module The optional Azure API Management rate limit in front of LumiNUS, per subscription key, on the world clock. */
import { describe, expect, test } from 'vitest'
import { addSubscription } from '../../mock/services/luminus/records.js'
import { createTestEmulator } from '../helpers.js'
import { clientFor, DEMO_MEETING_ID, STAFF_KEY, STUDENT_KEY, syncPath } from './helpers.js'

const limited = (calls: number, renewalPeriodSeconds: number) =>
  createTestEmulator({ luminus: { rateLimit: { calls, renewalPeriodSeconds } } })

async function callTimes(times: number, sync: () => Promise<{ response: Response }>): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < times; i++) statuses.push((await sync()).response.status)
  return statuses
}

describe('the APIM rate limit', () => {
  test('allows exactly `calls` calls in a period and refuses the next with 429, Retry-After and APIM’s body', async () => {
    const client = clientFor(limited(3, 60))
    expect(await callTimes(3, () => client.syncMeeting(DEMO_MEETING_ID))).toEqual([200, 200, 200])

    const { error, response } = await client.syncMeeting(DEMO_MEETING_ID)
    expect(response.status).toBe(429)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(error).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 60 seconds.' })
  })

  test('counts down Retry-After with the clock and renews once the period is over', async () => {
    const emulator = limited(2, 60)
    const client = clientFor(emulator)
    await callTimes(2, () => client.syncMeeting(DEMO_MEETING_ID))

    emulator.clock.advance(45_500)
    const refused = await client.syncMeeting(DEMO_MEETING_ID)
    expect(refused.response.headers.get('retry-after')).toBe('15')
    expect(refused.error?.message).toBe('Rate limit is exceeded. Try again in 15 seconds.')

    emulator.clock.advance(14_499)
    expect((await client.syncMeeting(DEMO_MEETING_ID)).response.status).toBe(429)
    emulator.clock.advance(1)
    expect(await callTimes(3, () => client.syncMeeting(DEMO_MEETING_ID))).toEqual([200, 200, 429])
  })

  test('counts calls that the API itself refuses (400, 403, 404), but not calls refused for their key', async () => {
    const emulator = limited(2, 60)
    await emulator.request(syncPath('not-a-uuid'), { headers: { 'Ocp-Apim-Subscription-Key': STAFF_KEY } })
    await emulator.request(syncPath(DEMO_MEETING_ID), { headers: { 'Ocp-Apim-Subscription-Key': 'wrong' } })
    await emulator.request(syncPath(DEMO_MEETING_ID))
    const client = clientFor(emulator)
    expect(await callTimes(2, () => client.syncMeeting(DEMO_MEETING_ID))).toEqual([200, 429])
  })

  test('keeps a separate count for each subscription key, whether sent in the header or the query', async () => {
    const emulator = limited(1, 10)
    const { luminus } = emulator.worlds.defaultWorld.store
    const second = addSubscription(luminus, { userId: 'e0000001' }).key

    expect((await clientFor(emulator).syncMeeting(DEMO_MEETING_ID)).response.status).toBe(200)
    const viaQuery = await emulator.request(`${syncPath(DEMO_MEETING_ID)}?subscription-key=${STAFF_KEY}`)
    expect(viaQuery.status).toBe(429)
    expect((await clientFor(emulator, second).syncMeeting(DEMO_MEETING_ID)).response.status).toBe(200)
    expect((await clientFor(emulator, STUDENT_KEY).syncMeeting(DEMO_MEETING_ID)).response.status).toBe(403)
  })

  test('is off unless configured, and can be switched on and off on a running emulator', async () => {
    const emulator = createTestEmulator()
    const client = clientFor(emulator)
    expect(new Set(await callTimes(20, () => client.syncMeeting(DEMO_MEETING_ID)))).toEqual(new Set([200]))

    emulator.options.luminus.rateLimit = { calls: 1, renewalPeriodSeconds: 60 }
    expect(await callTimes(2, () => client.syncMeeting(DEMO_MEETING_ID))).toEqual([200, 429])
    delete emulator.options.luminus.rateLimit
    expect((await client.syncMeeting(DEMO_MEETING_ID)).response.status).toBe(200)
  })

  test('starts afresh after a reset', async () => {
    const emulator = limited(1, 60)
    const client = clientFor(emulator)
    expect(await callTimes(2, () => client.syncMeeting(DEMO_MEETING_ID))).toEqual([200, 429])
    emulator.reset()
    expect((await client.syncMeeting(DEMO_MEETING_ID)).response.status).toBe(200)
  })
})
