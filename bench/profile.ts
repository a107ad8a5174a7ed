/**
 * @module `tsx bench/profile.ts <lti|zoom|hello> [seconds]`: the seeded server (10 000 associated
 * meetings) or the Hono hello-world under `--cpu-prof` with autocannon at 10 connections, then µs
 * per request by stage, by file and by function, from the .cpuprofile.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { type Load, spawnServer, tsxArgs } from './lib.js'
import { signedList, zoomToken } from './signed.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  /** µs on the monotonic clock `process.hrtime` reads. */
  startTime: number
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time in µs per key (`keyOf` a node), from the samples taken between `from` and `to` (µs, monotonic). */
export function selfTimes(
  profile: CpuProfile,
  keyOf: (node: ProfileNode) => string,
  from: number,
  to: number,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    const node = byId.get(id)
    if (!node || at < from || at > to) return
    const key = keyOf(node)
    times.set(key, (times.get(key) ?? 0) + delta)
  })
  return times
}

/**
 * Where a request's time goes: a sample counts for the stage of the innermost frame of its stack
 * that a rule names (`<function> <file>`), so Node's and undici's work counts for whoever called it.
 */
const STAGES: [stage: string, rule: RegExp][] = [
  ['garbage collection', /^\(garbage collector\)/],
  ['socket write (kernel writev)', /^(writev|writevGeneric|createWriteWrap) /],
  ['uuid-path', /uuid-path\.ts/],
  ['happenings settle (and bulk jobs)', /happenings\.ts|processDueJobs|dueJobsOf|^settle mock\/core\/world/],
  ['credential routing (claim, world lookup)', /^(claim|worldOf|findOwner) /],
  ['routing (owner, getPath)', /routing\.ts|^(?!fetch ).*mock\/core\/emulator\.ts/],
  ['signature / token check', /auth\.ts|src\/lti-pro\/signature|http-auth\.ts/],
  ['journal capture', /journal-and-faults\.ts|capture\.ts|core\/journal\.ts|exchange\.ts/],
  ['validation', /validation\.ts|contracts\/operation\.ts/],
  ['tracking id', /tracking\.ts/],
  ['serialisation (c.json, c.body)', /^(json|body|newResponse|#newResponse) nm:hono\/dist\/context/],
  ['route, model and view', /mock\/services\/|^[^ ]+ src\//],
  ['Hono (router, middleware chain, context)', /nm:hono\//],
  ['@hono/node-server (request, response, headers)', /nm:@hono\/node-server/],
  ['node:http and streams', /node:(_http|net|internal\/streams|events|internal\/stream_base)/],
  ['other middleware (access, body guard, faults)', /mock\/(core|control)\//],
]

/** µs per stage between `from` and `to`; what no rule names counts as `other`. */
export function stageTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const parent = new Map<number, ProfileNode>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const times = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (at < from || at > to) return
    let stage = byId.get(id)?.callFrame.functionName === '(idle)' ? 'idle' : 'other'
    for (let node = byId.get(id); node && stage === 'other'; node = parent.get(node.id)) {
      const frame = `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}`
      stage = STAGES.find(([, rule]) => rule.test(frame))?.[0] ?? 'other'
    }
    times.set(stage, (times.get(stage) ?? 0) + delta)
  })
  return times
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'nm:')
    .replace(/^.*\/(mock|src|bench)\//, '$1/') || '(native)'

const [target = 'zoom', secondsText = '5'] = process.argv.slice(2)
const seconds = Number(secondsText)
const dir = mkdtempSync(join(tmpdir(), 'emulator-profile-'))
const bench = (file: string) => fileURLToPath(new URL(file, import.meta.url))
const args = [
  `--cpu-prof-dir=${dir}`,
  '--cpu-prof',
  ...tsxArgs,
  ...(target === 'hello' ? [bench('./hono-hello.mjs')] : [bench('./seeded-server.ts'), '10000', '10000']),
]
const server = await spawnServer(process.execPath, args, target === 'hello' ? '/' : '/__emulator/health')
const load: Load =
  target === 'lti'
    ? signedList(server.url, { pageSize: 20 })
    : target === 'zoom'
      ? {
          url: `${server.url}/v2/meetings/90000000042`,
          headers: { authorization: `Bearer ${await zoomToken(server.url)}` },
        }
      : { url: `${server.url}/` }
await autocannon({ ...load, connections: 10, duration: 1 })
const microseconds = () => Number(process.hrtime.bigint() / 1000n)
const from = microseconds()
const result = await autocannon({ ...load, connections: 10, duration: seconds })
const to = microseconds()
await server.stop()
const requests = result.requests.total
const [file] = readdirSync(dir)
const profile = JSON.parse(readFileSync(join(dir, file as string), 'utf8')) as CpuProfile
const print = (title: string, times: Map<string, number>, top: number) => {
  console.log(`\n${title} (µs per request, ${requests} requests)`)
  for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(us / requests).toFixed(2).padStart(8)}  ${key}`)
}
const byFile = selfTimes(profile, (n) => shortUrl(n.callFrame.url), from, to)
const idle = selfTimes(profile, (n) => n.callFrame.functionName, from, to).get('(idle)') ?? 0
console.log(
  `${target}: ${result.requests.average.toFixed(0)} req/s; busy ${((to - from - idle) / requests).toFixed(1)} µs a request`,
)
print('stages', stageTimes(profile, from, to), 30)
print('self time per file', byFile, 30)
const functionName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
print('self time per function', selfTimes(profile, functionName, from, to), 60)
