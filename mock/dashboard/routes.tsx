/** @module The dashboard at `/`, its refreshable world panels, the API docs and the files they need. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { html } from 'hono/html'
import type { AdminAccess } from '../control/access.js'
import { controlErrorBody } from '../control/errors.js'
import type { Env } from '../core/context.js'
import type { EmulatorContext } from '../core/service.js'
import type { World } from '../core/world.js'
import { docsClient } from './client-docs.js'
import { inspectorClient } from './client-inspector.js'
import { journalClient } from './client-journal.js'
import { worldClient } from './client-world.js'
import { CONTRACTS, contractLink, DocsPage } from './docs-page.js'
import { EVENTS_PATH, worldEvents } from './events.js'
import { contractFiles, fileResponse, SWAGGER_UI_DIR } from './files.js'
import { loginRoutes } from './login.js'
import { ASSETS, DashboardPage, UnknownWorldPage, WORLD_FRAGMENT } from './page.js'
import { DASHBOARD_CSS, DOCS_CSS } from './styles.js'
import { WorldPanels } from './world-view.js'

/** Each function runs in the browser as its own source text. */
const script = (...clients: (() => void)[]): string => clients.map((client) => `;(${client})();\n`).join('')

/** The page's styles and scripts, each service's scripts after the dashboard's own. */
const assetTexts = (services: EmulatorContext['services']): Record<string, [type: string, body: string]> => ({
  'dashboard.css': ['text/css; charset=utf-8', DASHBOARD_CSS],
  'docs.css': ['text/css; charset=utf-8', DOCS_CSS],
  'dashboard.js': [
    'text/javascript; charset=utf-8',
    script(
      worldClient,
      inspectorClient,
      journalClient,
      ...services.flatMap((service) => service.dashboard?.scripts ?? []),
    ),
  ],
  'docs.js': ['text/javascript; charset=utf-8', script(docsClient)],
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
    .get('/__emulator/docs', async (c) => {
      const files = contractFiles(contractsDir)
      const texts = await Promise.all(files.map((file) => readFile(join(contractsDir, file), 'utf8')))
      const links = files.map((file, i) => contractLink(file, texts[i] ?? ''))
      return c.html(html`<!doctype html>${<DocsPage contracts={links} />}`)
    })
    .get(
      `${CONTRACTS}/:file`,
      async (c) => (await fileResponse(contractsDir, c.req.param('file'))) ?? notFound('Contract'),
    )
    .get(
      `${ASSETS}/swagger-ui/:file`,
      async (c) => (await fileResponse(SWAGGER_UI_DIR, c.req.param('file'))) ?? notFound('Asset'),
    )
    .get(`${ASSETS}/:file`, (c) => {
      const asset = assets[c.req.param('file')]
      if (!asset) return notFound('Asset')
      return c.body(asset[1], 200, { 'content-type': asset[0], 'cache-control': 'no-cache' })
    })
    .route('/', loginRoutes(access))
}
