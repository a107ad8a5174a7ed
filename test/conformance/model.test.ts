/** @module Model-based: random command sequences over LTI Pro, Zoom and LumiNUS (clock moves through meetings, scripted attendance and cloud recordings included) agree with a small reference model. */
import { fc, test } from '@fast-check/vitest'
import { describe } from 'vitest'
import { createTestEmulator, demoClients } from '../helpers.js'
import {
  Advance,
  Bulk,
  type Course,
  CreateViaLti,
  CreateViaZoom,
  Delete,
  ListCheck,
  PastCheck,
  type Real,
  RecordingCheck,
  Rename,
  Reset,
  ScriptAttendance,
  SyncCheck,
} from './commands.js'
import { demoWorld } from './model.js'

/** 200 by default; `CONFORMANCE_RUNS=2000` for a longer hunt. */
const RUNS = Number(process.env.CONFORMANCE_RUNS ?? 200)

function real(): Real {
  const emulator = createTestEmulator()
  return { emulator, ...demoClients(emulator) }
}

const topic = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0)
const course = fc.constantFrom<Course>('demo-context-1', 'demo-context-2')
const index = fc.nat(50)
const commands = fc.commands(
  [
    fc
      .tuple(topic, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 15, max: 240 }), course)
      .map((a) => new CreateViaLti(...a)),
    fc
      .tuple(topic, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 15, max: 240 }), fc.boolean())
      .map((a) => new CreateViaZoom(...a)),
    fc.tuple(index, topic).map((a) => new Rename(...a)),
    index.map((i) => new Delete(i)),
    fc
      .tuple(fc.constantFrom('import' as const, 'disassociate' as const), index, course, fc.boolean())
      .map((a) => new Bulk(...a)),
    fc.boolean().map((upcoming) => new ListCheck(upcoming)),
    index.map((i) => new SyncCheck(i)),
    fc.tuple(index, fc.integer({ min: 0, max: 4 })).map((a) => new ScriptAttendance(...a)),
    index.map((i) => new PastCheck(i)),
    fc.constant(new RecordingCheck()),
    fc.integer({ min: 1, max: 24 * 14 }).map((hours) => new Advance(hours)),
    fc.constant(new Reset()),
  ],
  { maxCommands: 15 },
)

describe('the three services against a reference model', () => {
  test.prop([commands], { numRuns: RUNS, verbose: 1 })(
    'every answer after every command agrees with the model',
    (sequence) => fc.asyncModelRun(() => ({ model: demoWorld(), real: real() }), sequence),
    /* about 8 ms a sequence here; ten times that before calling it hung */ 60_000 + RUNS * 80,
  )
})
