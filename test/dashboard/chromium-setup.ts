/** @module Vitest global setup: finds the Chromium the browser tests launch, once per run, before any worker starts. */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium executable for playwright-core, or why there is none. */
    chromium: { path: string } | { problem: string }
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * Unpacks @sparticuz/chromium's build into `<tmpdir>/sparticuz-chromium-<version>/` unless a
 * previous run did. The package unpacks into `os.tmpdir()` and trusts any file already there, so
 * it runs in a child process whose TMPDIR is a fresh folder, renamed into place when complete:
 * a concurrent run or an interrupted one never leaves a half-written binary behind.
 */
async function unpackSparticuzChromium(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium')
  const manifest = join(dirname(entry), '..', '..', 'package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  const home = join(tmpdir(), `sparticuz-chromium-${version}`)
  const binary = join(home, 'chromium')
  if (existsSync(binary)) return binary
  const staging = mkdtempSync(`${home}.partial-`)
  const unpack =
    "const { default: chromium } = await import('@sparticuz/chromium'); await chromium.executablePath()"
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', unpack], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: staging },
    })
    renameSync(staging, home)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(binary)) throw error
  }
  return binary
}

/** `CHROMIUM_PATH` if set, else Debian's Chromium if installed, else @sparticuz/chromium's build. */
async function findChromium(): Promise<{ path: string } | { problem: string }> {
  const configured = process.env.CHROMIUM_PATH
  if (configured)
    return existsSync(configured)
      ? { path: configured }
      : { problem: `CHROMIUM_PATH is ${configured}, which does not exist: fix it, or unset it` }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM }
  try {
    return { path: await unpackSparticuzChromium() }
  } catch (error) {
    return {
      problem:
        `No Chromium: CHROMIUM_PATH is unset, ${DEBIAN_CHROMIUM} is absent, and @sparticuz/chromium ` +
        `could not be unpacked (${String(error)}); run npm ci, or set CHROMIUM_PATH`,
    }
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('chromium', await findChromium())
}
