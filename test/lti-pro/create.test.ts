/** @module POST /meeting/createAndAssociate: a Zoom meeting created by Zoom's rules, then associated with the course. */
import { describe, expect, test } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import { createTestEmulator } from '../helpers.js'
import { DOMAIN, demoClient, signedRequest } from './signing.js'

const MEETING_INFO = { topic: 'Week 3 Lecture', type: 2, start_time: '2026-12-01T10:00:00Z', duration: 60 }
const request = {
  userId: 'demo-host',
  contextId: 'demo-context-1',
  domain: DOMAIN,
  meetingInfo: MEETING_INFO,
}

const create = (emulator: Emulator, body: unknown) =>
  signedRequest(emulator, { method: 'POST', path: '/meeting/createAndAssociate', body })

const counts = (emulator: Emulator) => {
  const { zoom, lti } = emulator.worlds.defaultWorld.store
  return { meetings: zoom.meetings.size, associations: lti.associations.size }
}

describe('create and associate', () => {
  test('creates the meeting in Zoom, associates it with the course and answers its number', async () => {
    const emulator = createTestEmulator()
    const response = await create(emulator, request)
    const body = (await response.json()) as { status: boolean; result: { id: string } }
    expect(body).toEqual({ status: true, result: { id: expect.stringMatching(/^[0-9]{10,11}$/) } })
    const meeting = emulator.worlds.defaultWorld.store.zoom.meetings.get(body.result.id)
    expect(meeting).toMatchObject({ topic: 'Week 3 Lecture', host_id: 'demo-host' })
    const listed = await demoClient(emulator).listMeetings({ userId: 'demo-host' })
    expect(listed.data?.list.map((m) => m.meetingNumber)).toContain(body.result.id)
  })

  test('answers an unknown user with 1001 and creates nothing', async () => {
    const emulator = createTestEmulator()
    const before = counts(emulator)
    const response = await create(emulator, { ...request, userId: 'nobody' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: false,
      errorCode: '1001',
      errorMessage: 'User does not exist: nobody',
    })
    expect(counts(emulator)).toEqual(before)
  })

  test('refuses meetingInfo that Zoom would refuse (a 201-character topic) with 400 and creates nothing', async () => {
    const emulator = createTestEmulator()
    const before = counts(emulator)
    const response = await create(emulator, {
      ...request,
      meetingInfo: { ...MEETING_INFO, topic: 'x'.repeat(201) },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errorMessage: string }
    expect(body).toMatchObject({ status: false, errorCode: '400' })
    expect(body.errorMessage).toBe(
      `meetingInfo.topic must be a string of at most 200 characters, not "${'x'.repeat(40)}…"`,
    )
    expect(counts(emulator)).toEqual(before)
  })

  test('answers an unknown course with 406 and the id: the meeting exists in Zoom, unassociated', async () => {
    const emulator = createTestEmulator()
    const before = counts(emulator)
    const response = await create(emulator, { ...request, contextId: 'no-such-context' })
    const body = (await response.json()) as { result: { id: string } }
    expect(body).toEqual({
      status: false,
      errorCode: '406',
      errorMessage:
        'create meeting success but associate failed:The Meeting ID, Context ID or Domain is invalid(2255).',
      result: { id: expect.stringMatching(/^[0-9]{10,11}$/) },
    })
    expect(emulator.worlds.defaultWorld.store.zoom.meetings.has(body.result.id)).toBe(true)
    expect(counts(emulator)).toEqual({ meetings: before.meetings + 1, associations: before.associations })
  })

  test.each([
    ['without meetingInfo', { ...request, meetingInfo: undefined }, 'meetingInfo is required (an object)'],
    [
      'with an empty contextId',
      { ...request, contextId: '' },
      'contextId must be a non-empty string, not ""',
    ],
    ['without contextId', { ...request, contextId: undefined }, 'contextId is required (a non-empty string)'],
    ['as an array', [request], 'The body must be an object {userId, contextId, domain, meetingInfo}'],
    ['as malformed JSON', '{"userId":', /^The request body is not valid JSON/],
  ])('answers a body %s with 400 and creates nothing', async (_, body, message) => {
    const emulator = createTestEmulator()
    const before = counts(emulator)
    const response = await create(emulator, body)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errorMessage: string }).errorMessage).toMatch(message)
    expect(counts(emulator)).toEqual(before)
  })
})
