/** @module The page's script for the request journal: the world's event stream (EventSource, a slow poll when it fails), the table newest first, its filters, pause and clear. */
/**
 * Sent to the browser as this function's source text, so it must stay self-contained: no imports,
 * no outer names. It shares the stream with the other scripts through document events:
 * `emulator:world` (detail: the panels' HTML), `emulator:offline` (poll instead), `emulator:gone`,
 * `emulator:entry` (detail: a new journal entry) and `emulator:inspect` (detail: the entry to open).
 */
export function journalClient(): void {
  const KEPT = 500
  const SHOWN = 200
  const POLL_MS = 5000
  const rows = document.getElementById('journal-rows') as HTMLElement
  const note = document.getElementById('journal-note') as HTMLElement
  const filters = document.getElementById('journal-filters') as HTMLFormElement
  const pause = document.getElementById('journal-pause') as HTMLButtonElement
  const sandbox = document.body.dataset.sandbox ?? 'default'
  const streamQuery = new URLSearchParams({
    ...(sandbox === 'default' ? {} : { sandbox }),
    digest: document.getElementById('world')?.dataset.digest ?? '',
  })
  /** By id, oldest first (ids increase). */
  const entries = new Map<number, JournalEntry>()
  /** While paused, the newest id shown: newer entries wait. */
  let pausedAt: number | undefined
  let scheduled = false
  let problem = ''

  const emit = (name: string, detail?: unknown) => document.dispatchEvent(new CustomEvent(name, { detail }))

  const queryText = (q: JournalEntry['query']) => {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(q ?? {}))
      for (const one of Array.isArray(value) ? value : [value]) params.append(name, one)
    const text = params.toString()
    return text ? `?${text}` : ''
  }
  const cell = (text: string, className = '', label = '') => {
    const td = document.createElement('td')
    td.textContent = text
    if (className) td.className = className
    if (label) td.dataset.label = label
    return td
  }
  /** A path that may wrap after each `/`, `?`, `&`, never inside a segment unless it is longer than the column. */
  const breakable = (text: string) => {
    const span = document.createElement('span')
    span.className = 'path-text'
    for (const part of text.split(/(?<=[/?&])/)) span.append(part, document.createElement('wbr'))
    return span
  }
  const statusText = (entry: JournalEntry) =>
    entry.fault
      ? `⚡ ${entry.status === 0 ? 'dropped' : entry.status}`
      : entry.status === 0
        ? '✗ dropped'
        : `${entry.status < 400 ? '✓' : '✗'} ${entry.status}`

  /** A request's row, and under it a row with its auth reason and diagnostic when it has one. */
  const rowsOf = (entry: JournalEntry) => {
    const tr = document.createElement('tr')
    tr.dataset.request = String(entry.id)
    const time = /T(\d\d:\d\d:\d\d)/.exec(entry.time)?.[1] ?? entry.time
    const request = document.createElement('td')
    request.className = 'path'
    request.dataset.label = 'request'
    const open = document.createElement('button')
    open.type = 'button'
    open.className = 'open-request'
    open.dataset.open = String(entry.id)
    open.append(`${entry.method} `, breakable(`${entry.path}${queryText(entry.query)}`))
    open.title = `Inspect request #${entry.id}`
    request.append(open, Object.assign(document.createElement('small'), { textContent: entry.service }))
    if (entry.fault)
      request.append(
        Object.assign(document.createElement('span'), {
          className: 'badge warn',
          textContent: `fault ${entry.fault}`,
        }),
      )
    const verdict = entry.auth ? (entry.auth.ok ? '✓ accepted' : '✗ rejected') : '— none'
    tr.append(
      cell(time, 'muted', 'time'),
      request,
      cell(
        statusText(entry),
        entry.fault ? 'warn' : entry.status > 0 && entry.status < 400 ? 'ok' : 'bad',
        'status',
      ),
      cell(`${Math.round(entry.durationMs)} ms`, 'muted', 'took'),
      cell(verdict, entry.auth ? (entry.auth.ok ? 'ok' : 'bad') : 'muted', 'auth'),
    )
    const diagnostic = [...new Set([entry.auth?.reason, entry.diagnostic])].filter(Boolean).join(' · ')
    if (!diagnostic) return [tr]
    const detail = document.createElement('tr')
    detail.className = 'diagnostic'
    const td = cell(diagnostic, entry.auth && !entry.auth.ok ? 'bad' : 'muted')
    td.colSpan = 5
    detail.append(td)
    return [tr, detail]
  }

  const field = (name: string) => (filters.elements.namedItem(name) as HTMLInputElement).value.trim()
  const shows = (entry: JournalEntry) => {
    const [service, method, status] = [field('service'), field('method'), field('status')]
    const path = field('path').toLowerCase()
    const text = field('text').toLowerCase()
    if (service && entry.service !== service) return false
    if (method && entry.method !== method) return false
    if (status === 'fault' ? !entry.fault : status && String(entry.status)[0] !== status[0]) return false
    if (path && !`${entry.path}${queryText(entry.query)}`.toLowerCase().includes(path)) return false
    if (text && !JSON.stringify([entry.request.body, entry.response.body]).toLowerCase().includes(text))
      return false
    return true
  }

  function render(): void {
    scheduled = false
    const all = [...entries.values()].reverse()
    const held = pausedAt === undefined ? [] : all.filter((entry) => entry.id > (pausedAt as number))
    const shown = all.slice(held.length).filter(shows)
    rows.replaceChildren(...shown.slice(0, SHOWN).flatMap(rowsOf))
    const state = pausedAt === undefined ? '' : ` Paused: ${held.length} new not shown.`
    const cut = shown.length > SHOWN ? ` The newest ${SHOWN} are listed: filter to find older ones.` : ''
    note.textContent = problem || `${shown.length} of ${all.length} requests, newest first.${cut}${state}`
  }
  const schedule = () => {
    if (!scheduled) {
      scheduled = true
      setTimeout(render, 30)
    }
  }

  function add(entry: JournalEntry): void {
    entries.set(entry.id, entry)
    for (const id of entries.keys()) {
      if (entries.size <= KEPT) break
      entries.delete(id)
    }
    emit('emulator:entry', entry)
    schedule()
  }
  function cleared(): void {
    entries.clear()
    render()
  }

  async function poll(): Promise<void> {
    try {
      const response = await fetch('/__emulator/requests', {
        headers: { 'x-emulator-sandbox': sandbox },
        cache: 'no-store',
      })
      if (response.status === 401) return location.reload()
      if (!response.ok) {
        problem = `The request journal is not available from this emulator (HTTP ${response.status}).`
        return render()
      }
      problem = ''
      const { requests } = (await response.json()) as { requests: JournalEntry[] }
      const newest = Math.max(0, ...entries.keys())
      if (requests.length === 0 || (requests[0] as JournalEntry).id > newest + 1) entries.clear()
      for (const entry of requests) if (!entries.has(entry.id)) add(entry)
      render()
    } catch {
      problem = 'The emulator is not answering; retrying.'
      render()
    }
  }
  function startPolling(): void {
    emit('emulator:offline')
    void poll()
    setInterval(() => void poll(), POLL_MS)
  }

  function listen(): void {
    if (typeof EventSource === 'undefined') {
      startPolling()
      return
    }
    const source = new EventSource(`/__emulator/dashboard/events?${streamQuery}`)
    source.addEventListener('ready', () => {
      problem = ''
      render()
    })
    source.addEventListener('journal', (event) =>
      add(JSON.parse((event as MessageEvent).data) as JournalEntry),
    )
    source.addEventListener('cleared', cleared)
    source.addEventListener('world', (event) => emit('emulator:world', (event as MessageEvent).data))
    source.addEventListener('gone', () => {
      source.close()
      emit('emulator:gone')
    })
    source.addEventListener('error', () => {
      // CONNECTING: the browser retries by itself (the emulator restarting). CLOSED: it gave up.
      if (source.readyState === EventSource.CLOSED) startPolling()
      else {
        problem = 'The emulator is not answering; reconnecting.'
        render()
      }
    })
  }

  filters.addEventListener('input', render)
  filters.addEventListener('submit', (event) => event.preventDefault())
  pause.addEventListener('click', () => {
    pausedAt = pausedAt === undefined ? Math.max(0, ...entries.keys()) : undefined
    pause.setAttribute('aria-pressed', String(pausedAt !== undefined))
    pause.textContent = pausedAt === undefined ? 'Pause' : 'Resume'
    render()
  })
  document.getElementById('journal-clear')?.addEventListener('click', async () => {
    const response = await fetch('/__emulator/requests', {
      method: 'DELETE',
      headers: { 'x-emulator-sandbox': sandbox },
    }).catch(() => undefined)
    if (response?.ok) cleared()
    else note.textContent = `Could not clear the journal${response ? `: HTTP ${response.status}` : ''}.`
  })
  const inspect = (id: number) => {
    const entry = entries.get(id)
    if (entry) emit('emulator:inspect', entry)
  }
  rows.addEventListener('click', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('tr[data-request]')
    if (row) inspect(Number(row.dataset.request))
  })
  listen()
}
