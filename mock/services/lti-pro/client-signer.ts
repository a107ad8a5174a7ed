/** @module The page's script for the LTI signing helper: base string, X-Lti-Signature (WebCrypto HMAC-SHA1, base64url without padding) and a curl command. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names (it signs with `window.ltiSignature`: client-signature.ts). The secret is used only inside the page; nothing is sent unless "Send" is pressed, and then only the signature. */
export function signerClient(): void {
  const { bodyUserId, baseString, sign } = window.ltiSignature
  const form = document.getElementById('signer') as HTMLFormElement
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement
  const output = (id: string) => document.getElementById(id) as HTMLElement
  let latest = 0
  let request: { method: string; url: string; signature: string; body: string } | undefined

  /** The query parameters in the order typed: key, timestamp, then one `name=value` per line. */
  const queryParams = (): [string, string][] => [
    ['key', field('key').value],
    ['timestamp', field('timestamp').value],
    ...field('params')
      .value.split('\n')
      .filter((line) => line.trim() !== '')
      .map((line): [string, string] => {
        const at = line.indexOf('=')
        return at < 0 ? [line.trim(), ''] : [line.slice(0, at).trim(), line.slice(at + 1)]
      }),
  ]

  const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`

  async function update(): Promise<void> {
    const run = ++latest
    const [method = 'GET', path = ''] = field('endpoint').value.split(' ')
    const body = field('body').value.trim()
    const params = queryParams()
    const signedUserId = bodyUserId(path, body)
    const signed =
      signedUserId === undefined ? params : [...params, ['userId', signedUserId] as [string, string]]
    const base = baseString(signed)
    const url = `${location.origin}${form.dataset.base}${path}?${new URLSearchParams(params)}`
    if (!crypto.subtle) {
      output('signer-signature').textContent =
        'WebCrypto needs a secure context: open this page on 127.0.0.1.'
      return
    }
    const signature = await sign(field('secret').value, base)
    if (run !== latest) return
    request = { method, url, signature, body }
    output('signer-base').textContent = base
    output('signer-signature').textContent = signature
    output('signer-curl').textContent = [
      `curl -sS -X ${method} ${shellQuote(url)}`,
      `  -H ${shellQuote(`X-Lti-Signature: ${signature}`)}`,
      ...(body ? ["  -H 'Content-Type: application/json'", `  --data ${shellQuote(body)}`] : []),
    ].join(' \\\n')
  }

  async function send(): Promise<void> {
    if (!request) return
    const result = output('signer-result')
    result.textContent = 'Sending…'
    const { method, url, signature, body } = request
    const headers: Record<string, string> = { 'X-Lti-Signature': signature }
    if (body) headers['content-type'] = 'application/json'
    try {
      const response = await fetch(url, { method, headers, ...(body ? { body } : {}) })
      const diagnostic = response.headers.get('x-emulator-diagnostic')
      const text = await response.text()
      let pretty = text
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2)
      } catch {}
      result.textContent = [`HTTP ${response.status}`, diagnostic && `diagnostic: ${diagnostic}`, pretty]
        .filter(Boolean)
        .join('\n')
    } catch {
      result.textContent = 'The emulator is not answering.'
    }
  }

  form.addEventListener('input', () => void update())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void send()
  })
  field('endpoint').addEventListener('change', () => {
    const option = (field('endpoint') as unknown as HTMLSelectElement).selectedOptions[0]
    field('params').value = option?.dataset.params ?? ''
    field('body').value = option?.dataset.body ?? ''
    void update()
  })
  form.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-action="signer-now"]')) return
    field('timestamp').value = (document.getElementById('clock-now') as HTMLElement | null)?.dataset.ms ?? ''
    void update()
  })
  void update()
}
