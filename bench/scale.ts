/** @module Scale: list latency with 1 000 000 meetings in the account against 1 000, and a 400-item bulkImport processed in-process. */
import { createEmulator } from '../mock/emulator.js'
import { DEMO, DEMO_CREDENTIALS } from '../mock/seed/demo.js'
import { LtiProModel, processDueJobs } from '../mock/services/lti-pro/model.js'
import { bigSeed } from './big-seed.js'
import { type Figure, spawnSeededServer, timeMedian } from './lib.js'
import { signedList, zoomToken } from './signed.js'

const RUNS = 300
/** demo-host holds this many meetings in both worlds; in the big one, other hosts hold the rest, as many each. */
const PER_HOST = 1000
const SMALL = 1000
const LARGE = 1_000_000

async function latencies(meetings: number): Promise<{ lti: number; zoom: number }> {
  const server = await spawnSeededServer(meetings, PER_HOST)
  const list = signedList(server.url, { pageSize: 20, pageNum: 3 })
  const token = await zoomToken(server.url)
  const get = async (url: string, headers: Record<string, string>) => {
    const response = await fetch(url, { headers })
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    await response.arrayBuffer()
  }
  const lti = await timeMedian(() => get(list.url, list.headers), RUNS)
  const zoom = await timeMedian(
    () =>
      get(`${server.url}/v2/users/${DEMO.hostId}/meetings?page_size=30`, {
        authorization: `Bearer ${token}`,
      }),
    RUNS,
  )
  await server.stop()
  return { lti, zoom }
}

function latencyFigure(name: string, large: number, small: number): Figure {
  const ratio = large / small
  return {
    name,
    value: `${large.toFixed(2)} ms`,
    baseline: `${small.toFixed(2)} ms (1 000 meetings)`,
    ratio,
    target: '≤ 1.5×',
    met: ratio <= 1.5,
  }
}

const BULK_WORLD = 100_000
const BULK_ITEMS = 400

/** Median ms for processDueJobs to apply 400 new associations in a world of 100 000 meetings. */
async function bulkImportMs(): Promise<number> {
  const emulator = createEmulator({ seed: bigSeed({ meetings: BULK_WORLD, perHost: PER_HOST }) })
  const world = emulator.worlds.defaultWorld
  const model = new LtiProModel(world, emulator.options)
  const key = DEMO_CREDENTIALS.lti.key
  const items = Array.from({ length: BULK_ITEMS }, (_, i) => ({
    meetingId: String(90_000_000_000 + i * 211),
    contextId: DEMO.contexts[1].contextId,
    domain: DEMO.domain,
  }))
  const samples: number[] = []
  for (let run = 0; run < 30; run++) {
    model.acceptBulk(key, 'import', { items })
    const start = process.hrtime.bigint()
    processDueJobs(world)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
    model.acceptBulk(key, 'disassociate', { items })
    processDueJobs(world)
  }
  const outcome = world.store.lti.bulkJobs.at(-2)?.items.every((item) => item.outcome === 'associated')
  if (!outcome) throw new Error('bulkImport did not associate every item')
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] as number
}

export async function scaleFigures(): Promise<Figure[]> {
  const small = await latencies(SMALL)
  const large = await latencies(LARGE)
  const bulk = await bulkImportMs()
  return [
    latencyFigure(`LTI Pro list latency, 1 000 000 meetings (median of ${RUNS})`, large.lti, small.lti),
    latencyFigure(
      `Zoom meeting list latency, 1 000 000 meetings (median of ${RUNS})`,
      large.zoom,
      small.zoom,
    ),
    {
      name: `bulkImport: ${BULK_ITEMS} items processed, ${BULK_WORLD.toLocaleString('en')} meetings in-process (median of 30)`,
      value: `${bulk.toFixed(2)} ms`,
      baseline: 'bound 5 ms',
      ratio: bulk / 5,
      target: '≤ 1× (≤ 5 ms)',
      met: bulk <= 5,
    },
  ]
}
