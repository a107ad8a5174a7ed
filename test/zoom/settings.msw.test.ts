/** @module Zoom user settings, tokens, groups and invitations through MSW, at Zoom's real origins, with the client kit's defaults. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createHandlers } from '../../mock/msw.js'
import { createZoomClient } from '../../src/zoom/client.js'
import { createTestEmulator } from '../helpers.js'
import { DEMO_S2S } from './support.js'

const emulator = createTestEmulator()
const server = setupServer(...createHandlers(emulator))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

test('at api.zoom.us: settings PATCH then GET, a zak, the seeded groups and a meeting invitation', async () => {
  const client = createZoomClient({ auth: DEMO_S2S, now: () => emulator.clock.now() })
  await emulator.seed.zoom.group({ id: 'g-staff', name: 'Staff', members: ['demo-host'] })
  expect(
    (await client.settings.update('me', { schedule_meeting: { host_video: true } })).response?.status,
  ).toBe(204)
  expect((await client.settings.get('me', { custom_query_fields: 'host_video' })).data).toEqual({
    schedule_meeting: { host_video: true },
  })
  expect((await client.settings.token('demo-host', { type: 'zak' })).data?.token).toMatch(/^eyJ/)
  expect((await client.settings.groups.list()).data?.groups).toContainEqual({
    id: 'g-staff',
    name: 'Staff',
    total_members: 1,
  })
  const invitation = await client.settings.invitation(81000000001)
  expect(invitation.data?.invitation).toContain('Meeting ID: 810 0000 0001')
})
