/** @module A world's whole state: one slice per service, created empty and filled by a seed. */
import { createLtiState, type LtiState } from '../services/lti-pro/state.js'
import { createLuminusState, type LuminusState } from '../services/luminus/state.js'
import { createZoomState, type ZoomState } from '../services/zoom/state.js'

export interface Store {
  zoom: ZoomState
  lti: LtiState
  luminus: LuminusState
}

export const createStore = (): Store => ({
  zoom: createZoomState(),
  lti: createLtiState(),
  luminus: createLuminusState(),
})
