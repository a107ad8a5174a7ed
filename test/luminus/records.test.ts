/** @module The LumiNUS seeding helpers: what they accept, what they refuse, and that their records sync. */
import { describe, expect, test } from 'vitest'
import { InvalidLuminusInput } from '../../mock/services/luminus/errors.js'
import {
  addMeeting,
  addModule,
  addSubscription,
  addUser,
  grantStaffAccess,
  type NewLuminusMeeting,
} from '../../mock/services/luminus/records.js'
import { createLuminusState } from '../../mock/services/luminus/state.js'
import { createTestEmulator, T0 } from '../helpers.js'
import { clientFor, DEMO_ZOOM_MEETING } from './helpers.js'

const MODULE_ID = '11111111-1111-4111-8111-111111111111'

function stateWithModuleAndUser() {
  const state = createLuminusState()
  addModule(state, { id: MODULE_ID, code: 'CS2040', name: 'Data Structures and Algorithms' })
  addUser(state, { id: 'e1234567', name: 'Lee Lecturer', email: 'lee@example.edu' })
  return state
}

const meeting = (overrides: Partial<NewLuminusMeeting> = {}): NewLuminusMeeting => ({
  moduleId: MODULE_ID,
  creatorID: 'e1234567',
  meetingID: DEMO_ZOOM_MEETING,
  name: 'Lecture 1',
  startDate: '2026-11-23T12:00:00Z',
  endDate: '2026-11-23T14:00:00Z',
  ...overrides,
})

describe('the LumiNUS seeding helpers', () => {
  test('add a meeting with LumiNUS’s defaults, a fresh UUID and the creation time given', () => {
    const state = stateWithModuleAndUser()
    const added = addMeeting(state, meeting(), T0)
    expect(added).toMatchObject({
      moduleId: MODULE_ID,
      meetingType: 2,
      channelID: null,
      startDate: '2026-11-23T12:00:00.000Z',
      createdDate: new Date(T0).toISOString(),
    })
    expect(added.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(state.meetings.get(added.id)).toEqual(added)
  })

  test.each<[string, Partial<NewLuminusMeeting>]>([
    ['a module that does not exist', { moduleId: '22222222-2222-4222-8222-222222222222' }],
    ['a creator who is not a user', { creatorID: 'e7654321' }],
    ['an id that is not a UUID', { id: 'meeting-1' }],
    ['a meetingID that is not a Zoom meeting number', { meetingID: 'abc' }],
    ['a meetingType other than 1, 2 or 3', { meetingType: 4 as 1 }],
    ['a start date that is not a date', { startDate: 'tomorrow' }],
    ['an end before the start', { endDate: '2026-11-23T11:00:00Z' }],
    ['a channelID that is not a UUID', { channelID: 'channel' }],
    ['an empty name', { name: ' ' }],
  ])('refuse a meeting with %s, leaving the state unchanged', (_, overrides) => {
    const state = stateWithModuleAndUser()
    expect(() => addMeeting(state, meeting(overrides), T0)).toThrow(InvalidLuminusInput)
    expect(state.meetings.size).toBe(0)
  })

  test('refuse a second meeting, module, user or key with an id already taken', () => {
    const state = stateWithModuleAndUser()
    const { id } = addMeeting(state, meeting(), T0)
    addSubscription(state, { userId: 'e1234567', key: 'key-1' })
    expect(() => addMeeting(state, meeting({ id }), T0)).toThrow(/already exists/)
    expect(() => addModule(state, { id: MODULE_ID, code: 'X', name: 'X' })).toThrow(/already exists/)
    expect(() => addUser(state, { id: 'e1234567', name: 'X', email: 'x@example.edu' })).toThrow(
      /already exists/,
    )
    expect(() => addSubscription(state, { userId: 'e1234567', key: 'key-1' })).toThrow(/already in use/)
  })

  test('refuse users without a NUSNET id, and access or keys for users or modules that do not exist', () => {
    const state = stateWithModuleAndUser()
    expect(() => addUser(state, { id: 'lee', name: 'Lee', email: 'lee@example.edu' })).toThrow(/NUSNET/)
    expect(() =>
      grantStaffAccess(state, { moduleId: MODULE_ID, userId: 'e0000009', access: 'full' }),
    ).toThrow(InvalidLuminusInput)
    expect(() =>
      grantStaffAccess(state, {
        moduleId: '33333333-3333-4333-8333-333333333333',
        userId: 'e1234567',
        access: 'full',
      }),
    ).toThrow(InvalidLuminusInput)
    expect(() => addSubscription(state, { userId: 'e0000009' })).toThrow(InvalidLuminusInput)
    expect(state.staff.size + state.subscriptions.size).toBe(0)
  })

  test('build a world in which a new lecturer can sync a new meeting of a new module', async () => {
    const emulator = createTestEmulator()
    const { luminus } = emulator.worlds.defaultWorld.store
    addModule(luminus, { id: MODULE_ID, code: 'CS2040', name: 'Data Structures and Algorithms' })
    addUser(luminus, { id: 'e1234567', name: 'Lee Lecturer', email: 'lee@example.edu' })
    grantStaffAccess(luminus, { moduleId: MODULE_ID, userId: 'e1234567', access: 'full' })
    const { key } = addSubscription(luminus, { userId: 'e1234567' })
    const { id } = addMeeting(luminus, meeting({ meetingType: 1, hostKey: '123456' }), emulator.clock.now())

    const { data } = await clientFor(emulator, key).syncMeeting(id)
    expect(data).toMatchObject({
      id,
      moduleID: MODULE_ID,
      userID: 'e1234567',
      userName: 'Lee Lecturer',
      email: 'lee@example.edu',
      meetingType: 1,
      hostKey: '123456',
      topic: 'Week 1 Lecture',
      readonlyAccess: false,
    })
    const demoStaff = await clientFor(emulator).syncMeeting(id)
    expect(demoStaff.response.status).toBe(403)
  })
})
