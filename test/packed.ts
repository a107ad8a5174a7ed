/** @module The package as a consumer gets it: `npm pack`, installed offline into a temporary consumer project. */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')

export const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** Like `run`, without blocking the test worker; rejects with the command's output on a non-zero exit. */
export const runAsync = async (
  file: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> => {
  const { stdout } = await promisify(execFile)(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 24 })
  return stdout
}

/** Every child of this file's processes sees the env without the test runner's own variables (a nested vitest would take them as its own). */
export const envWithoutVitest = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')))

const LOCK = join(
  tmpdir(),
  `zoom-lti-mock-pack-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}`,
)
const STALE_LOCK_MS = 120_000

/**
 * `npm pack` rebuilds dist/ (prepack removes it first), so two test files packing at once would
 * pack each other's half-built dist/: one pack at a time per checkout, through a lock folder.
 */
async function packExclusively(destination: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const lock = statSync(LOCK, { throwIfNoEntry: false })
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    await runAsync('npm', ['pack', '--pack-destination', destination, '--silent'], ROOT)
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/**
 * Installs the tarball as npm would, without the network: unpacked into node_modules, with its bin
 * linked and only its declared dependencies and peer dependencies (and @types/node for the consumer)
 * linked from this repository's node_modules. A dev-only import in dist/ therefore fails to resolve.
 */
function install(consumer: string, tarball: string): void {
  const target = join(consumer, 'node_modules', 'zoom-lti-mock')
  mkdirSync(target, { recursive: true })
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], consumer)
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as {
    bin?: Record<string, string>
    dependencies?: Record<string, string>
    peerDependencies?: Record<string, string>
  }
  const linked = [...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }), '@types/node']
  for (const name of linked) {
    const link = join(consumer, 'node_modules', name)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), link, 'dir')
  }
  mkdirSync(join(consumer, 'node_modules', '.bin'), { recursive: true })
  for (const [command, file] of Object.entries(manifest.bin ?? {})) {
    chmodSync(join(target, file), 0o755)
    symlinkSync(join(target, file), join(consumer, 'node_modules', '.bin', command))
  }
}

export interface Consumer {
  dir: string
  /** The installed package's own folder. */
  packageDir: string
  remove(): void
}

/** A temporary ESM project with the packed package installed in its node_modules. */
export async function packedConsumer(): Promise<Consumer> {
  const dir = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-consumer-'))
  await packExclusively(dir)
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`)
  install(dir, join(dir, tarball))
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', type: 'module', private: true }),
  )
  return {
    dir,
    packageDir: join(dir, 'node_modules', 'zoom-lti-mock'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Writes a strict NodeNext tsconfig covering these files, compiled to `out/`. */
export function writeTsconfig(dir: string, files: string[], extra: Record<string, unknown> = {}): void {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        types: ['node'],
        lib: ['ES2023', 'DOM'],
        outDir: 'out',
        ...extra,
      },
      files,
    }),
  )
}
