/** @module The page's script for the request inspector: one journal entry in full, copied as a curl command or replayed with fresh credentials. */
/**
 * Sent to the browser as this function's source text, so it must stay self-contained: no imports,
 * no outer names. Opens on `emulator:inspect` (detail: the entry); learns of new entries from
 * `emulator:entry`. Signs with the credentials the page was served with (the dialog's
 * `data-credentials`), in the page: LTI Pro re-signed at the emulator's time, Zoom with a token
 * fetched from the world's OAuth client, LumiNUS with the world's subscription key.
 */
export function inspectorClient(): void {
  interface Credentials {
    lti?: { key: string; secret: string }
    zoom?: { accountId: string; clientId: string; clientSecret: string }
    luminus?: { subscriptionKey: string }
  }
  interface Replayable {
    method: string
    url: string
    headers: [string, string][]
    body?: string
  }
  const dialog = document.getElementById('inspector') as HTMLDialogElement
  const body = document.getElementById('inspector-body') as HTMLElement
  const note = document.getElementById('inspector-note') as HTMLElement
  const curlOut = document.getElementById('inspector-curl') as HTMLElement
  const credentials = JSON.parse(dialog.dataset.credentials ?? '{}') as Credentials
  /** Headers not copied: curl and the browser set the transport's own, and credentials are made afresh. */
  const DROPPED = new Set([
    'host',
    'content-length',
    'connection',
    'transfer-encoding',
    'cookie',
    'authorization',
    'x-lti-signature',
    'ocp-apim-subscription-key',
    'accept-encoding',
    'origin',
    'referer',
    'user-agent',
  ])
  let shown: JournalEntry | undefined
  let replaying: { method: string; path: string; after: number } | undefined

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const made = document.createElement(tag)
    if (text !== undefined) made.textContent = text
    if (className) made.className = className
    return made
  }
  const pretty = (value: unknown) =>
    value === null ? '(no body)' : typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  const queryOf = (entry: JournalEntry) => {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(entry.query))
      for (const one of Array.isArray(value) ? value : [value]) params.append(name, one)
    return params
  }
  const urlOf = (entry: JournalEntry, params = queryOf(entry)) =>
    `${location.origin}${entry.path}${params.size ? `?${params}` : ''}`

  const facts = (pairs: [string, string | Node][]) => {
    const dl = element('dl', undefined, 'facts')
    for (const [name, value] of pairs) {
      const dd = element('dd')
      dd.append(value)
      dl.append(element('dt', name), dd)
    }
    return dl
  }
  const headerTable = (headers: Record<string, string>) => {
    const names = Object.keys(headers)
    if (names.length === 0) return element('p', '(no headers)', 'empty')
    const table = element('table', undefined, 'headers')
    const tbody = element('tbody')
    for (const name of names) {
      const tr = element('tr')
      tr.append(element('th', name), element('td', headers[name]))
      tr.firstElementChild?.setAttribute('scope', 'row')
      tbody.append(tr)
    }
    table.append(tbody)
    return table
  }
  const part = (title: string, headers: Record<string, string>, content: unknown) => {
    const section = element('section', undefined, 'part')
    const pre = element('pre', pretty(content), 'code-block')
    pre.tabIndex = 0
    section.append(element('h3', title), headerTable(headers), pre)
    return section
  }

  function show(entry: JournalEntry): void {
    shown = entry
    const status = entry.status === 0 ? 'dropped (no answer)' : String(entry.status)
    const fault = entry.fault
      ? element(
          'span',
          `⚡ injected by fault rule ${entry.fault}, not the service's own answer`,
          'badge warn',
        )
      : element('span', 'the service answered (no fault)', 'muted')
    const auth = entry.auth
      ? `${entry.auth.ok ? '✓ accepted' : '✗ rejected'}${entry.auth.reason ? `: ${entry.auth.reason}` : ''}`
      : '— no verdict (the route has no auth step, or it was not reached)'
    ;(document.getElementById('inspector-title') as HTMLElement).textContent =
      `#${entry.id} ${entry.method} ${entry.path}`
    body.replaceChildren(
      facts([
        ['URL', element('code', urlOf(entry))],
        ['status', status],
        ['fault', fault],
        ['auth', auth],
        ...(entry.diagnostic ? [['diagnostic', entry.diagnostic] as [string, string]] : []),
        ['service', `${entry.service} · world ${entry.sandbox}`],
        ['time', `${entry.time} (emulator clock) · took ${entry.durationMs} ms`],
      ]),
      part('Request', entry.request.headers, entry.request.body),
      part(`Response ${status}`, entry.response.headers, entry.response.body),
    )
    note.textContent = 'Secrets read [redacted]; copy as curl and replay use fresh credentials of this world.'
    curlOut.hidden = true
    if (!dialog.open) dialog.showModal()
  }

  /** LTI Pro's signing, set by its dashboard script (mock/services/lti-pro/client-signature.ts). */
  const signature = () => window.ltiSignature
  const emulatorNow = async () =>
    Date.parse(
      ((await (await fetch('/__emulator/clock', { headers: sandboxHeader() })).json()) as { now: string })
        .now,
    )
  const sandboxHeader = (): Record<string, string> =>
    shown && shown.sandbox !== 'default' ? { 'x-emulator-sandbox': shown.sandbox } : {}

  /** The entry's request as it can be sent again: its headers and body as journaled, credentials made afresh. */
  async function replayable(entry: JournalEntry): Promise<Replayable> {
    const headers = Object.entries(entry.request.headers).filter(
      ([name, value]) => !DROPPED.has(name) && !name.startsWith('sec-') && value !== '[redacted]',
    )
    const text =
      entry.request.body === null
        ? undefined
        : typeof entry.request.body === 'string'
          ? entry.request.body
          : JSON.stringify(entry.request.body)
    const params = queryOf(entry)
    if (entry.service === 'lti-pro' && credentials.lti) {
      params.set('key', credentials.lti.key)
      params.set('timestamp', String(await emulatorNow()))
      if (!crypto.subtle) throw new Error('signing needs WebCrypto: open this page on 127.0.0.1 or localhost')
      const { bodyUserId, baseString, sign } = signature()
      const signed = [...params]
      const userId = bodyUserId(entry.path, text ?? '')
      if (userId !== undefined) signed.push(['userId', userId])
      headers.push(['X-Lti-Signature', await sign(credentials.lti.secret, baseString(signed))])
    } else if (entry.service === 'zoom' && credentials.zoom) {
      const { accountId, clientId, clientSecret } = credentials.zoom
      const basic = `Basic ${btoa(`${clientId}:${clientSecret}`)}`
      if (entry.path.startsWith('/oauth/')) headers.push(['Authorization', basic])
      else {
        const token = await fetch(
          `/oauth/token?grant_type=account_credentials&account_id=${encodeURIComponent(accountId)}`,
          { method: 'POST', headers: { authorization: basic } },
        )
        const { access_token } = (await token.json()) as { access_token?: string }
        if (!access_token) throw new Error(`the world's OAuth client got no token (HTTP ${token.status})`)
        headers.push(['Authorization', `Bearer ${access_token}`])
      }
    } else if (entry.service === 'luminus' && credentials.luminus) {
      if (params.get('subscription-key') === '[redacted]')
        params.set('subscription-key', credentials.luminus.subscriptionKey)
      else headers.push(['Ocp-Apim-Subscription-Key', credentials.luminus.subscriptionKey])
    }
    return {
      method: entry.method,
      url: urlOf(entry, params),
      headers,
      ...(text === undefined ? {} : { body: text }),
    }
  }

  const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`
  const curlOf = ({ method, url, headers, body: data }: Replayable) =>
    [
      `curl -sS -X ${method} ${shellQuote(url)}`,
      ...headers.map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
      ...(data === undefined ? [] : [`  --data-raw ${shellQuote(data)}`]),
    ].join(' \\\n')

  async function copyCurl(): Promise<void> {
    if (!shown) return
    note.textContent = 'Signing…'
    try {
      const command = curlOf(await replayable(shown))
      curlOut.textContent = command
      curlOut.hidden = false
      const copied = await navigator.clipboard?.writeText(command).then(
        () => true,
        () => false,
      )
      note.textContent = copied
        ? 'Copied: the command below, signed now.'
        : 'The command below is signed now: select it to copy it.'
    } catch (error) {
      note.textContent = `Could not build the command: ${(error as Error).message}`
    }
  }

  async function replay(): Promise<void> {
    if (!shown) return
    note.textContent = 'Replaying…'
    try {
      const request = await replayable(shown)
      replaying = { method: shown.method, path: shown.path, after: shown.id }
      const answer = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
      })
      // The stream may have brought the new entry first, which then says so.
      if (replaying)
        note.textContent = `Replayed: HTTP ${answer.status}. The new request opens when the journal has it.`
    } catch (error) {
      replaying = undefined
      note.textContent = `The replay failed: ${(error as Error).message}`
    }
  }

  document.addEventListener('emulator:inspect', (event) => show((event as CustomEvent<JournalEntry>).detail))
  document.addEventListener('emulator:entry', (event) => {
    const entry = (event as CustomEvent<JournalEntry>).detail
    if (!replaying || entry.id <= replaying.after) return
    if (entry.method !== replaying.method || entry.path !== replaying.path) return
    const of = replaying.after
    replaying = undefined
    show(entry)
    note.textContent = `The replay of #${of}: a new request in the journal.`
  })
  dialog.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-inspector]')?.dataset.inspector
    if (action === 'close') dialog.close()
    else if (action === 'curl') void copyCurl()
    else if (action === 'replay') void replay()
  })
  dialog.addEventListener('close', () => {
    const row = shown && document.querySelector<HTMLElement>(`[data-open="${shown.id}"]`)
    row?.focus()
  })
}
