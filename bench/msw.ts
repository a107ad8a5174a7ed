/** @module MSW: a Zoom GET through useEmulator's handlers (createHandlers on setupServer) with global fetch, against a hand-written static MSW handler answering the same JSON. */
import { HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { createEmulator } from '../mock/emulator.js'
import { createHandlers, REAL_ORIGINS } from '../mock/msw.js'
import { bigSeed } from './big-seed.js'
import { type Figure, median } from './lib.js'
import { zoomToken } from './signed.js'

const SECONDS = 1
const REPEATS = 9
const CONCURRENT = 10
const MEETING = `${REAL_ORIGINS.zoomApi}/meetings/90000000042`

/**
 * Requests per CPU second (this process's user + system time) of `CONCURRENT` loops of global fetch,
 * each awaiting its answer's body, under `handlers`: CPU time, unlike wall time, stays put when
 * other processes take the machine's cores.
 */
async function rateUnder(handlers: RequestHandler[], headers: Record<string, string>): Promise<number> {
  const msw = setupServer(...handlers)
  msw.listen({ onUnhandledRequest: 'error' })
  try {
    const end = performance.now() + SECONDS * 1000
    const cpu = process.cpuUsage()
    let done = 0
    const loop = async () => {
      while (performance.now() < end) {
        const response = await fetch(MEETING, { headers })
        if (response.status !== 200) throw new Error(`GET ${MEETING}: ${response.status}`)
        await response.json()
        done++
      }
    }
    await Promise.all(Array.from({ length: CONCURRENT }, loop))
    const { user, system } = process.cpuUsage(cpu)
    return done / ((user + system) / 1e6)
  } finally {
    msw.close()
  }
}

export async function mswFigures(): Promise<Figure[]> {
  const emulator = createEmulator({ seed: bigSeed({ meetings: 10_000, perHost: 10_000 }) })
  const token = await zoomToken('https://zoom.us', (input, init) => emulator.fetch(input, init))
  const headers = { authorization: `Bearer ${token}` }
  const answer = await emulator.fetch(MEETING, { headers })
  const json = (await answer.json()) as JsonBodyType
  const tracking = answer.headers.get('x-zm-trackingid') ?? ''
  const handwritten = [
    http.get(`${REAL_ORIGINS.zoomApi}/meetings/:meetingId`, () =>
      HttpResponse.json(json, { headers: { 'x-zm-trackingid': tracking } }),
    ),
  ]
  const emulated = createHandlers(emulator)
  // Alternated, so that a change in the machine's load falls on both.
  const statics: number[] = []
  const emulators: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    statics.push(await rateUnder(handwritten, headers))
    emulators.push(await rateUnder(emulated, headers))
  }
  const value = median(emulators)
  const baseline = median(statics)
  const ratio = value / baseline
  return [
    {
      name: `Zoom GET /v2/meetings/{id} via useEmulator's MSW handlers, global fetch (${CONCURRENT} concurrent, ${REPEATS} × ${SECONDS} s alternated, median)`,
      value: `${value.toFixed(0)} req per CPU s`,
      baseline: `${baseline.toFixed(0)} req per CPU s (static MSW handler)`,
      ratio,
      target: '≥ 0.9×',
      met: ratio >= 0.9,
    },
  ]
}
