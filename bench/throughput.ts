/** @module Throughput at 10 connections: signed LTI Pro list and Zoom GET meeting, against the bare server's requests per second. */
import { fileURLToPath } from 'node:url'
import { type Figure, medianOf, requestsPerSecond, spawnSeededServer, spawnServer } from './lib.js'
import { signedList, zoomToken } from './signed.js'

const REPEATS = 3
const SECONDS = 5
const ASSOCIATED = 10_000
const baseline = fileURLToPath(new URL('./baseline-server.mjs', import.meta.url))

const rate = (load: Parameters<typeof requestsPerSecond>[0]) =>
  medianOf(REPEATS, () => requestsPerSecond(load, 10, SECONDS))

function figure(name: string, value: number, bare: number, target: number): Figure {
  const ratio = value / bare
  return {
    name,
    value: `${value.toFixed(0)} req/s`,
    baseline: `${bare.toFixed(0)} req/s`,
    ratio,
    target: `≥ ${target}×`,
    met: ratio >= target,
  }
}

export async function throughputFigures(): Promise<Figure[]> {
  const bareServer = await spawnServer(process.execPath, [baseline], '/')
  const bare = await rate({ url: `${bareServer.url}/` })
  await bareServer.stop()

  const server = await spawnSeededServer(ASSOCIATED, ASSOCIATED)
  const lti = await rate(signedList(server.url, { pageSize: 20 }))
  const token = await zoomToken(server.url)
  const zoom = await rate({
    url: `${server.url}/v2/meetings/90000000042`,
    headers: { authorization: `Bearer ${token}` },
  })
  await server.stop()
  const runs = `${REPEATS} × ${SECONDS} s, median`
  return [
    figure(`LTI Pro list, pageSize 20 of ${ASSOCIATED} associated (${runs})`, lti, bare, 0.5),
    figure(`Zoom GET /v2/meetings/{id}, bearer (${runs})`, zoom, bare, 0.6),
  ]
}
