/** @module In-process: signed requests per second through emulator.fetch against over HTTP; reset and sandbox creation medians. */
import { fileURLToPath } from 'node:url'
import { createEmulator } from '../mock/emulator.js'
import { type Figure, medianOf, requestsPerSecond, spawnServer, timeMedian } from './lib.js'
import { signedList } from './signed.js'

const SECONDS = 5
const REPEATS = 3
const CONNECTIONS = 10
const cli = fileURLToPath(new URL('../dist/mock/cli.js', import.meta.url))

/** Requests per second of `CONNECTIONS` concurrent loops, each awaiting its previous response, for `SECONDS`. */
async function inProcessRate(send: () => Promise<Response>): Promise<number> {
  const end = performance.now() + SECONDS * 1000
  let done = 0
  const loop = async () => {
    while (performance.now() < end) {
      const response = await send()
      if (response.status !== 200) throw new Error(`status ${response.status}`)
      await response.arrayBuffer()
      done++
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, loop))
  return done / SECONDS
}

export async function inProcessFigures(): Promise<Figure[]> {
  const server = await spawnServer(process.execPath, [cli, '--port', '0', '--quiet'], '/__emulator/health')
  const overHttp = await medianOf(REPEATS, () =>
    requestsPerSecond(signedList(server.url), CONNECTIONS, SECONDS),
  )
  await server.stop()

  const emulator = createEmulator()
  const request = signedList('http://127.0.0.1:4010')
  const inProcess = await medianOf(REPEATS, () =>
    inProcessRate(() => emulator.fetch(request.url, { headers: request.headers })),
  )
  const reset = await timeMedian(() => emulator.reset(), 500)
  const sandbox = await timeMedian(() => emulator.createSandbox(), 500)
  const ratio = inProcess / overHttp
  const bound = (name: string, ms: number, limit: number): Figure => ({
    name,
    value: `${ms.toFixed(3)} ms`,
    baseline: `bound ${limit} ms`,
    ratio: ms / limit,
    target: `≤ 1× (≤ ${limit} ms)`,
    met: ms <= limit,
  })
  return [
    {
      name: `in-process: signed LTI Pro list via emulator.fetch vs HTTP (${CONNECTIONS} concurrent, ${REPEATS} × ${SECONDS} s)`,
      value: `${inProcess.toFixed(0)} req/s`,
      baseline: `${overHttp.toFixed(0)} req/s`,
      ratio,
      target: '≥ 2×',
      met: ratio >= 2,
    },
    bound('reset() of the demo world (median of 500)', reset, 1),
    bound('createSandbox() (median of 500)', sandbox, 2),
  ]
}
