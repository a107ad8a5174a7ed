/** @module In-process: reset and sandbox creation medians. */
import { createEmulator } from '../mock/emulator.js'
import { type Figure, timeMedian } from './lib.js'

export async function inProcessFigures(): Promise<Figure[]> {
  const emulator = createEmulator()
  const reset = await timeMedian(() => emulator.reset(), 500)
  const sandbox = await timeMedian(() => emulator.createSandbox(), 500)
  const bound = (name: string, ms: number, limit: number): Figure => ({
    name,
    value: `${ms.toFixed(3)} ms`,
    baseline: `bound ${limit} ms`,
    ratio: ms / limit,
    target: `≤ 1× (≤ ${limit} ms)`,
    met: ms <= limit,
  })
  return [
    bound('reset() of the demo world (median of 500)', reset, 1),
    bound('createSandbox() (median of 500)', sandbox, 2),
  ]
}
