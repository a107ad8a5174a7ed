/** @module Benchmark plumbing: medians, child servers on loopback, autocannon runs and the results table. */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Median wall time of `fn` in milliseconds over `runs` calls, after `warmup` unmeasured ones. */
export async function timeMedian(
  fn: () => unknown,
  runs: number,
  warmup = Math.ceil(runs / 10),
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return median(samples)
}

export interface ChildServer {
  url: string
  process: ChildProcess
  /** Milliseconds from spawn until `ready` answered 200. */
  startupMs: number
  /** Everything the server printed up to and including its URL. */
  banner: string
  stop(): Promise<void>
}

/** Spawns a server that prints its URL, then polls `readyPath` until it answers 200. */
export async function spawnServer(command: string, args: string[], readyPath: string): Promise<ChildServer> {
  const start = process.hrtime.bigint()
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let banner = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString()
      const match = banner.match(/http:\/\/127\.0\.0\.1:\d+/)
      if (match) resolve(match[0])
    })
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)))
  })
  for (;;) {
    const ok = await fetch(url + readyPath).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ok) break
  }
  const startupMs = Number(process.hrtime.bigint() - start) / 1e6
  return {
    url,
    process: child,
    startupMs,
    banner,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url))
const seededServer = fileURLToPath(new URL('./seeded-server.ts', import.meta.url))

/** The process settings of every bench server that runs from source: tsx, --expose-gc and a large old space. */
export const tsxArgs = ['--expose-gc', '--max-old-space-size=8192', '--import', tsx]

/** The emulator with the demo world plus `meetings` bench meetings (`perHost` per host), run from source with `tsxArgs`. */
export const spawnSeededServer = (meetings: number, perHost: number): Promise<ChildServer> =>
  spawnServer(
    process.execPath,
    [...tsxArgs, seededServer, String(meetings), String(perHost)],
    '/__emulator/health',
  )

/** User + system CPU time of a process so far, in ms (`/proc/<pid>/stat`, at 100 ticks a second). */
export const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * 10
}

export interface Load {
  url: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  headers?: Record<string, string>
  body?: string
}

export interface Rate {
  requestsPerSecond: number
  /** The server's CPU time (user + system) per request, in µs. */
  cpuMicroseconds: number
}

/** Requests per second over `seconds` with `connections` keep-alive connections, and the CPU the server `pid` spent on each; fails on any non-2xx. */
export async function measureRate(load: Load, pid: number, connections = 10, seconds = 5): Promise<Rate> {
  const before = cpuMs(pid)
  const result = await autocannon({ ...load, connections, duration: seconds })
  const cpu = cpuMs(pid) - before
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${load.method ?? 'GET'} ${load.url}: ${result.non2xx} non-2xx and ${result.errors} errors`,
    )
  }
  return { requestsPerSecond: result.requests.average, cpuMicroseconds: (cpu * 1000) / result.requests.total }
}

export interface Figure {
  name: string
  value: string
  baseline: string
  ratio: number
  target: string
  /** True when the ratio meets the target. */
  met: boolean
}

export const formatTable = (figures: Figure[]): string =>
  [
    '| figure | emulator | baseline | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.value} | ${f.baseline} | ${f.ratio.toFixed(2)}× | ${f.target} | ${f.met ? 'yes' : 'NO'} |`,
    ),
  ].join('\n')
