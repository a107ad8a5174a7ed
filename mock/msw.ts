/** @module MSW handlers that forward the real services' origins to an emulator; no endpoint logic here. */
import { http } from 'msw'
import type { Emulator } from './emulator.js'

/** The real origins and base paths the emulator answers for. */
export const REAL_ORIGINS = {
  ltiPro: 'https://applications.zoom.us/api/v1/lti/rich',
  zoomApi: 'https://api.zoom.us/v2',
  zoomOAuth: 'https://zoom.us/oauth',
  luminus: 'https://luminus.azure-api.net',
} as const

export const createHandlers = (emulator: Pick<Emulator, 'fetch'>) =>
  Object.values(REAL_ORIGINS).map((base) => http.all(`${base}/*`, ({ request }) => emulator.fetch(request)))
