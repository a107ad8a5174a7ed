/** @module Throughput at 10 connections: signed LTI Pro list and Zoom GET meeting, against a Hono hello-world on @hono/node-server started with the same process settings. */
import { fileURLToPath } from 'node:url'
import {
  type Figure,
  type Load,
  measureRate,
  median,
  type Rate,
  spawnSeededServer,
  spawnServer,
  tsxArgs,
} from './lib.js'
import { signedList, zoomToken } from './signed.js'

const REPEATS = 3
const SECONDS = 5
const ASSOCIATED = 10_000
const TARGET = 0.5
const hello = fileURLToPath(new URL('./hono-hello.mjs', import.meta.url))

/** The median rate of the runs, with the median of their CPU per request. */
const medianRate = (rates: Rate[]): Rate => ({
  requestsPerSecond: median(rates.map((r) => r.requestsPerSecond)),
  cpuMicroseconds: median(rates.map((r) => r.cpuMicroseconds)),
})

const shown = ({ requestsPerSecond, cpuMicroseconds }: Rate): string =>
  `${requestsPerSecond.toFixed(0)} req/s, ${cpuMicroseconds.toFixed(0)} µs CPU each`

function figure(name: string, value: Rate, ceiling: Rate): Figure {
  const ratio = value.requestsPerSecond / ceiling.requestsPerSecond
  return {
    name,
    value: shown(value),
    baseline: `${shown(ceiling)} (Hono hello-world)`,
    ratio,
    target: `≥ ${TARGET}×`,
    met: ratio >= TARGET,
  }
}

export async function throughputFigures(): Promise<Figure[]> {
  const ceilingServer = await spawnServer(process.execPath, [...tsxArgs, hello], '/')
  const server = await spawnSeededServer(ASSOCIATED, ASSOCIATED)
  const token = await zoomToken(server.url)
  const loads: Record<'ceiling' | 'lti' | 'zoom', () => [Load, number]> = {
    ceiling: () => [{ url: `${ceilingServer.url}/` }, ceilingServer.process.pid ?? 0],
    // Signed anew for each run: the signature's timestamp must stay within LTI Pro's window.
    lti: () => [signedList(server.url, { pageSize: 20 }), server.process.pid ?? 0],
    zoom: () => [
      { url: `${server.url}/v2/meetings/90000000042`, headers: { authorization: `Bearer ${token}` } },
      server.process.pid ?? 0,
    ],
  }
  const rates: Record<keyof typeof loads, Rate[]> = { ceiling: [], lti: [], zoom: [] }
  // Both servers stay up and the runs alternate, so that a change in the machine's load falls on all three.
  for (let i = 0; i < REPEATS; i++)
    for (const kind of ['ceiling', 'lti', 'zoom'] as const)
      rates[kind].push(await measureRate(...loads[kind](), 10, SECONDS))
  await Promise.all([ceilingServer.stop(), server.stop()])
  const ceiling = medianRate(rates.ceiling)
  const runs = `${REPEATS} × ${SECONDS} s alternated, median`
  return [
    figure(
      `LTI Pro list, pageSize 20 of ${ASSOCIATED} associated, over HTTP (${runs})`,
      medianRate(rates.lti),
      ceiling,
    ),
    figure(`Zoom GET /v2/meetings/{id}, bearer, over HTTP (${runs})`, medianRate(rates.zoom), ceiling),
  ]
}
