/** @module How the README test reads Markdown: fenced blocks with their lines, files named by a first-line comment, shell commands as bash reads them. */
import { describe, expect, test } from 'vitest'
import { codeBlocks, shellCommands, typeScriptFiles } from './readme-blocks.js'

const MARKDOWN = [
  '# Title', //                                    1
  '```sh', //                                      2
  'curl -s a \\', //                               3
  '  -d x', //                                     4
  '# a comment', //                                5
  '', //                                           6
  "BODY=$(jq -n '{", //                            7
  "  a: 1}')", //                                  8
  'cat <<EOF', //                                  9
  'text', //                                      10
  'EOF', //                                       11
  '```', //                                       12
  '<!-- readme-test: not run: CI runs it -->', // 13
  '', //                                          14
  '~~~~yaml', //                                  15
  '```', //                                       16
  '~~~~', //                                      17
  '```ts', //                                     18
  '// setup.ts', //                               19
  'export const a = 1', //                        20
  '```', //                                       21
  '```TS', //                                     22
  '// setup.ts', //                               23
  'export const b = 2', //                        24
  '```', //                                       25
  '```ts', //                                     26
  "console.log('script')", //                     27
  '```', //                                       28
].join('\n')

describe('the README reader', () => {
  const blocks = codeBlocks(MARKDOWN)

  test('finds every fenced block with its language, first code line and not-run reason', () => {
    expect(blocks.map(({ language, line, notRun }) => ({ language, line, notRun }))).toEqual([
      { language: 'sh', line: 3, notRun: undefined },
      { language: 'yaml', line: 16, notRun: 'CI runs it' },
      { language: 'ts', line: 19, notRun: undefined },
      { language: 'ts', line: 23, notRun: undefined },
      { language: 'ts', line: 27, notRun: undefined },
    ])
    expect(blocks[1]?.code).toBe('```')
  })

  test('cuts a shell block into whole commands: continuations, open quotes and heredocs kept together', () => {
    expect(shellCommands(blocks[0] as (typeof blocks)[0])).toEqual([
      { line: 3, text: 'curl -s a \\\n  -d x' },
      { line: 7, text: "BODY=$(jq -n '{\n  a: 1}')" },
      { line: 9, text: 'cat <<EOF\ntext\nEOF' },
    ])
  })

  test('joins blocks naming the same file in order, maps each line back to README.md, and names the others by line', () => {
    expect(typeScriptFiles(blocks.slice(2))).toEqual([
      {
        name: 'setup.ts',
        text: '// setup.ts\nexport const a = 1\n// setup.ts\nexport const b = 2\n',
        readmeLines: [19, 20, 23, 24],
      },
      { name: 'readme-27.ts', text: "console.log('script')\n", readmeLines: [27] },
    ])
  })
})
