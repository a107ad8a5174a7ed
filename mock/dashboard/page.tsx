/** @module The dashboard page: a header with the world selector, reset and docs link; the world's panels; the signing helper and journal. */
import { raw } from 'hono/html'
import type { Child, FC } from 'hono/jsx'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { panelsDigest } from './events.js'
import { Inspector, Journal } from './journal-view.js'
import { SandboxesPanel } from './sandboxes-panel.js'

export const ASSETS = '/__emulator/assets'
export const WORLD_FRAGMENT = '/__emulator/dashboard/world'
export const LOGIN_PATH = '/__emulator/login'
export const LOGOUT_PATH = '/__emulator/logout'

export const worldQuery = (world: World): string =>
  world.id === 'default' ? '' : `?sandbox=${encodeURIComponent(world.id)}`

export const Shell: FC<{ title: string; children?: Child; head?: Child; sandbox?: string }> = ({
  title,
  children,
  head,
  sandbox,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <link rel="icon" href="data:," />
      {head}
    </head>
    <body data-sandbox={sandbox}>{children}</body>
  </html>
)

/** A form that shows the page at `action` for the world picked (the dashboard's, the docs page's). */
export const WorldSelector: FC<{
  worlds: World[]
  current: World
  action: string
  label: string
  selectId: string
  defaultName: string
}> = ({ worlds, current, action, label, selectId, defaultName }) => (
  <form method="get" action={action} class="selector">
    <label>
      {label}{' '}
      <select id={selectId} name="sandbox">
        {worlds.map((w) => (
          <option value={w.id} selected={w.id === current.id}>
            {w.id === 'default' ? defaultName : `sandbox ${w.id}`}
          </option>
        ))}
      </select>
    </label>
    <noscript>
      <button type="submit">Show</button>
    </noscript>
  </form>
)

/** Shown when an admin token is set; the login cookie is HttpOnly, so only the server can clear it. */
const LogoutButton: FC = () => (
  <form method="post" action={LOGOUT_PATH} class="logout">
    <button type="submit">Log out</button>
  </form>
)

export const DashboardPage: FC<{
  world: World
  worlds: World[]
  services: readonly ServiceModule[]
  /** The world panels, rendered (WorldPanels) by the route, which the event stream compares with by their digest. */
  panels: string
  logout: boolean
}> = ({ services, world, worlds, panels, logout }) => (
  <Shell
    title={`zoom-lti-mock · ${world.id}`}
    sandbox={world.id}
    head={
      <>
        <link rel="stylesheet" href={`${ASSETS}/dashboard.css`} />
        <script src={`${ASSETS}/dashboard.js`} defer />
      </>
    }
  >
    <header class="bar">
      <h1>zoom-lti-mock</h1>
      <span class="muted">{services.map((service) => service.title).join(' · ')}</span>
      <WorldSelector
        worlds={worlds}
        current={world}
        action="/"
        label="World"
        selectId="sandbox-select"
        defaultName="default (demo credentials)"
      />
      <button type="button" data-action="reset" class="danger">
        Reset world
      </button>
      <nav class="jump" aria-label="Jump to">
        <a href="#journal">Journal</a>
        <a href="#faults">Fault rules</a>
        <a href="#sandboxes">Sandboxes</a>
      </nav>
      <a href="/__emulator/docs">API docs</a>
      {logout ? <LogoutButton /> : null}
    </header>
    <p id="status" role="status" />
    <main class="layout">
      <div id="world" data-src={`${WORLD_FRAGMENT}${worldQuery(world)}`} data-digest={panelsDigest(panels)}>
        {raw(panels)}
      </div>
      <aside>
        <Journal services={services} />
        <SandboxesPanel
          sandboxes={worlds.filter((w) => w.id !== 'default')}
          current={world}
          services={services}
        />
        {services.map((service) => {
          const Tools = service.dashboard?.Tools
          return Tools ? <Tools world={world} /> : null
        })}
      </aside>
    </main>
    <Inspector world={world} />
  </Shell>
)

export const UnknownWorldPage: FC<{ id: string }> = ({ id }) => (
  <Shell
    title="zoom-lti-mock · unknown sandbox"
    head={<link rel="stylesheet" href={`${ASSETS}/dashboard.css`} />}
  >
    <main class="message">
      <h1>No sandbox {id}</h1>
      <p>
        It may have been deleted, or the emulator restarted. <a href="/">Show the default world</a>.
      </p>
    </main>
  </Shell>
)
