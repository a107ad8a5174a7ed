/** @module The state file (`--state-file`): the default world's snapshot, loaded at start and written atomically, batched, after changes. */
import { accessSync, constants, readFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ControlError } from './control/errors.js'
import { parseState, type StateSnapshot } from './control/state.js'
import { Contracts } from './core/contracts/contracts.js'
import { SERVICES } from './services/index.js'

/** How long after a change the file is written; later changes within it join the same write. */
export const DEFAULT_WRITE_DELAY_MS = 100

/** A snapshot file (`--state-file`, `--seed`) that cannot be used; its message names the option, the path, the reason and what to do, on one line. */
export class StateFileError extends Error {
  constructor(path: string, reason: string, option: SnapshotOption = '--state-file') {
    super(`${option} ${path}: ${reason.replace(/\s+/g, ' ')}`)
    this.name = 'StateFileError'
  }
}

type SnapshotOption = '--state-file' | '--seed'

/** A wrapped message is a clause of ours: without its own closing period. */
const clause = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')

function assertWritableFolder(path: string): undefined {
  try {
    accessSync(dirname(path), constants.W_OK)
  } catch (error) {
    throw new StateFileError(path, `does not exist and cannot be created (${clause(error)})`)
  }
  return undefined
}

/**
 * The snapshot in the file, checked as `PUT /__emulator/state` checks it; undefined when there is
 * no file. `remedy` ends the message of a file that is there but unusable.
 */
export function readSnapshotFile(
  path: string,
  option: SnapshotOption,
  remedy: string,
): StateSnapshot | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new StateFileError(path, `cannot be read (${clause(error)}); ${remedy}`, option)
  }
  let snapshot: unknown
  try {
    snapshot = JSON.parse(text)
  } catch (error) {
    throw new StateFileError(path, `is not JSON (${clause(error)}); ${remedy}`, option)
  }
  try {
    parseState(snapshot, SERVICES, new Contracts())
  } catch (error) {
    if (!(error instanceof ControlError)) throw error
    throw new StateFileError(path, `is not a state snapshot (${clause(error)}); ${remedy}`, option)
  }
  return snapshot as StateSnapshot
}

/** The state file's snapshot; undefined when there is no file yet (its folder must be writable). */
export const readStateFile = (path: string): StateSnapshot | undefined =>
  readSnapshotFile(path, '--state-file', 'fix or remove it') ?? assertWritableFolder(path)

/** Writes `text` to `path` so that the file is always whole: a temporary file, fsync, rename, fsync of the folder. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`
  const file = await open(temporary, 'w')
  try {
    await file.writeFile(text, 'utf8')
    await file.sync()
  } finally {
    await file.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  const folder = await open(dirname(path), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

export interface StateWriter {
  /** Something may have changed: write within the delay (unless the snapshot is what the file holds). */
  changed(): void
  /** Writes now if anything is pending, and waits for every write under way. */
  flush(): Promise<void>
  /** How many times the file was written. */
  readonly writes: number
}

/**
 * Batches changes into at most one write per `delayMs`, one write at a time; a snapshot equal to
 * the last one written is not written again. A failed write is reported and retried on the next change.
 */
export function stateWriter(
  path: string,
  snapshot: () => StateSnapshot,
  { delayMs = DEFAULT_WRITE_DELAY_MS, onError = (error: Error) => console.error(error.message) } = {},
): StateWriter {
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> = Promise.resolve()
  let lastWritten: string | undefined
  let writes = 0

  const write = () => {
    timer = undefined
    writing = writing.then(async () => {
      const text = `${JSON.stringify(snapshot())}\n`
      if (text === lastWritten) return
      try {
        await writeAtomically(path, text)
        lastWritten = text
        writes++
      } catch (error) {
        onError(new StateFileError(path, `cannot be written (${clause(error)})`))
      }
    })
    return writing
  }

  return {
    changed() {
      timer ??= setTimeout(write, delayMs)
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer)
        await write()
      }
      await writing
    },
    get writes() {
      return writes
    },
  }
}
