/** @module Regenerates src/generated/*.ts from contracts/*.yaml with openapi-typescript; --check fails on drift. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import openapiTS, { astToString } from 'openapi-typescript'

const check = process.argv.includes('--check')
const contracts = new URL('../contracts/', import.meta.url)
const generated = new URL('../src/generated/', import.meta.url)
const stale = []

for (const file of readdirSync(contracts).filter((f) => f.endsWith('.yaml'))) {
  const ast = await openapiTS(new URL(file, contracts))
  const banner = `/** @module Types generated from contracts/${file} by \`npm run generate\`; do not edit. */\n`
  const text = banner + astToString(ast)
  const target = new URL(file.replace(/\.yaml$/, '.ts'), generated)
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current === text) continue
  if (check) stale.push(file)
  else writeFileSync(target, text)
}

if (stale.length > 0) {
  console.error(
    `Generated types are out of date for: ${stale.join(', ')}. Run \`npm run generate\` and commit.`,
  )
  process.exit(1)
}
