/** @module The page's script for the request journal: polls GET /__emulator/requests and shows each request with its auth verdict. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. */
export function journalClient(): void {
  interface Entry {
    id: string
    time: string
    service?: string
    method: string
    path: string
    query?: string | Record<string, string>
    status: number
    durationMs: number
    auth?: { ok: boolean; reason?: string }
    diagnostic?: string
  }
  const rows = document.getElementById('journal-rows') as HTMLElement
  const note = document.getElementById('journal-note') as HTMLElement
  const showControl = document.getElementById('journal-control') as HTMLInputElement
  const sandbox = document.body.dataset.sandbox ?? 'default'
  let polling = false

  const cell = (text: string, className = '', title = '') => {
    const td = document.createElement('td')
    td.textContent = text
    if (className) td.className = className
    if (title) td.title = title
    return td
  }
  const queryText = (query: Entry['query']) => {
    const text =
      typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query ?? {}).toString()
    return text ? `?${text}` : ''
  }
  /** A request's row, and under it a row with its auth diagnostic when it has one. */
  const rowsOf = (entry: Entry) => {
    const tr = document.createElement('tr')
    tr.dataset.request = entry.id
    const path = `${entry.path}${queryText(entry.query)}`
    const request = cell(`${entry.method} ${path}`, 'path', path)
    request.append(Object.assign(document.createElement('small'), { textContent: entry.service ?? '' }))
    const verdict = entry.auth ? (entry.auth.ok ? '✓ accepted' : '✗ rejected') : '—'
    const time = /T(\d\d:\d\d:\d\d)/.exec(entry.time)?.[1] ?? entry.time
    tr.append(
      cell(time, 'muted', entry.time),
      request,
      cell(String(entry.status), entry.status < 400 ? 'ok' : 'bad'),
      cell(`${Math.round(entry.durationMs)} ms`, 'muted'),
      cell(verdict, entry.auth ? (entry.auth.ok ? 'ok' : 'bad') : 'muted'),
    )
    const diagnostic = [entry.auth?.reason, entry.diagnostic].filter(Boolean).join(' · ')
    if (!diagnostic) return [tr]
    const detail = document.createElement('tr')
    detail.className = 'diagnostic'
    const td = cell(diagnostic)
    td.colSpan = 5
    detail.append(td)
    return [tr, detail]
  }

  async function poll(): Promise<void> {
    if (polling) return
    polling = true
    try {
      const response = await fetch('/__emulator/requests', {
        headers: { 'x-emulator-sandbox': sandbox },
        cache: 'no-store',
      })
      if (!response.ok) {
        note.textContent = `The request journal is not available from this emulator (HTTP ${response.status}).`
        return
      }
      const { requests } = (await response.json()) as { count: number; requests: Entry[] }
      const shown = [...requests]
        .reverse()
        .filter((r) => showControl.checked || r.service !== 'control')
        .sort((a, b) => b.time.localeCompare(a.time))
        .slice(0, 100)
      note.textContent = `${shown.length} of ${requests.length} requests, newest first.`
      rows.replaceChildren(...shown.flatMap(rowsOf))
    } catch {
      note.textContent = 'The emulator is not answering; retrying.'
    } finally {
      polling = false
    }
  }

  showControl.addEventListener('change', () => void poll())
  void poll()
  setInterval(() => void poll(), 1500)
}
