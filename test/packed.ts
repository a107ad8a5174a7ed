/** @module The package as a consumer gets it: `npm pack`, installed offline into a temporary consumer project. */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
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
  timeoutMs = 0,
): Promise<string> => {
  const { stdout } = await promisify(execFile)(file, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: timeoutMs,
  })
  return stdout
}

/** This process's environment without the test runner's own variables, for a child that runs vitest itself. */
export const envWithoutVitest = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')))

const CHECKOUT = createHash('sha1').update(ROOT).digest('hex').slice(0, 12)
const LOCK = join(tmpdir(), `zoom-lti-mock-pack-${CHECKOUT}.lock`)
const PACKS = join(tmpdir(), `zoom-lti-mock-packs-${CHECKOUT}`)
const STALE_LOCK_MS = 120_000

/** What `npm pack`'s tarball is made of: the root files (package.json, the lockfile, tsconfigs, README.md), the folders it builds or ships and the build's scripts. */
function packInputsHash(): string {
  const hash = createHash('sha1')
  const rootFiles = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isFile())
  const sources = ['mock', 'src', 'contracts', 'scripts'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    ),
  )
  const paths = [...rootFiles, ...sources].map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
  for (const path of paths.sort())
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(ROOT, path)))
      .update('\0')
  return hash.digest('hex').slice(0, 16)
}

/** Runs `work` while no other process of this checkout does, through a lock folder (a stale one is taken over). */
async function exclusively(work: () => Promise<void>): Promise<void> {
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
    await work()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

/**
 * The tarball `npm pack` makes of this checkout. Packing rebuilds dist/ (prepack removes it first),
 * so test files never pack at once; and the tarball is kept per content of its inputs, so the test
 * files of one run (and runs with nothing changed) share one pack.
 */
async function packedTarball(): Promise<string> {
  const tarball = join(PACKS, `${packInputsHash()}.tgz`)
  await exclusively(async () => {
    if (existsSync(tarball)) return
    rmSync(PACKS, { recursive: true, force: true })
    const fresh = join(PACKS, 'fresh')
    mkdirSync(fresh, { recursive: true })
    await runAsync('npm', ['pack', '--pack-destination', fresh, '--silent'], ROOT)
    const packed = readdirSync(fresh).find((file) => file.endsWith('.tgz'))
    if (!packed) throw new Error(`npm pack left no tarball in ${fresh}`)
    renameSync(join(fresh, packed), tarball)
    rmSync(fresh, { recursive: true })
  })
  return tarball
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
  const tarball = await packedTarball()
  const dir = mkdtempSync(join(tmpdir(), 'zoom-lti-mock-consumer-'))
  install(dir, tarball)
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
