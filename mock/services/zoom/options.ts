/** @module The Zoom service's options: their defaults, and a world's options read with them. */
import type { ServiceOptions } from '../../core/context.js'
import type { World } from '../../core/world.js'

export const ZOOM_OPTION_DEFAULTS: ServiceOptions['zoom'] = {
  rateLimits: false,
  plan: 'pro',
  webhookTimeoutMs: 3000,
  webhookAllowHosts: [],
  recordingDelayMinutes: 5,
}

/** The world's Zoom options: the emulator's, else the defaults (a world made without options). */
export const zoomOptionsOf = (world: World): ServiceOptions['zoom'] => ({
  ...ZOOM_OPTION_DEFAULTS,
  ...(world.options as Partial<ServiceOptions>).zoom,
})
