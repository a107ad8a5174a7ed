/** @module MSW: a Zoom GET through useEmulator's handlers (createHandlers on setupServer) with global fetch, against a hand-written static MSW handler answering the same JSON. */
import type { RequestHandler } from 'msw'
import { type Figure, median } from './lib.js'
import { CONCURRENT, fetchLoops, mswSubjects } from './msw-subjects.js'

const SECONDS = 1
const REPEATS = 9

/**
 * Requests per CPU second (this process's user + system time) of the fetch loops under `handlers`:
 * CPU time, unlike wall time, stays put when other processes take the machine's cores.
 */
async function rateUnder(handlers: RequestHandler[], headers: Record<string, string>): Promise<number> {
  const { requests, cpuMicros } = await fetchLoops(handlers, headers, SECONDS)
  return requests / (cpuMicros / 1e6)
}

export async function mswFigures(): Promise<Figure[]> {
  const { handwritten, emulated, headers } = await mswSubjects()
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
