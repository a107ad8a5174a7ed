/** @module The boundaries docs/ARCHITECTURE.md draws, enforced by reading the source: what each layer may import, the core naming no service, no module-level state, browser scripts apart, docs citing only the project's files. */
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { citedPaths, exists, outsideCitations, projectPaths } from './architecture/docs.js'
import {
  type Finding,
  type Import,
  importsOf,
  moduleStateOf,
  sourceFiles,
  where,
  wordsOf,
} from './architecture/source.js'
import { ROOT } from './packed.js'

const CORE = sourceFiles('mock/core')
const SERVICES = sourceFiles('mock/services')
const NODE_CODE = [...sourceFiles('mock'), ...sourceFiles('src')]

const importing = (files: string[], forbidden: (i: Import) => boolean) =>
  files
    .flatMap(importsOf)
    .filter(forbidden)
    .map((i) => `${where(i)} imports '${i.what}'`)
const found = (findings: Finding[], what: string) => [
  ...new Set(findings.map((f) => `${where(f)} ${what}: ${f.what}`)),
]
const under = (target: string, ...folders: string[]) => folders.some((f) => target.startsWith(`${f}/`))

/** The entry points: every file at mock/'s root (index, msw, vitest, server, cli, …) and the package itself. */
const isEntryPoint = (target: string) =>
  /^mock\/[^/]+$/.test(target) || target === 'zoom-lti-mock' || target.startsWith('zoom-lti-mock/')

/**
 * A service name in code: `zoom` or `luminus` anywhere in a name or string (any case), or `lti` as
 * a word of one (`ltiPro`, `LTI_KEY`, `lti-pro`, but not `multiple` or `builtin`). The package's own
 * name, `zoom-lti-mock`, names no service.
 */
function namesAService(text: string): boolean {
  const code = text.replaceAll(/zoom-lti-mock/gi, '')
  const words = code.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []
  return /zoom|luminus|ltipro/i.test(code) || words.some((word) => word.toLowerCase() === 'lti')
}

/**
 * A service's HTTP side: its descriptor (index.ts), routes, request authentication, errors (its
 * vendor's responses), its parts of the control API and of OAuth, and its dashboard views (.tsx).
 * Every other file of the service is model.
 */
const isHttpSide = (file: string) =>
  /\/(index|auth|errors|oauth|route-kit|([\w-]+-)?(routes|control))\.ts$|\.tsx$/.test(file)
const isHono = (specifier: string) => /^(hono|@hono\/[^/]+)(\/|$)/.test(specifier)

function parsedConfig(file: string): ts.ParsedCommandLine {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} }
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, file), {}, host)
  if (!parsed) throw new Error(`${file} does not parse`)
  return parsed
}

describe('mock/core knows no service', () => {
  test('imports nothing from mock/services, mock/seed, mock/dashboard or the entry points', () => {
    const outward = (i: Import) =>
      under(i.target, 'mock/services', 'mock/seed', 'mock/dashboard') || isEntryPoint(i.target)
    expect(importing(CORE, outward)).toEqual([])
  })

  test('names no service in its code: no zoom, lti, ltiPro or luminus in a name or string (comments may)', () => {
    const names = CORE.flatMap(wordsOf).filter((word) => namesAService(word.what))
    expect(found(names, 'names a service')).toEqual([])
  })
})

describe('each layer imports only what it stands on', () => {
  test("a service's model files never import hono: only its index, routes (`*-routes.ts`, route-kit), control (`*-control.ts`), auth, errors, oauth and views do", () => {
    const models = SERVICES.filter((file) => !isHttpSide(file))
    expect(models.length).toBeGreaterThan(0)
    expect(importing(models, (i) => isHono(i.what))).toEqual([])
  })

  test('src/, the client kit, never imports mock/', () => {
    const mock = (i: Import) =>
      under(i.target, 'mock') || /^zoom-lti-mock\/(mock|msw|server|vitest)$/.test(i.what)
    expect(importing(sourceFiles('src'), mock)).toEqual([])
  })
})

describe('state lives in the emulator, its worlds and their tables', () => {
  test('no file in mock/ or src/ keeps module-level state: no top-level let or var, no Map, Set, WeakMap or WeakSet made at load', () => {
    expect(found(NODE_CODE.flatMap(moduleStateOf), 'keeps module-level state')).toEqual([])
  })
})

describe('browser code is apart from Node code', () => {
  const node = parsedConfig('tsconfig.json')
  const browser = parsedConfig('tsconfig.browser.json')

  test('Node code is checked without the DOM lib, the browser scripts with it and without Node types', () => {
    expect(node.options.lib?.filter((lib) => /dom/i.test(lib))).toEqual([])
    expect(node.options.types).toEqual(['node'])
    expect(browser.options.lib).toContain('lib.dom.d.ts')
    expect(browser.options.types).toEqual([])
  })

  test('every browser script (mock/**/client-*.ts) is checked as browser code and imports nothing: it is sent as its source text', () => {
    const scripts = browser.fileNames.map((file) => file.slice(ROOT.length))
    expect(scripts).toEqual(
      expect.arrayContaining(sourceFiles('mock').filter((f) => /\/client-[^/]+\.ts$/.test(f))),
    )
    expect(scripts.flatMap(importsOf).map((i) => `${where(i)} imports '${i.what}'`)).toEqual([])
  })
})

describe('the project cites only its own files', () => {
  const paths = projectPaths()
  const DOCS = ['README.md', 'CONTRIBUTING.md', 'docs/ARCHITECTURE.md']

  test.each(DOCS)('every path %s names (outside its code blocks) exists in the project', (page) => {
    expect(citedPaths(page).filter((path) => !exists(path, paths))).toEqual([])
  })

  test('no file points to a document outside the project (a design note, a shared folder)', () => {
    // A lockfile holds other packages' words; generated types hold the contracts', checked at their source.
    const pointing = paths
      .filter((path) => /\.(ts|tsx|mjs|js|json|md|yaml)$/.test(path))
      .filter((path) => !path.endsWith('package-lock.json') && !path.startsWith('src/generated/'))
      .flatMap((path) => outsideCitations(path, paths).map((name) => `${path} cites ${name}`))
    expect(pointing).toEqual([])
  })
})
