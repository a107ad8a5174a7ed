/** @module The project's TypeScript read as syntax (the compiler's parser, nothing run): each file's imports, the names and strings its code holds, the state its module keeps. */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { ROOT } from '../packed.js'

/** A place in a file, as a failure message names it: `mock/core/store.ts:4`. */
export interface Finding {
  file: string
  line: number
  /** What is there: an import's specifier, a name, a declaration. */
  what: string
}

export interface Import extends Finding {
  /** The imported file's path from the project root (`mock/services/zoom/state`), or the package's specifier. */
  target: string
}

export const where = (finding: Finding) => `${finding.file}:${finding.line}`

/** The project's .ts and .tsx files under `folder`, as paths from the project root, sorted. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort()
}

export function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true, kind)
}

const at = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1

function everyNode(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node)
  ts.forEachChild(node, (child) => everyNode(child, visit))
}

function specifierOf(node: ts.Node): ts.Expression | undefined {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return node.moduleSpecifier
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
    return node.moduleReference.expression
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
    return node.arguments[0]
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return node.argument.literal
  return undefined
}

/** Every module the file names: imports and re-exports (type-only ones too), `import()` and `import('…').T`. */
export function importsOf(file: string): Import[] {
  const source = parse(file)
  const found: Import[] = []
  everyNode(source, (node) => {
    const specifier = specifierOf(node)
    if (!specifier || !ts.isStringLiteralLike(specifier)) return
    const what = specifier.text
    const target = what.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(file), what)).replace(/\.(js|jsx|ts|tsx)$/, '')
      : what
    found.push({ file, line: at(source, node), what, target })
  })
  return found
}

/** Every identifier, string, template part, regular expression and JSX text of the file's code (comments are not code). */
export function wordsOf(file: string): Finding[] {
  const source = parse(file)
  const found: Finding[] = []
  everyNode(source, (node) => {
    if (
      ts.isIdentifier(node) ||
      ts.isPrivateIdentifier(node) ||
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    )
      found.push({ file, line: at(source, node), what: node.text })
  })
  return found
}

const COLLECTIONS: readonly string[] = ['Map', 'Set', 'WeakMap', 'WeakSet']

/** Whether code under `node` runs once per call or per instance, not when the module loads. */
const runsLater = (node: ts.Node) =>
  ts.isFunctionLike(node) ||
  (ts.isPropertyDeclaration(node) && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword))

/** `const X: ReadonlySet<…> = new Set(…)`: a constant table, which the compiler keeps anyone from writing. */
const constantTable = (node: ts.Node): node is ts.VariableDeclaration & { initializer: ts.NewExpression } =>
  ts.isVariableDeclaration(node) &&
  node.initializer !== undefined &&
  ts.isNewExpression(node.initializer) &&
  node.type !== undefined &&
  ts.isTypeReferenceNode(node.type) &&
  ['ReadonlySet', 'ReadonlyMap'].includes(node.type.typeName.getText())

/**
 * State the module itself keeps, shared by every emulator of a process: each top-level `let` or
 * `var`, and each Map, Set, WeakMap or WeakSet made when the module loads, but for constant tables
 * typed ReadonlySet or ReadonlyMap.
 */
export function moduleStateOf(file: string): Finding[] {
  const source = parse(file)
  const found: Finding[] = []
  const visit = (node: ts.Node): void => {
    if (runsLater(node)) return
    if (constantTable(node)) {
      node.initializer.arguments?.forEach(visit)
      return
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      COLLECTIONS.includes(node.expression.text)
    )
      found.push({ file, line: at(source, node), what: `a module-level new ${node.expression.text}` })
    ts.forEachChild(node, visit)
  }
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && !(statement.declarationList.flags & ts.NodeFlags.Const)) {
      const keyword = statement.declarationList.flags & ts.NodeFlags.Let ? 'let' : 'var'
      for (const { name } of statement.declarationList.declarations)
        found.push({ file, line: at(source, name), what: `a top-level ${keyword} ${name.getText(source)}` })
    }
    visit(statement)
  }
  return found
}
