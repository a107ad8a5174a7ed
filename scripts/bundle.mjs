/** @module Bundles the command (mock/bin.ts) into dist/bin/ with esbuild, so that a start loads a few files instead of some 240; the library exports stay tsc's dist/. */
import { readFileSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
/** ESM packages every start imports; the others (CommonJS, or loaded only by some commands) stay in node_modules. */
const BUNDLED = new Set(['hono', '@hono/node-server', 'js-yaml'])

// Chunk names carry a content hash, so the folder is emptied first: a rebuild leaves no stale chunk behind.
rmSync(new URL('../dist/bin', import.meta.url), { recursive: true, force: true })
await build({
  entryPoints: { 'zoom-lti-mock': 'mock/bin.ts' },
  outdir: 'dist/bin',
  bundle: true,
  // The lazy imports (TLS, the ca command, the contracts' loader, js-yaml) become chunks loaded on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name)),
  logLevel: 'warning',
})
