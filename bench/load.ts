/** @module `npm run bench:load`: 64 clients for 60 s (LOAD_SECONDS) across 8 sandboxes of a built server on loopback; checks every count, then writes bench/RESULTS.md's load section. */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Credentials } from '../mock/core/store.js'
import { cpuMs, median } from './lib.js'
import { newTally, type Operation, runClient, type Tally } from './load-client.js'

export interface LoadOptions {
  seconds: number
  /** Lists and syncs only (`LOAD_MIX=read`). */
  readOnly?: boolean
  clients?: number
  sandboxes?: number
  /** How to start the server, without `--port 0 --quiet`; the built CLI by default. */
  command?: string[]
}

export interface LoadReport {
  readOnly: boolean
  seconds: number
  clients: number
  sandboxes: number
  operations: Record<string, number>
  /** Unexpected answers and count mismatches; empty when the run is clean. */
  errors: string[]
  /** VmRSS in MiB at 25, 50, 75 and 100 % of the run. */
  rssMiB: number[]
  /** Per operation: p50 and p99 in ms, from sending to the whole answer read. */
  latencyMs: Record<string, { p50: number; p99: number }>
  /** The server's user + system CPU time over the clients' run, in ms. */
  serverCpuMs: number
  /** The clients' (this process's) user + system CPU time over the run, in ms: the load generator shares the machine. */
  clientCpuMs: number
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
type Snapshot = {
  zoom: { meetings: object; users: object }
  lti: { associations: Record<string, { meetingId: string }> }
}

const percentile = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN

const rssMiB = (pid: number): number => {
  const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1]
  return Math.round(Number(kb) / 102.4) / 10
}

/** The differences between what a sandbox holds and what its clients were told, beyond its seed. */
function mismatches(id: string, seed: Snapshot, state: Snapshot, tally: Tally): string[] {
  const added = (now: object, before: object) => Object.keys(now).filter((k) => !(k in before))
  const meetings = added(state.zoom.meetings, seed.zoom.meetings)
  const users = added(state.zoom.users, seed.zoom.users)
  const associated = Object.values(state.lti.associations)
    .map((a) => a.meetingId)
    .filter((m) => tally.meetings.has(m))
  const same = (what: string, have: string[], want: Set<string>) =>
    have.length === want.size && have.every((x) => want.has(x))
      ? []
      : [`${id}: ${what} ${have.length} held, ${want.size} acknowledged (or other ids)`]
  return [
    ...same('meetings', meetings, tally.meetings),
    ...same('users', users, tally.users),
    ...same('associations', associated, tally.imported),
  ]
}

export async function runLoad({
  seconds,
  readOnly = false,
  clients = 64,
  sandboxes = 8,
  command,
}: LoadOptions): Promise<LoadReport> {
  const [program = process.execPath, ...args] = command ?? [process.execPath, 'dist/bin/zoom-lti-mock.js']
  const server = spawn(program, [...args, '--port', '0', '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = out.match(/http:\/\/127\.0\.0\.1:\d+/)
        if (match) resolve(match[0])
      })
      server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
    })
    const control = async (path: string, sandbox?: string, method = 'GET') => {
      const headers = sandbox ? { 'x-emulator-sandbox': sandbox } : undefined
      return (await fetch(`${url}/__emulator${path}`, { method, ...(headers ? { headers } : {}) })).json()
    }
    const seed = (await control('/state')) as Snapshot
    const worlds = await Promise.all(
      Array.from({ length: sandboxes }, async () => {
        const { id, credentials } = (await control('/sandboxes', undefined, 'POST')) as {
          id: string
          credentials: Credentials
        }
        const { zoom } = credentials
        const basic = Buffer.from(`${zoom.clientId}:${zoom.clientSecret}`).toString('base64')
        const tokenUrl = `${url}/oauth/token?grant_type=account_credentials&account_id=${zoom.accountId}`
        const answer = await fetch(tokenUrl, { method: 'POST', headers: { authorization: `Basic ${basic}` } })
        const { access_token: token } = (await answer.json()) as { access_token: string }
        return { id, credentials, token, tally: newTally() }
      }),
    )
    const cpuBefore = cpuMs(server.pid ?? 0)
    const clientBefore = process.cpuUsage()
    const started = Date.now()
    const until = started + seconds * 1000
    const samples: { at: number; rss: number }[] = []
    const sampler = setInterval(
      () => samples.push({ at: Date.now() - started, rss: rssMiB(server.pid ?? 0) }),
      250,
    )
    await Promise.all(
      Array.from({ length: clients }, (_, i) => {
        const world = worlds[i % sandboxes] as (typeof worlds)[number]
        return runClient({ url, ...world, name: `s${i % sandboxes}-c${i}`, until, readOnly })
      }),
    )
    clearInterval(sampler)
    const serverCpuMs = cpuMs(server.pid ?? 0) - cpuBefore
    const { user, system } = process.cpuUsage(clientBefore)
    const clientCpuMs = (user + system) / 1000
    samples.push({ at: Date.now() - started, rss: rssMiB(server.pid ?? 0) })
    const errors: string[] = []
    for (const world of worlds) {
      // A read makes LTI Pro process the bulk jobs that are due.
      const list = `key=${world.credentials.lti.key}&timestamp=0`
      await fetch(`${url}/api/v1/lti/rich/open/meeting/list?${list}`).then((r) => r.arrayBuffer())
      errors.push(
        ...world.tally.errors.slice(0, 5),
        ...mismatches(world.id, seed, (await control('/state', world.id)) as Snapshot, world.tally),
      )
    }
    const untouched = (await control('/state')) as Snapshot
    if (JSON.stringify(untouched.zoom.meetings) !== JSON.stringify(seed.zoom.meetings))
      errors.push('the default world changed')
    const operations: Record<string, number> = {}
    for (const { tally } of worlds)
      for (const [kind, count] of Object.entries(tally.operations))
        operations[kind] = (operations[kind] ?? 0) + count
    const latencyMs: LoadReport['latencyMs'] = {}
    for (const kind of Object.keys(operations) as Operation[]) {
      const sorted = worlds.flatMap(({ tally }) => tally.latencies[kind]).sort((a, b) => a - b)
      if (sorted.length > 0) latencyMs[kind] = { p50: median(sorted), p99: percentile(sorted, 0.99) }
    }
    const at = (share: number) =>
      samples.find((s) => s.at >= share * seconds * 1000)?.rss ?? (samples.at(-1) as { rss: number }).rss
    return {
      readOnly,
      seconds,
      clients,
      sandboxes,
      operations,
      errors,
      rssMiB: [0.25, 0.5, 0.75, 1].map(at),
      latencyMs,
      serverCpuMs,
      clientCpuMs,
    }
  } finally {
    server.kill('SIGTERM')
  }
}

/** The load section of bench/RESULTS.md, between its markers; the rest of the file is left as it is. */
function writeResults(report: LoadReport, elapsedNote: string): string {
  const file = new URL('./RESULTS.md', import.meta.url)
  const [q1, half, q3, end] = report.rssMiB as [number, number, number, number]
  const total = Object.values(report.operations).reduce((a, b) => a + b, 0)
  const mix = report.readOnly ? 'load-read' : 'load'
  const perOperation = (ms: number) => ((ms * 1000) / Math.max(1, total)).toFixed(0)
  const section = [
    `<!-- ${mix}:start -->`,
    report.readOnly ? '## Load, read-only' : '## Load',
    '',
    `Command: \`${report.readOnly ? 'LOAD_MIX=read ' : ''}npm run bench:load\` (${report.clients} clients, ${report.seconds} s, ${report.sandboxes} sandboxes, loopback). ${elapsedNote}`,
    '',
    '| figure | value |',
    '|---|---|',
    `| operations acknowledged | ${total} (${Math.round(total / report.seconds)}/s): ${Object.entries(
      report.operations,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} |`,
    `| p50 / p99 per operation (ms) | ${Object.entries(report.latencyMs)
      .map(([k, { p50, p99 }]) => `${k} ${p50.toFixed(1)} / ${p99.toFixed(1)}`)
      .join(', ')} |`,
    `| CPU per operation: server / clients | ${perOperation(report.serverCpuMs)} / ${perOperation(report.clientCpuMs)} µs (${(report.serverCpuMs / 1000).toFixed(1)} / ${(report.clientCpuMs / 1000).toFixed(1)} s in ${report.seconds} s) |`,
    `| unexpected errors and count mismatches | ${report.errors.length} |`,
    `| server RSS at 25 / 50 / 75 / 100 % | ${q1} / ${half} / ${q3} / ${end} MiB |`,
    `| RSS growth in the second half | ${Math.round((end - half) * 10) / 10} MiB |`,
    '',
    report.readOnly
      ? 'Lists and syncs only: no data is added, so growth here would be a leak. Without the cap RSS climbs (78.5 MiB in the second half of one 60 s run) because V8 postpones collection while the heap may grow; with it, RSS stays flat and nothing runs out.'
      : 'RSS grows with the data the worlds keep (every meeting, user, association and bulk job created; the journal is bounded at 1000 entries a world), not with time alone: `LOAD_MIX=read` measures a run that adds none.',
    `<!-- ${mix}:end -->`,
  ].join('\n')
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {}
  const markers = new RegExp(`<!-- ${mix}:start -->[\\s\\S]*<!-- ${mix}:end -->`)
  writeFileSync(
    file,
    markers.test(text) ? text.replace(markers, section) : `${text}${text ? '\n' : ''}${section}\n`,
  )
  return section
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seconds = Number(process.env.LOAD_SECONDS ?? 60)
  const readOnly = process.env.LOAD_MIX === 'read'
  // Uncapped, V8 lets a busy heap grow before collecting; a cap tells a leak (it would run out) from that.
  const heapMiB = process.env.LOAD_HEAP_MB ?? (readOnly ? '128' : undefined)
  const command = heapMiB
    ? [process.execPath, `--max-old-space-size=${heapMiB}`, 'dist/bin/zoom-lti-mock.js']
    : undefined
  const report = await runLoad({ seconds, readOnly, ...(command ? { command } : {}) })
  for (const error of report.errors) console.error(error)
  const cap = heapMiB ? ` Server old space capped at ${heapMiB} MB (\`LOAD_HEAP_MB\`).` : ''
  const note = `Run: ${new Date().toISOString()}, Node ${process.version}.${cap}`
  console.log(writeResults(report, note))
  if (report.errors.length > 0) process.exit(1)
}
