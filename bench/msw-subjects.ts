/** @module What the MSW figure and its profile run: a Zoom GET under useEmulator's handlers or a hand-written static one, in loops of global fetch. */
import { HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { createEmulator } from '../mock/emulator.js'
import { createHandlers, REAL_ORIGINS } from '../mock/msw.js'
import { bigSeed } from './big-seed.js'
import { zoomToken } from './signed.js'

export const CONCURRENT = 10
const MEETING = `${REAL_ORIGINS.zoomApi}/meetings/90000000042`

export interface MswSubjects {
  /** A static handler answering the emulator's JSON and tracking header for that meeting. */
  handwritten: RequestHandler[]
  /** createHandlers of an emulator seeded with 10 000 meetings. */
  emulated: RequestHandler[]
  /** The bearer token's header. */
  headers: Record<string, string>
}

export async function mswSubjects(): Promise<MswSubjects> {
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
  return { handwritten, emulated: createHandlers(emulator), headers }
}

export interface LoopRun {
  requests: number
  /** This process's user + system CPU time during the loops, µs. */
  cpuMicros: number
  /** When the loops began and ended, µs on the monotonic clock a CPU profile's timestamps use. */
  from: number
  to: number
}

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n)

/** `CONCURRENT` loops of global fetch under `handlers` for `seconds`, each awaiting its answer's body. */
export async function fetchLoops(
  handlers: RequestHandler[],
  headers: Record<string, string>,
  seconds: number,
): Promise<LoopRun> {
  const msw = setupServer(...handlers)
  msw.listen({ onUnhandledRequest: 'error' })
  try {
    const from = monotonicMicros()
    const cpu = process.cpuUsage()
    const end = performance.now() + seconds * 1000
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
    return { requests: done, cpuMicros: user + system, from, to: monotonicMicros() }
  } finally {
    msw.close()
  }
}
