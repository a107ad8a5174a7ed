/** @module One bench section alone, without writing RESULTS.md: `tsx bench/quick.ts <section>`. */
import { formatTable } from './lib.js'

const section = process.argv[2] ?? 'startup'
const mod = (await import(`./${section}.js`)) as Record<
  string,
  () => Promise<Parameters<typeof formatTable>[0]>
>
const measure = Object.values(mod)[0]
if (!measure) throw new Error(`no section ${section}`)
console.log(formatTable(await measure()))
