/** @module The dashboard at `/`, its refreshable world panels, the API docs and the files they need. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Context, Hono } from 'hono'
import { html } from 'hono/html'
import type { AdminAccess } from '../control/access.js'
import { controlErrorBody } from '../control/errors.js'
import type { Env } from '../core/context.js'
import { literalSegment } from '../core/pipeline/literal-segment.js'
import type { EmulatorContext } from '../core/service.js'
import type { World } from '../core/world.js'
import { actionsClient } from './client-actions.js'
import { docsClient } from './client-docs.js'
import { formsClient } from './client-forms.js'
import { inspectorClient } from './client-inspector.js'
import { journalClient } from './client-journal.js'
import { worldClient } from './client-world.js'
import { CONTRACTS, contractLink, DOCS_PATH, DocsPage } from './docs-page.js'
import { EVENTS_PATH, worldEvents } from './events.js'
import { contractFiles, fileResponse, swaggerUiDir } from './files.js'
import { loginRoutes } from './login.js'
import { ASSETS, DashboardPage, UnknownWorldPage, WORLD_FRAGMENT } from './page.js'
import { SANDBOXES_FRAGMENT, SandboxesPanel } from './sandboxes-panel.js'
import { DASHBOARD_CSS, DOCS_CSS, WORLD_ACTIONS_CSS } from './styles.js'
import { WorldPanels } from './world-view.js'

/** Each function runs in the browser as its own source text. */
const script = (...clients: (() => void)[]): string => clients.map((client) => `;(${client})();\n`).join('')

/** The page's styles and scripts, each service's scripts after the dashboard's own. */
const assetTexts = (services: EmulatorContext['services']): Record<string, [type: string, body: string]> => ({
  'dashboard.css': ['text/css; charset=utf-8', DASHBOARD_CSS + WORLD_ACTIONS_CSS],
  'docs.css': ['text/css; charset=utf-8', DOCS_CSS],
  'dashboard.js': [
    'text/javascript; charset=utf-8',
    script(
      worldClient,
      inspectorClient,
      journalClient,
      actionsClient,
      formsClient,
      ...services.flatMap((service) => service.dashboard?.scripts ?? []),
    ),
  ],
  'docs.js': [
    'text/javascript; charset=utf-8',
    script(...services.flatMap((service) => service.dashboard?.docsScripts ?? []), docsClient),
  ],
})

const notFound = (what: string) => new Response(`${what} not found`, { status: 404 })

export const dashboardRoutes = (ctx: EmulatorContext, access: AdminAccess) => {
  /** Settled, so the page shows what the clock has made due. */
  const worldNamed = (id: string | undefined) => {
    const world = ctx.worlds.get(id || 'default')
    world?.settle()
    return world
  }
  const renderPanels = async (world: World) =>
    String(await (<WorldPanels world={world} services={ctx.services} />).toString())
  const contractsDir = ctx.contracts.dir
  const assets = assetTexts(ctx.services)
  return new Hono<Env>()
    .get('/', async (c) => {
      const id = c.req.query('sandbox')
      const world = worldNamed(id)
      if (!world) return c.html(html`<!doctype html>${<UnknownWorldPage id={id ?? ''} />}`, 404)
      const panels = await renderPanels(world)
      return c.html(
        html`<!doctype html>${<DashboardPage world={world} worlds={ctx.worlds.all()} services={ctx.services} panels={panels} logout={access.required} />}`,
      )
    })
    .get(WORLD_FRAGMENT, async (c) => {
      const world = worldNamed(c.req.query('sandbox'))
      if (!world) return c.html(<p class="empty">This sandbox no longer exists.</p>, 404)
      c.header('cache-control', 'no-store')
      return c.html(await renderPanels(world))
    })
    .get(EVENTS_PATH, (c) => {
      const id = c.req.query('sandbox') || 'default'
      const world = worldNamed(id)
      if (!world) return c.json(controlErrorBody(`No sandbox ${id}.`), 404)
      return worldEvents(c, {
        world,
        panels: renderPanels,
        alive: () => ctx.worlds.get(id) === world,
        shownDigest: c.req.query('digest'),
      })
    })
    .get(SANDBOXES_FRAGMENT, (c) => {
      const current = ctx.worlds.get(c.req.query('sandbox') || 'default') ?? ctx.worlds.defaultWorld
      c.header('cache-control', 'no-store')
      return c.html(
        <SandboxesPanel
          sandboxes={[...ctx.worlds.sandboxes.values()]}
          current={current}
          services={ctx.services}
        />,
      )
    })
    .get(DOCS_PATH, async (c) => {
      const id = c.req.query('sandbox')
      const world = worldNamed(id)
      if (!world) return c.html(html`<!doctype html>${<UnknownWorldPage id={id ?? ''} />}`, 404)
      const files = contractFiles(contractsDir)
      const texts = await Promise.all(files.map((file) => readFile(join(contractsDir, file), 'utf8')))
      // js-yaml loads with the first docs page, not with the emulator.
      const { CORE_SCHEMA, load } = await import('js-yaml')
      const parseYaml = (text: string) => load(text, { schema: CORE_SCHEMA })
      const links = files.map((file, i) => contractLink(file, texts[i] ?? '', ctx.services, parseYaml))
      // The page holds the world's credentials: controlAccess serves it only with the admin token, when one is set.
      c.header('cache-control', 'no-store')
      return c.html(
        html`<!doctype html>${<DocsPage contracts={links} world={world} worlds={ctx.worlds.all()} />}`,
      )
    })
    .get(
      `${CONTRACTS}/:file`,
      async (c) => (await fileResponse(contractsDir, c.req.param('file'))) ?? notFound('Contract'),
    )
    .get(
      `${ASSETS}/:folder/:file`,
      literalSegment(
        'folder',
        'swagger-ui',
        async (c: Context<Env>) =>
          (await fileResponse(swaggerUiDir(), c.req.param('file') ?? '')) ?? notFound('Asset'),
      ),
    )
    .get(`${ASSETS}/:file`, (c) => {
      const asset = assets[c.req.param('file')]
      if (!asset) return notFound('Asset')
      return c.body(asset[1], 200, { 'content-type': asset[0], 'cache-control': 'no-cache' })
    })
    .route('/', loginRoutes(access))
}
