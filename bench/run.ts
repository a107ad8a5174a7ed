/** @module `npm run bench`: every figure as a ratio against a baseline measured in the same run; writes its part of bench/RESULTS.md. */

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { inProcessFigures } from './inprocess.js'
import { type Figure, formatTable } from './lib.js'
import { memoryFigures } from './memory.js'
import { mswFigures } from './msw.js'
import { scaleFigures } from './scale.js'
import { seedRefusalFigures } from './seed-refusal.js'
import { startupFigures } from './startup.js'
import { throughputFigures } from './throughput.js'

const sections: [string, () => Promise<Figure[]>][] = [
  ['Start-up', startupFigures],
  ['Throughput', throughputFigures],
  ['MSW', mswFigures],
  ['Scale', scaleFigures],
  ['Memory', memoryFigures],
  ['In-process', inProcessFigures],
  ['Seed refusal', seedRefusalFigures],
]

const figures: Figure[] = []
for (const [title, measure] of sections) {
  process.stdout.write(`${title}…\n`)
  figures.push(...(await measure()))
}

const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'
const table = formatTable(figures)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`
const block = `${START}\n## npm run bench\n\nMachine: ${machine}. Command: \`npm run bench\`. Run: ${new Date().toISOString()}. Other processes on the machine are not stopped: re-run and compare before trusting a ratio near its target.\n\n${table}\n${END}`

/** Replaces only the bench block, so other sections of the file (the load test's) stay as they are. */
const file = new URL('./RESULTS.md', import.meta.url)
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n'
const from = current.indexOf(START)
const to = current.indexOf(END)
writeFileSync(
  file,
  from >= 0 && to > from
    ? `${current.slice(0, from)}${block}${current.slice(to + END.length)}`
    : `${current.trimEnd()}\n\n${block}\n`,
)
console.log(`\n${machine}\n\n${table}`)
