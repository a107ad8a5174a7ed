/** @module `npm run bench`: every figure as a ratio against a baseline measured in the same run; writes this Node version's part of bench/RESULTS.md and the table of every version's. */

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

const major = process.versions.node.split('.')[0]
const table = formatTable(figures)
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`
const block = `## npm run bench on Node ${major}\n\nMachine: ${machine}. Command: \`npm run bench\`. Run: ${new Date().toISOString()}. Other processes on the machine are not stopped: re-run and compare before trusting a ratio near its target.\n\n${table}`

/** Every version's ratios, kept beside RESULTS.md so that each run adds its own and the table shows them all. */
const ratiosFile = new URL('./ratios.json', import.meta.url)
type Ratios = Record<string, Record<string, { ratio: number; target: string; met: boolean }>>
const ratios: Ratios = existsSync(ratiosFile) ? JSON.parse(readFileSync(ratiosFile, 'utf8')) : {}
ratios[`Node ${major}`] = Object.fromEntries(
  figures.map(({ name, ratio, target, met }) => [name, { ratio, target, met }]),
)
writeFileSync(ratiosFile, `${JSON.stringify(ratios, null, 2)}\n`)
const versions = Object.keys(ratios).sort()
const names = [...new Set(versions.flatMap((version) => Object.keys(ratios[version] ?? {})))]
const byVersion = [
  `| figure | target | ${versions.join(' | ')} |`,
  `|---|---|${versions.map(() => '---|').join('')}`,
  ...names.map((name) => {
    const target = versions.map((v) => ratios[v]?.[name]?.target).find(Boolean) ?? ''
    const cells = versions.map((v) => {
      const figure = ratios[v]?.[name]
      return figure ? `${figure.ratio.toFixed(2)}×${figure.met ? '' : ' ✘'}` : '—'
    })
    return `| ${name} | ${target} | ${cells.join(' | ')} |`
  }),
].join('\n')

/** Replaces only the marked block, so other sections of the file (the load test's, other versions') stay as they are. */
function replaceBlock(text: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  const section = `${start}\n${content}\n${end}`
  return from >= 0 && to > from
    ? `${text.slice(0, from)}${section}${text.slice(to + end.length)}`
    : `${text.trimEnd()}\n\n${section}\n`
}
const file = new URL('./RESULTS.md', import.meta.url)
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n'
const summary = `## Ratios by Node version\n\nEach cell is the figure's ratio to its baseline in that version's run (✘: target not met).\n\n${byVersion}`
writeFileSync(
  file,
  replaceBlock(replaceBlock(current, 'bench-versions', summary), `bench-node${major}`, block),
)
console.log(`\n${machine}\n\n${table}\n\n${byVersion}`)
