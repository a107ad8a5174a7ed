#!/usr/bin/env node
/** @module The package's bin: Node's on-disk compile cache (Node ≥ 22.1; `NODE_DISABLE_COMPILE_CACHE=1` turns it off), then the command, so that a start compiles nothing it compiled before. */
import module from 'node:module'

// Before the command's modules are imported: they are compiled as they load.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
await import('./cli.js')
