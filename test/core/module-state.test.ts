/** @module The code's shape: state lives in emulator and world instances, never at module level, and no module imports one that imports it back. */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

/** Typed-input moves the contract cache into the emulator instance; until then it is the one exception. */
const NOT_YET = new Set(['mock/core/contracts/contracts.ts'])

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

const CONTAINERS = new Set(['Map', 'WeakMap', 'Set', 'WeakSet'])

/** An empty container or literal: somewhere to keep things, as a cache or a registry would be. */
function isEmptyStore(node: ts.Expression | undefined): boolean {
  if (!node) return false
  if (ts.isNewExpression(node))
    return ts.isIdentifier(node.expression) && CONTAINERS.has(node.expression.text) && !node.arguments?.length
  if (ts.isArrayLiteralExpression(node)) return node.elements.length === 0
  return ts.isObjectLiteralExpression(node) && node.properties.length === 0
}

function moduleState(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  )
  return source.statements.flatMap((statement) => {
    if (!ts.isVariableStatement(statement)) return []
    const list = statement.declarationList
    const mutable = (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const
    return list.declarations
      .filter((declaration) => mutable || isEmptyStore(declaration.initializer))
      .map((declaration) => {
        const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1
        return `${file}:${line} ${declaration.getText().slice(0, 60)}`
      })
  })
}

/** The project's own modules each file imports or re-exports, types included. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files)
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true)
      const targets = importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => relative(ROOT, resolve(ROOT, dirname(file), name)).replace(/\.js$/, ''))
        .flatMap((base) => [`${base}.ts`, `${base}.tsx`].filter((candidate) => known.has(candidate)))
      return [file, targets]
    }),
  )
}

/** Every strongly connected group of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) visit(target)
      if (stack.includes(target)) low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0))
    }
    if (low.get(file) !== index.get(file)) return
    const group: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member) group.push(member)
    } while (member && member !== file)
    if (group.length > 1) found.push(group.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

describe('the code', () => {
  test('keeps no state at module level in mock/: no top-level let or var, no empty Map, Set, array or object', () => {
    const found = sourceFiles('mock')
      .filter((file) => !NOT_YET.has(file))
      .flatMap(moduleState)
    expect(found).toEqual([])
  })

  test('still needs each exception it makes for module state (drop it from NOT_YET once the file keeps none)', () => {
    for (const file of NOT_YET) expect(moduleState(file), file).not.toEqual([])
  })

  test('has no import cycle in mock/ or src/, counting imports of types', () => {
    const files = [...sourceFiles('mock'), ...sourceFiles('src')]
    expect(cycles(importGraph(files))).toEqual([])
  })
})
