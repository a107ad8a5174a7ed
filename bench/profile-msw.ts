/**
 * @module `tsx bench/profile-msw.ts [seconds] [rounds]`: the MSW figure's two loops (useEmulator's
 * handlers, the static handler) under the inspector's CPU profiler, alternated, then µs per request
 * by stage and the functions whose self time differs most between the two. The profiler samples the
 * main thread on a wall-clock timer, so on a loaded machine the stages include time it waited for a
 * core; the CPU row (process.cpuUsage) is the total to trust.
 */
import { Session } from 'node:inspector/promises'
import type { RequestHandler } from 'msw'
import {
  type CpuProfile,
  type ProfileNode,
  STAGES,
  type Stage,
  selfTimes,
  shortUrl,
  stageTimes,
} from './cpu-profile.js'
import { fetchLoops, mswSubjects } from './msw-subjects.js'

/** What only the in-process path has, ahead of the server's stages (whose undici work counts for its caller). */
const MSW_STAGES: Stage[] = [
  ['MSW forward (mock/msw.ts)', /mock\/msw\.ts/],
  [
    'MSW (interceptor, handler matching)',
    /nm:(msw|@mswjs|headers-polyfill|outvariant|strict-event-emitter)\//,
  ],
  ['client loop (bench, global fetch)', /bench\//],
  ...STAGES,
]

const [secondsText = '2', roundsText = '3'] = process.argv.slice(2)
const seconds = Number(secondsText)
const rounds = Number(roundsText)

interface Tally {
  requests: number
  cpuMicros: number
  stages: Map<string, number>
  functions: Map<string, number>
}
const tally = (): Tally => ({ requests: 0, cpuMicros: 0, stages: new Map(), functions: new Map() })
const addTo = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [key, us] of from) into.set(key, (into.get(key) ?? 0) + us)
}
const functionName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 250 })

async function profiled(handlers: RequestHandler[], headers: Record<string, string>, into: Tally) {
  await session.post('Profiler.start')
  const run = await fetchLoops(handlers, headers, seconds)
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile }
  into.requests += run.requests
  into.cpuMicros += run.cpuMicros
  addTo(into.stages, stageTimes(profile, run.from, run.to, MSW_STAGES))
  addTo(into.functions, selfTimes(profile, functionName, run.from, run.to))
}

const { handwritten, emulated, headers } = await mswSubjects()
await fetchLoops(handwritten, headers, 1)
await fetchLoops(emulated, headers, 1)
const statics = tally()
const emulators = tally()
for (let i = 0; i < rounds; i++) {
  await profiled(handwritten, headers, statics)
  await profiled(emulated, headers, emulators)
}
session.disconnect()

const per = (t: Tally, key: string, from: 'stages' | 'functions') => (t[from].get(key) ?? 0) / t.requests
const cell = (us: number) => us.toFixed(1)
console.log(`${process.version}, ${rounds} × ${seconds} s alternated, µs per request`)
console.log('\n| stage | static MSW handler | useEmulator handlers | difference |\n|---|---|---|---|')
const stageNames = new Set([...emulators.stages.keys(), ...statics.stages.keys()])
for (const stage of [...stageNames].sort(
  (a, b) => per(emulators, b, 'stages') - per(emulators, a, 'stages'),
)) {
  const [s, e] = [per(statics, stage, 'stages'), per(emulators, stage, 'stages')]
  console.log(`| ${stage} | ${cell(s)} | ${cell(e)} | ${cell(e - s)} |`)
}
const cpu = (t: Tally) => t.cpuMicros / t.requests
console.log(
  `| **CPU (process.cpuUsage)** | **${cell(cpu(statics))}** | **${cell(cpu(emulators))}** | **${cell(cpu(emulators) - cpu(statics))}** |`,
)
console.log(`| requests | ${statics.requests} | ${emulators.requests} | |`)
console.log(`\nratio by CPU: ${(cpu(statics) / cpu(emulators)).toFixed(2)}×`)

console.log('\nself time per function, useEmulator minus static (µs per request), largest first')
const names = new Set([...emulators.functions.keys(), ...statics.functions.keys()])
const differences = [...names].map(
  (name) => [name, per(emulators, name, 'functions') - per(statics, name, 'functions')] as const,
)
for (const [name, us] of differences.sort((a, b) => b[1] - a[1]).slice(0, 50))
  console.log(
    `${us.toFixed(2).padStart(8)}  ${per(emulators, name, 'functions').toFixed(2).padStart(8)}  ${name}`,
  )
