/** @module The project's own files as its docs cite them: every path a Markdown page names, and every file of the project. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { ROOT } from '../packed.js'

/** Not the project's own: installed, built or written by a run. */
const NOT_OURS: readonly string[] = ['node_modules', '.git', 'dist', 'test-artifacts']

/** Every file and folder of the project, as paths from its root. */
export function projectPaths(folder = ''): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => !NOT_OURS.includes(entry.name))
    .flatMap((entry) => {
      const path = folder ? `${folder}/${entry.name}` : entry.name
      return entry.isDirectory() ? [path, ...projectPaths(path)] : [path]
    })
}

/** A page's text outside its fenced code blocks (those are the reader's files, not the project's). */
const prose = (markdown: string) => markdown.replaceAll(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')

/** `mock/core/emulator.ts`, `test/dashboard/browser*.test.ts`, `mock/services/<service>/`, … */
const PROJECT_PATH = /(?<![\w./@-])(?:mock|src|test|contracts|bench|docs|scripts|\.ci)\/[\w.*<>/-]*/g
const LINK_TARGET = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g

/** Each project path the page names, from the project's root: paths in its text, and its relative links. */
export function citedPaths(page: string): string[] {
  const text = prose(readFileSync(join(ROOT, page), 'utf8'))
  const named = [...text.matchAll(PROJECT_PATH)].map(([path]) => path.replace(/[./]+$/, ''))
  const linked = [...text.matchAll(LINK_TARGET)]
    .map(([, target]) => target as string)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => normalize(relative(ROOT, join(ROOT, dirname(page), target))))
  return [...new Set([...named, ...linked])]
}

/** `*` is any name, `**\/` any folders, `<service>` any one name. */
function globPattern(path: string): RegExp {
  const escaped = path.replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&')
  const pattern = escaped
    .replaceAll('**/', '\0')
    .replaceAll(/<[^>/]+>/g, '[^/]+')
    .replaceAll('*', '[^/]*')
    .replaceAll('\0', '(?:.+/)?')
  return new RegExp(`^${pattern}$`)
}

/** Whether the cited path, or for a pattern some path, exists in the project. */
export function exists(path: string, paths: readonly string[]): boolean {
  if (!/[*<]/.test(path)) return existsSync(join(ROOT, path))
  const pattern = globPattern(path)
  return paths.some((candidate) => pattern.test(candidate))
}

/** A Markdown document a file names, with any folders before it. */
const MARKDOWN_NAME = /[\w./-]*[\w-]+\.md\b/g
/** A relative path going up one folder or more, which must not climb out of the project. */
const CLIMB = /(?:\.\.\/)+[\w.-]+/g

/**
 * What `file` names outside the project: a Markdown document the project does not have (from the
 * file's folder or the root), or a relative path that climbs above the root. A Markdown page's code
 * blocks are left out, being the reader's files.
 */
export function outsideCitations(file: string, paths: readonly string[]): string[] {
  const raw = readFileSync(join(ROOT, file), 'utf8')
  const text = file.endsWith('.md') ? prose(raw) : raw
  const fromFile = (name: string) => normalize(join(dirname(file), name))
  const documents = [...text.matchAll(MARKDOWN_NAME)]
    .map(([name]) => name)
    .filter((name) => !paths.includes(fromFile(name)) && !paths.includes(normalize(name)))
  const climbs = [...text.matchAll(CLIMB)]
    .map(([name]) => name)
    .filter((name) => fromFile(name).startsWith('..'))
  return [...new Set([...documents, ...climbs])]
}
