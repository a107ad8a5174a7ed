/** @module The browser's LTI Pro signing, shared by the dashboard's signing helper and the API docs' "Try it out": base string, signed userId, X-Lti-Signature. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. It sets `window.ltiSignature` for the scripts after it. */
export function ltiSignatureClient(): void {
  /** A bulk body `{userId, meetingList}` signs its userId too. */
  const bodyUserId = (path: string, body: string): string | undefined => {
    if (!path.includes('/meeting/bulk')) return undefined
    try {
      const parsed = JSON.parse(body) as unknown
      const userId = (parsed as { userId?: unknown } | null)?.userId
      return !Array.isArray(parsed) && typeof userId === 'string' ? userId : undefined
    } catch {
      return undefined
    }
  }

  /** Every parameter sorted by name, `name=value` joined by `&`, raw values. */
  const baseString = (params: [string, string][]) =>
    [...params]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join('&')

  /** HMAC-SHA1 with WebCrypto, base64url without padding. */
  async function sign(secret: string, text: string): Promise<string> {
    const encoder = new TextEncoder()
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-1' },
      false,
      ['sign'],
    )
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)))
    return btoa(String.fromCharCode(...mac))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '')
  }

  window.ltiSignature = { bodyUserId, baseString, sign }
}
