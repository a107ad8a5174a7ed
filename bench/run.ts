/** @module `npm run bench`: every figure as a ratio against a baseline measured in the same run; writes bench/RESULTS.md. */

import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { inProcessFigures } from './inprocess.js'
import { type Figure, formatTable } from './lib.js'
import { memoryFigures } from './memory.js'
import { scaleFigures } from './scale.js'
import { startupFigures } from './startup.js'
import { throughputFigures } from './throughput.js'

const sections: [string, () => Promise<Figure[]>][] = [
  ['Start-up', startupFigures],
  ['Throughput', throughputFigures],
  ['Scale', scaleFigures],
  ['Memory', memoryFigures],
  ['In-process', inProcessFigures],
]

const figures: Figure[] = []
for (const [title, measure] of sections) {
  process.stdout.write(`${title}…\n`)
  figures.push(...(await measure()))
}

const table = formatTable(figures)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
writeFileSync(
  new URL('./RESULTS.md', import.meta.url),
  `# Benchmark results\n\nMachine: ${machine}. Command: \`npm run bench\`. Run: ${new Date().toISOString()}.\n\n${table}\n`,
)
console.log(`\n${machine}\n\n${table}`)
