/** @module The API docs' "Try it out" for the Zoom REST API: a bearer token from the world's Server-to-Server OAuth app, kept until it expires on the emulator's clock. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. */
export function zoomDocsClient(): void {
  interface DocsRequest {
    headers: Record<string, string>
  }
  interface DocsWorld {
    credentials: Record<string, unknown>
    now(): Promise<number>
  }
  interface AppCredentials {
    accountId: string
    clientId: string
    clientSecret: string
  }
  let token: { value: string; clientId: string; expiresAt: number } | undefined

  async function freshToken({ accountId, clientId, clientSecret }: AppCredentials, now: number) {
    const query = new URLSearchParams({ grant_type: 'account_credentials', account_id: accountId })
    const response = await fetch(`/oauth/token?${query}`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
    })
    if (!response.ok) return undefined
    const { access_token, expires_in } = (await response.json()) as {
      access_token: string
      expires_in: number
    }
    return { value: access_token, clientId, expiresAt: now + expires_in * 1000 }
  }

  const registry = window as unknown as { docsAuthorizers?: unknown[] }
  registry.docsAuthorizers ??= []
  registry.docsAuthorizers.push({
    owns: (path: string) => path.startsWith('/v2/'),
    note: () =>
      "**Try it out on this page** sends a bearer token of this world's Server-to-Server OAuth app (`POST /oauth/token`, `grant_type=account_credentials`), fetched once and kept until a minute before it expires on the emulator's clock, unless you authorize a token of your own.",
    async authorize(request: DocsRequest, world: DocsWorld) {
      if (request.headers.authorization !== undefined) return
      const app = world.credentials.zoom as AppCredentials
      const now = await world.now()
      if (!token || token.clientId !== app.clientId || now >= token.expiresAt - 60_000)
        token = await freshToken(app, now)
      if (token) request.headers.Authorization = `Bearer ${token.value}`
    },
    /** A refused token (the world was reset, the clock moved) is not sent again. */
    answered(status: number) {
      if (status === 401) token = undefined
    },
  })
}
