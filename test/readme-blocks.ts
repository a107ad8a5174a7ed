/** @module README.md's code blocks: fenced blocks found by parsing the Markdown, TypeScript blocks gathered into files, shell blocks cut into commands. */
import { spawnSync } from 'node:child_process'

export interface CodeBlock {
  /** The fence's first word: `ts`, `sh`, `yaml`…, or '' for none. */
  language: string
  /** 1-based line of the first line of code in README.md. */
  line: number
  code: string
  /** Why the block is not run, from a `<!-- readme-test: not run: <reason> -->` line right above its fence. */
  notRun?: string
}

const NOT_RUN = /^<!--\s*readme-test:\s*not run:\s*(.+?)\s*-->$/

/** Every fenced code block (``` or ~~~, as CommonMark opens and closes them) in the Markdown text. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n')
  const blocks: CodeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? '')
    if (!open) continue
    const fence = open[1] as string
    const close = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`)
    let end = i + 1
    while (end < lines.length && !close.test(lines[end] ?? '')) end++
    const above = lines
      .slice(0, i)
      .reverse()
      .find((text) => text.trim() !== '')
    const notRun = NOT_RUN.exec(above?.trim() ?? '')?.[1]
    blocks.push({
      language: (open[2] ?? '').toLowerCase(),
      line: i + 2,
      code: lines.slice(i + 1, end).join('\n'),
      ...(notRun ? { notRun } : {}),
    })
    i = end
  }
  return blocks
}

export interface SourceFile {
  name: string
  text: string
  /** README.md's line for each line of `text`. */
  readmeLines: number[]
}

/** `// vitest.global-setup.ts` on a block's first line names the file it belongs to. */
const FILE_NAME = /^\/\/\s*([\w./-]+\.ts)\b/

/**
 * The consumer project's files: a block whose first line is a comment naming a file goes into that
 * file (blocks naming the same file are joined in README order); any other block is a file of its
 * own, `readme-<line>.ts`.
 */
export function typeScriptFiles(blocks: CodeBlock[]): SourceFile[] {
  const files = new Map<string, SourceFile>()
  for (const block of blocks) {
    const name = FILE_NAME.exec(block.code)?.[1] ?? `readme-${block.line}.ts`
    const file = files.get(name) ?? { name, text: '', readmeLines: [] }
    const lines = block.code.split('\n')
    file.text += `${lines.join('\n')}\n`
    file.readmeLines.push(...lines.map((_, index) => block.line + index))
    files.set(name, file)
  }
  return [...files.values()]
}

export interface ShellCommand {
  text: string
  line: number
}

/** Whether bash reads the text as complete commands (no open quote, continuation, heredoc or compound). */
function isComplete(text: string): boolean {
  const check = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' })
  // An open heredoc is only a warning to bash -n: it would read to the end of the block.
  return check.status === 0 && !check.stderr.includes('here-document')
}

/** The block cut into the commands bash would run one after another, comments and blank lines left out. */
export function shellCommands(block: CodeBlock): ShellCommand[] {
  const commands: ShellCommand[] = []
  let pending: ShellCommand | undefined
  block.code.split('\n').forEach((text, index) => {
    if (!pending && (text.trim() === '' || text.trim().startsWith('#'))) return
    pending = pending ? { ...pending, text: `${pending.text}\n${text}` } : { text, line: block.line + index }
    if (!/\\$/.test(text) && isComplete(pending.text)) {
      commands.push(pending)
      pending = undefined
    }
  })
  if (pending) commands.push(pending)
  return commands
}
