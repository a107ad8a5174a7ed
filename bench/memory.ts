/** @module Memory: RSS growth per meeting (with its course association and indexes) at 1 000 000 meetings, after a GC. */
import { type Figure, spawnSeededServer } from './lib.js'

const MEETINGS = 1_000_000
const BOUND_BYTES = 1.5 * 1024

async function rssAfterSeed(meetings: number): Promise<number> {
  const server = await spawnSeededServer(meetings, 1000)
  await server.stop()
  const rss = server.banner.match(/rss=(\d+)/)?.[1]
  if (rss === undefined) throw new Error(`no rss in ${server.banner}`)
  return Number(rss)
}

export async function memoryFigures(): Promise<Figure[]> {
  const empty = await rssAfterSeed(0)
  const full = await rssAfterSeed(MEETINGS)
  const perMeeting = (full - empty) / MEETINGS
  return [
    {
      name: 'memory: RSS growth per meeting at 1 000 000 (meeting + association + indexes)',
      value: `${(perMeeting / 1024).toFixed(2)} KB`,
      baseline: `${(empty / 2 ** 20).toFixed(0)} MB → ${(full / 2 ** 20).toFixed(0)} MB`,
      ratio: perMeeting / BOUND_BYTES,
      target: '≤ 1× (≤ 1.5 KB)',
      met: perMeeting <= BOUND_BYTES,
    },
  ]
}
