/** @module The state file (`--state-file`): the default world's snapshot, loaded at start and written atomically, batched, after changes. */
import { accessSync, constants, readFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ControlError } from './control/errors.js'
import { parseState, type StateSnapshot } from './control/state.js'

/** How long after a change the file is written; later changes within it join the same write. */
export const DEFAULT_WRITE_DELAY_MS = 100

/** A state file that cannot be used; its message names the path and the reason, on one line. */
export class StateFileError extends Error {
  constructor(path: string, reason: string) {
    super(`--state-file ${path}: ${reason.replace(/\s+/g, ' ')}`)
    this.name = 'StateFileError'
  }
}

function assertWritableFolder(path: string): undefined {
  try {
    accessSync(dirname(path), constants.W_OK)
  } catch (error) {
    throw new StateFileError(path, `does not exist and cannot be created (${(error as Error).message})`)
  }
  return undefined
}

/** The snapshot in the file, checked as `PUT /__emulator/state` checks it; undefined when there is no file yet. */
export function readStateFile(path: string): StateSnapshot | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return assertWritableFolder(path)
    throw new StateFileError(path, `cannot be read (${(error as Error).message})`)
  }
  let snapshot: unknown
  try {
    snapshot = JSON.parse(text)
  } catch (error) {
    throw new StateFileError(path, `is not JSON (${(error as Error).message}); fix or remove it`)
  }
  try {
    parseState(snapshot)
  } catch (error) {
    if (!(error instanceof ControlError)) throw error
    throw new StateFileError(path, `is not a state snapshot (${error.message}); fix or remove it`)
  }
  return snapshot as StateSnapshot
}

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
        onError(new StateFileError(path, `cannot be written (${(error as Error).message})`))
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
