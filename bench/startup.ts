/** @module Start-up: spawn → first 200 from /__emulator/health, against the bare server's spawn → first response. */
import { fileURLToPath } from 'node:url'
import { type Figure, median, spawnServer } from './lib.js'

const RUNS = 10
const cli = fileURLToPath(new URL('../dist/bin/zoom-lti-mock.js', import.meta.url))
const baseline = fileURLToPath(new URL('./baseline-server.mjs', import.meta.url))

async function startupMs(args: string[], readyPath: string): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const server = await spawnServer(process.execPath, args, readyPath)
    samples.push(server.startupMs)
    await server.stop()
  }
  return median(samples)
}

export async function startupFigures(): Promise<Figure[]> {
  const bare = await startupMs([baseline], '/')
  const emulator = await startupMs([cli, '--port', '0', '--quiet'], '/__emulator/health')
  const ratio = emulator / bare
  return [
    {
      name: `start-up, spawn → first 200 (median of ${RUNS})`,
      value: `${emulator.toFixed(0)} ms`,
      baseline: `${bare.toFixed(0)} ms`,
      ratio,
      target: '≤ 2×',
      met: ratio <= 2,
    },
  ]
}
