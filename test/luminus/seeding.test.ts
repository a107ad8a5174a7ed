/** @module Seeding LumiNUS through the control API's state snapshot: modules, users, staff, keys and meetings. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator } from '../helpers.js'

const MODULE = '00000000-0000-4000-8000-0000000000b2'
const MEETING = '00000000-0000-4000-8000-000000000002'

describe('seeding LumiNUS through PUT /__emulator/state', () => {
  test('a module, a read-only tutor, their key and a meeting added to the snapshot answer Sync', async () => {
    const emulator = createTestEmulator()
    const snapshot = (await (await emulator.request('/__emulator/state')).json()) as {
      luminus: Record<'users' | 'modules' | 'staff' | 'subscriptions' | 'meetings', Record<string, object>>
    }
    const { luminus } = snapshot
    luminus.users.e0000003 = { id: 'e0000003', name: 'Tara Tutor', email: 'tara@example.edu' }
    luminus.modules[MODULE] = { id: MODULE, code: 'CS2030', name: 'Programming Methodology II' }
    luminus.staff[`${MODULE}|e0000003`] = { moduleId: MODULE, userId: 'e0000003', access: 'read' }
    luminus.subscriptions['tutor-key'] = { key: 'tutor-key', userId: 'e0000003' }
    luminus.meetings[MEETING] = {
      ...luminus.meetings['00000000-0000-4000-8000-000000000001'],
      id: MEETING,
      moduleId: MODULE,
      meetingID: '81000000002',
      name: 'CS2030 lecture',
      creatorID: 'e0000003',
    }
    const put = await emulator.request('/__emulator/state', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(snapshot),
    })
    expect(put.status).toBeLessThan(300)

    const sync = await emulator.request(`/zoom/Meeting/${MEETING}/Sync`, {
      headers: { 'Ocp-Apim-Subscription-Key': 'tutor-key' },
    })
    expect(sync.status).toBe(200)
    expect(await sync.json()).toMatchObject({
      id: MEETING,
      moduleID: MODULE,
      meetingID: '81000000002',
      topic: 'Week 2 Lecture',
      readonlyAccess: true,
      userID: 'e0000003',
      notFoundInZoom: false,
    })
    const staffOfOtherModule = await emulator.request(`/zoom/Meeting/${MEETING}/Sync`, {
      headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key' },
    })
    expect(staffOfOtherModule.status).toBe(403)
  })
})
