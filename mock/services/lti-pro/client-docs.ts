/** @module The API docs' "Try it out" for LTI Pro: the world's key, the emulator's now as timestamp, and X-Lti-Signature signed with the world's secret. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names (it signs with `window.ltiSignature`: client-signature.ts). */
export function ltiProDocsClient(): void {
  interface DocsRequest {
    url: string
    headers: Record<string, string>
    body?: unknown
  }
  interface DocsWorld {
    credentials: Record<string, unknown>
    now(): Promise<number>
    dashboardUrl(fragment: string): string
  }
  const { ltiSignature } = window
  const registry = window as unknown as { docsAuthorizers?: unknown[] }
  const BASE = '/api/v1/lti/rich/'
  registry.docsAuthorizers ??= []
  registry.docsAuthorizers.push({
    owns: (path: string) => path.startsWith(BASE),
    note: (world: DocsWorld) =>
      `**Try it out on this page** sets \`key\` to this world's LTI key and \`timestamp\` to the emulator's now, and signs the request with the world's secret (in the page), unless you authorize an \`X-Lti-Signature\` of your own. To see the base string or sign by hand: the dashboard's [LTI signature helper](${world.dashboardUrl('signing')}).`,
    async authorize(request: DocsRequest, world: DocsWorld) {
      if (request.headers['x-lti-signature'] !== undefined) return
      const { key, secret } = world.credentials.lti as { key: string; secret: string }
      const url = new URL(request.url)
      url.searchParams.set('key', key)
      url.searchParams.set('timestamp', String(await world.now()))
      const params = [...url.searchParams]
      const userId = ltiSignature.bodyUserId(
        url.pathname,
        typeof request.body === 'string' ? request.body : '',
      )
      const signed: [string, string][] = userId === undefined ? params : [...params, ['userId', userId]]
      request.url = url.href
      request.headers['X-Lti-Signature'] = await ltiSignature.sign(secret, ltiSignature.baseString(signed))
    },
  })
}
