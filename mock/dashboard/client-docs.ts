/** @module The docs page's script: Swagger UI on the served contracts, services first; this origin first among each contract's servers; every "Try it out" request sent to this origin and authenticated by its service's docs script. */
/**
 * Sent to the browser as this function's source text, so it must stay self-contained: no imports,
 * no outer names. Each service's docs script (run before it) pushes onto `window.docsAuthorizers`:
 * `owns(path)`, whether a request path is the service's; `note(world)`, markdown put before the
 * description of the contract whose paths it owns; `authorize(request, world)`, which adds the
 * world's credentials to a request (header names lower-cased) unless it carries the user's own;
 * and optionally `answered(status)`, told each response's status.
 */
export function docsClient(): void {
  interface SwaggerRequest {
    url: string
    headers: Record<string, string>
    body?: unknown
  }
  interface SwaggerResponse {
    url: string
    status: number
  }
  interface DocsWorld {
    id: string
    credentials: Record<string, unknown>
    now(): Promise<number>
    dashboardUrl(fragment: string): string
  }
  interface DocsAuthorizer {
    owns(path: string): boolean
    note(world: DocsWorld): string
    authorize(request: SwaggerRequest, world: DocsWorld): Promise<void>
    answered?(status: number): void
  }
  interface Spec {
    info?: { description?: string }
    servers?: { url: string }[]
    paths?: Record<string, { servers?: { url: string }[] }>
  }
  type Action = (spec: Spec) => unknown
  interface SwaggerUIBundleType {
    (config: Record<string, unknown>): unknown
    presets: { apis: unknown }
  }
  const {
    SwaggerUIBundle,
    SwaggerUIStandalonePreset,
    docsAuthorizers = [],
  } = window as unknown as {
    SwaggerUIBundle: SwaggerUIBundleType
    SwaggerUIStandalonePreset: unknown
    docsAuthorizers?: DocsAuthorizer[]
  }
  const root = document.getElementById('swagger-ui') as HTMLElement
  const data = JSON.parse(root.dataset.docs ?? '{}') as {
    urls: { url: string; name: string }[]
    world: { id: string; credentials: Record<string, unknown> }
  }
  const sandboxQuery = data.world.id === 'default' ? '' : `?sandbox=${encodeURIComponent(data.world.id)}`
  const world: DocsWorld = {
    ...data.world,
    /** The emulator's now in ms, asked at each request: its clock may be frozen or moved. */
    async now() {
      const response = await fetch('/__emulator/clock', { headers: { 'x-emulator-sandbox': data.world.id } })
      return Date.parse(((await response.json()) as { now: string }).now)
    },
    dashboardUrl: (fragment) => `/${sandboxQuery}#${fragment}`,
  }
  const ownerOf = (path: string) => docsAuthorizers.find((authorizer) => authorizer.owns(path))

  /** `servers` with this origin (and the server's path) first, once. */
  const originFirst = (servers: { url: string }[] | undefined) => {
    if (!servers?.length) return servers
    const [first] = servers
    const path = first ? new URL(first.url, location.href).pathname.replace(/\/$/, '') : ''
    const local = { url: `${location.origin}${path}` }
    return [local, ...servers.filter((server) => server.url !== local.url)]
  }

  /** The loaded contract as this page shows it: servers rewritten, its service's note first. */
  function forThisPage(spec: Spec): Spec {
    if (!spec || typeof spec !== 'object' || !spec.paths) return spec
    const servers = originFirst(spec.servers) ?? [{ url: location.origin }]
    const base = new URL(servers[0]?.url ?? location.origin).pathname.replace(/\/$/, '')
    const paths = Object.fromEntries(
      Object.entries(spec.paths).map(([path, item]) => [
        path,
        {
          ...item,
          ...(item.servers ? { servers: originFirst(item.servers) } : {}),
        },
      ]),
    ) as Spec['paths']
    const owner = Object.keys(spec.paths)
      .map((path) => ownerOf(`${base}${path}`))
      .find(Boolean)
    const description = spec.info?.description ?? ''
    const info = owner ? { ...spec.info, description: `${owner.note(world)}\n\n${description}` } : spec.info
    return { ...spec, servers, paths, ...(info ? { info } : {}) }
  }

  const thisPagePlugin = () => ({
    statePlugins: {
      spec: {
        wrapActions: { updateJsonSpec: (original: Action) => (spec: Spec) => original(forThisPage(spec)) },
      },
    },
  })

  const lowerCased = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]))

  SwaggerUIBundle({
    urls: data.urls,
    'urls.primaryName': data.urls[0]?.name,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [thisPagePlugin],
    layout: 'StandaloneLayout',
    requestInterceptor: async (request: SwaggerRequest) => {
      const url = new URL(request.url, location.href)
      request.url = `${location.origin}${url.pathname}${url.search}`
      const owner = ownerOf(url.pathname)
      if (owner) {
        request.headers = lowerCased(request.headers)
        await owner.authorize(request, world)
      }
      return request
    },
    responseInterceptor: (response: SwaggerResponse) => {
      ownerOf(new URL(response.url, location.href).pathname)?.answered?.(response.status)
      return response
    },
  })

  document.getElementById('docs-sandbox')?.addEventListener('change', (event) => {
    ;(event.target as HTMLSelectElement).form?.submit()
  })
}
