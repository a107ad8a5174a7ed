/** @module A world's whole state: one slice per service, created empty and filled by a seed. */
import { createLtiState, type LtiState } from './lti-pro/state.js'
import { createLuminusState, type LuminusState } from './luminus/state.js'
import { createZoomState, type ZoomState } from './zoom/state.js'

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
