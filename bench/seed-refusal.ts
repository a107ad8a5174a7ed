/** @module Seed refusal: the time per entity of refusing a huge invalid batch against a batch ten times smaller, in process. */
import { createEmulator } from '../mock/emulator.js'
import { type Figure, timeMedian } from './lib.js'

const SMALL = 5_000
const LARGE = 50_000
const RUNS = 5

/** Median ms of `POST /__emulator/seed` refusing `count` users whose email is a number. */
async function refusalMs(count: number): Promise<number> {
  const emulator = createEmulator()
  const body = JSON.stringify({ zoom: { users: Array.from({ length: count }, () => ({ email: 5 })) } })
  return timeMedian(async () => {
    const response = await emulator.request('/__emulator/seed', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    if (response.status !== 400) throw new Error(`status ${response.status}`)
    await response.arrayBuffer()
  }, RUNS)
}

export async function seedRefusalFigures(): Promise<Figure[]> {
  const small = await refusalMs(SMALL)
  const large = await refusalMs(LARGE)
  const perEntity = (ms: number, count: number) => (ms / count) * 1000
  const ratio = perEntity(large, LARGE) / perEntity(small, SMALL)
  return [
    {
      name: `seed refusal of ${LARGE} invalid users vs ${SMALL}, time per entity (median of ${RUNS})`,
      value: `${perEntity(large, LARGE).toFixed(2)} µs (${large.toFixed(0)} ms)`,
      baseline: `${perEntity(small, SMALL).toFixed(2)} µs (${small.toFixed(0)} ms)`,
      ratio,
      target: '≤ 2× (linear)',
      met: ratio <= 2,
    },
  ]
}
