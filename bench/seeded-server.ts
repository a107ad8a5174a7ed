/** @module A bench child: the emulator on a free loopback port with `bigSeed(meetings, perHost)`; prints its URL and, after a GC, its RSS. */
import { startServer } from '../mock/server.js'
import { bigSeed } from './big-seed.js'

const [meetings = 0, perHost = 1000] = process.argv.slice(2).map(Number)
const started = performance.now()
const server = await startServer({ port: 0, seed: bigSeed({ meetings, perHost }) })
const seedMs = performance.now() - started
globalThis.gc?.()
console.log(`rss=${process.memoryUsage().rss} seedMs=${seedMs.toFixed(0)} listening on ${server.url}`)
process.once('SIGTERM', () => server.close().then(() => process.exit(0)))
