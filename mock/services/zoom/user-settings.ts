/** @module A user's Zoom settings: defaults with what a PATCH changed over them (placeholder; zoom-settings provides it). */
import type { ZoomState, ZoomUser } from './state.js'

/** Only the fields other areas read, over defaults (placeholder; zoom-settings provides it). */
export const userSettingsOf = (state: ZoomState, user: ZoomUser) => {
  const stored = state.userSettings.get(user.id)
  return {
    feature: { webinar: stored?.feature?.webinar ?? false },
    recording: { auto_recording: stored?.recording?.auto_recording ?? 'none' },
  }
}
