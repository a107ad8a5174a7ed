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
import { type CpuProfile, type ProfileNode, selfTimes, shortUrl, stageTimes } from './cpu-profile.js'
import { type Load, spawnServer, tsxArgs } from './lib.js'
import { signedList, zoomToken } from './signed.js'

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
