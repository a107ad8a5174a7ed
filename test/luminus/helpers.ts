/** @module LumiNUS test wiring: the demo ids and keys, a client bound to an emulator, a raw Sync request. */
import { type Emulator, LOCAL_ORIGIN } from '../../mock/core/emulator.js'
import { DEMO, DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import type { ZoomMeeting } from '../../mock/services/zoom/state.js'
import { createLuminusClient } from '../../src/luminus/client.js'
import { rewrite } from '../helpers.js'

export const STAFF_KEY = DEMO_CREDENTIALS.luminus.subscriptionKey
export const STUDENT_KEY = DEMO_CREDENTIALS.luminus.studentKey
export const DEMO_MEETING_ID = DEMO.luminus.meetingId
export const DEMO_MODULE_ID = DEMO.luminus.moduleId
/** The Zoom meeting the demo LumiNUS meeting links to. */
export const DEMO_ZOOM_MEETING = '81000000001'

export const syncPath = (id: string) => `/zoom/Meeting/${id}/Sync`

export const clientFor = (emulator: Emulator, subscriptionKey = STAFF_KEY) =>
  createLuminusClient({ subscriptionKey, baseUrl: LOCAL_ORIGIN, fetch: emulator.fetch })

/** Rewrites the demo Zoom meeting through the Zoom meetings table. */
export const rewriteDemoZoomMeeting = (emulator: Emulator, change: (meeting: ZoomMeeting) => ZoomMeeting) =>
  rewrite(emulator.worlds.defaultWorld.store.zoom.meetings, DEMO_ZOOM_MEETING, change)

/** The demo Zoom meeting as the emulator's Zoom state holds it. */
export function demoZoomMeeting(emulator: Emulator) {
  const meeting = emulator.worlds.defaultWorld.store.zoom.meetings.get(DEMO_ZOOM_MEETING)
  if (!meeting) throw new Error('the demo seed has no Zoom meeting 81000000001')
  return meeting
}
