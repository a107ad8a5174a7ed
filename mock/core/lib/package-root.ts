/** @module Where the package's own files are, whether the code runs from mock/ or dist/mock/. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder holding package.json, found from this file. */
function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from)
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${from}`)
    dir = parent
  }
  return dir
}

/** The OpenAPI contracts shipped with the package. */
export const CONTRACTS_DIR = join(packageRoot(), 'contracts')
