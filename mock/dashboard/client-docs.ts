/** @module The docs page's script: starts Swagger UI on the served contracts and points every "Try it out" request at this origin. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. */
export function docsClient(): void {
  interface SwaggerUIRequest {
    url: string
  }
  interface SwaggerUIBundleType {
    (config: Record<string, unknown>): unknown
    presets: { apis: unknown }
  }
  const { SwaggerUIBundle, SwaggerUIStandalonePreset } = window as unknown as {
    SwaggerUIBundle: SwaggerUIBundleType
    SwaggerUIStandalonePreset: unknown
  }
  const root = document.getElementById('swagger-ui') as HTMLElement
  const urls = JSON.parse(root.dataset.urls ?? '[]') as { url: string; name: string }[]
  SwaggerUIBundle({
    urls,
    'urls.primaryName': urls[0]?.name,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    requestInterceptor: (request: SwaggerUIRequest) => {
      const url = new URL(request.url, location.href)
      if (url.origin !== location.origin) request.url = `${location.origin}${url.pathname}${url.search}`
      return request
    },
  })
}
