/** @module The API docs' "Try it out" for LumiNUS: the world's staff subscription key in Ocp-Apim-Subscription-Key. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. */
export function luminusDocsClient(): void {
  interface DocsRequest {
    url: string
    headers: Record<string, string>
  }
  interface DocsWorld {
    credentials: Record<string, unknown>
  }
  const registry = window as unknown as { docsAuthorizers?: unknown[] }
  registry.docsAuthorizers ??= []
  registry.docsAuthorizers.push({
    owns: (path: string) => path.startsWith('/zoom/'),
    note: () =>
      "**Try it out on this page** sends this world's staff subscription key in `Ocp-Apim-Subscription-Key`, unless you authorize a key of your own (header or `subscription-key` query).",
    async authorize(request: DocsRequest, world: DocsWorld) {
      if (request.headers['ocp-apim-subscription-key'] !== undefined) return
      if (new URL(request.url).searchParams.has('subscription-key')) return
      const { subscriptionKey } = world.credentials.luminus as { subscriptionKey: string }
      request.headers['Ocp-Apim-Subscription-Key'] = subscriptionKey
    },
  })
}
