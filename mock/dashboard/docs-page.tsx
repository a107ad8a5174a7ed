/** @module /__emulator/docs: the OpenAPI contracts in Swagger UI, every asset served by the emulator itself. */
import type { FC } from 'hono/jsx'
import { CORE_SCHEMA, load } from 'js-yaml'
import { ASSETS, Shell } from './page.js'

export const CONTRACTS = '/__emulator/contracts'
export const SWAGGER_ASSETS = `${ASSETS}/swagger-ui`

export interface ContractLink {
  url: string
  name: string
}

/** A contract's link, named by its file and its `info.title`. */
export function contractLink(file: string, yamlText: string): ContractLink {
  let title: unknown
  try {
    title = (load(yamlText, { schema: CORE_SCHEMA }) as { info?: { title?: unknown } } | null)?.info?.title
  } catch {}
  return { url: `${CONTRACTS}/${file}`, name: typeof title === 'string' ? `${title} (${file})` : file }
}

export const DocsPage: FC<{ contracts: ContractLink[] }> = ({ contracts }) => (
  <Shell
    title="zoom-lti-mock · API docs"
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
      <a href="/">← dashboard</a>
      <span>
        Contracts: pick one in the bar below. “Try it out” sends requests to this emulator, whatever server
        the contract names.
      </span>
    </header>
    <div id="swagger-ui" data-urls={JSON.stringify(contracts)} />
  </Shell>
)
