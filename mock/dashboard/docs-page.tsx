/** @module /__emulator/docs: the OpenAPI contracts in Swagger UI, every asset served by the emulator itself, services first. */
import type { FC } from 'hono/jsx'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { ASSETS, Shell, WorldSelector, worldQuery } from './page.js'

export const CONTRACTS = '/__emulator/contracts'
export const DOCS_PATH = '/__emulator/docs'
export const SWAGGER_ASSETS = `${ASSETS}/swagger-ui`

export interface ContractLink {
  url: string
  name: string
  /** The position of the service whose paths it describes; services' count for the control API's. */
  order: number
}

interface ContractHead {
  info?: { title?: unknown }
  servers?: { url?: unknown }[]
  paths?: Record<string, unknown>
}

/** The path a server URL puts before the contract's paths (`/v2`, empty for an origin). */
const basePath = (url: unknown): string => {
  try {
    return new URL(String(url)).pathname.replace(/\/$/, '')
  } catch {
    return ''
  }
}

/** A contract's link, named by its file and its `info.title`, placed by the service that owns its paths. */
export function contractLink(
  file: string,
  yamlText: string,
  services: readonly ServiceModule[],
  parseYaml: (text: string) => unknown,
): ContractLink {
  let head: ContractHead | undefined
  try {
    head = (parseYaml(yamlText) as ContractHead | null) ?? undefined
  } catch {}
  const title = head?.info?.title
  const base = basePath(head?.servers?.[0]?.url)
  const paths = Object.keys(head?.paths ?? {})
  const owner = services.findIndex((service) => paths.some((path) => service.owns(`${base}${path}`)))
  return {
    url: `${CONTRACTS}/${file}`,
    name: typeof title === 'string' ? `${title} (${file})` : file,
    order: owner < 0 ? services.length : owner,
  }
}

/** What the page's script reads: the contracts, and the world whose credentials "Try it out" uses. */
interface DocsData {
  urls: { url: string; name: string }[]
  world: { id: string; credentials: World['credentials'] }
}

export const DocsPage: FC<{ contracts: ContractLink[]; world: World; worlds: World[] }> = ({
  contracts,
  world,
  worlds,
}) => {
  const data: DocsData = {
    urls: [...contracts].sort((a, b) => a.order - b.order).map(({ url, name }) => ({ url, name })),
    world: { id: world.id, credentials: world.credentials },
  }
  return (
    <Shell
      title="zoom-lti-mock · API docs"
      sandbox={world.id}
      head={
        <>
          <link rel="stylesheet" href={`${SWAGGER_ASSETS}/swagger-ui.css`} />
          <link rel="stylesheet" href={`${ASSETS}/docs.css`} />
          <script src={`${SWAGGER_ASSETS}/swagger-ui-bundle.js`} defer />
          <script src={`${SWAGGER_ASSETS}/swagger-ui-standalone-preset.js`} defer />
          <script src={`${ASSETS}/docs.js`} defer />
        </>
      }
    >
      <header class="docs-bar">
        <a href={`/${worldQuery(world)}`}>← dashboard</a>
        <span>
          Pick a contract in the bar below. “Try it out” sends requests to this emulator, whatever server is
          chosen, with this world's credentials unless you authorize your own.
        </span>
        <WorldSelector
          worlds={worlds}
          current={world}
          action={DOCS_PATH}
          label="“Try it out” in"
          selectId="docs-sandbox"
          defaultName="the default world"
        />
      </header>
      <div id="swagger-ui" data-docs={JSON.stringify(data)} />
    </Shell>
  )
}
