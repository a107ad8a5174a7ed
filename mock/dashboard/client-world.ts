/** @module The page's script for the world panels: shows them as the world's event stream sends them (fetching them every 5 s if it fails), and drives the clock, reset and world selector through the control API. */
/**
 * Sent to the browser as this function's source text, so it must stay self-contained: no imports,
 * no outer names. The stream arrives as document events (client-journal.ts): `emulator:world`,
 * `emulator:offline`, `emulator:gone`; another script may ask for a refresh with `emulator:refresh`.
 */
export function worldClient(): void {
  const panels = document.getElementById('world') as HTMLElement
  const status = document.getElementById('status') as HTMLElement
  const sandbox = document.body.dataset.sandbox ?? 'default'
  let shown = panels.innerHTML
  let refreshing = false
  /** Panels the stream sent while someone was using the current ones. */
  let waiting: string | undefined

  const say = (text: string, isError = false) => {
    status.textContent = text
    status.classList.toggle('error', isError)
  }

  /** True while someone types in the panels or has text selected there (to copy a credential, say). */
  const inUse = () => {
    const active = document.activeElement
    const selection = getSelection()
    return (
      (active !== null && panels.contains(active) && active.matches('input, select, textarea')) ||
      (selection !== null && !selection.isCollapsed && panels.contains(selection.anchorNode))
    )
  }

  const focusables = () => [
    ...panels.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
  ]

  /** Names each cell by its column's heading (`data-label`), which narrow screens show beside it. */
  const labelCells = () => {
    for (const table of panels.querySelectorAll('table')) {
      const heads = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent?.trim() ?? '')
      for (const body of table.tBodies)
        for (const row of body.rows) {
          let column = 0
          for (const cell of row.cells) {
            cell.dataset.label ??= heads[column] ?? ''
            column += cell.colSpan
          }
        }
    }
  }

  /** Shows `html` unless it is what is shown, keeping which bulk jobs are open; waits while the panels are in use. */
  function apply(html: string): void {
    if (html === shown) return
    if (inUse()) {
      if (waiting === undefined) setTimeout(retry, 1000)
      waiting = html
      return
    }
    waiting = undefined
    const open = new Map([...panels.querySelectorAll('details')].map((d) => [d.dataset.job, d.open]))
    const focusedAt = focusables().indexOf(document.activeElement as HTMLElement)
    panels.innerHTML = shown = html
    for (const details of panels.querySelectorAll('details'))
      details.open = open.get(details.dataset.job) ?? details.open
    labelCells()
    // Keyboard users keep their place: the control at the same position takes the focus back.
    if (focusedAt >= 0) focusables()[focusedAt]?.focus({ preventScroll: true })
  }
  function retry(): void {
    const html = waiting
    waiting = undefined
    if (html !== undefined) apply(html)
  }

  /** Fetches the server's current rendering of the panels. */
  async function refresh(): Promise<void> {
    if (refreshing) return
    refreshing = true
    try {
      const response = await fetch(panels.dataset.src as string, { cache: 'no-store' })
      // The login cookie no longer holds (a restart draws a new key): the page shows the login form.
      if (response.status === 401) return location.reload()
      if (!response.ok) return say(`Could not refresh this world: HTTP ${response.status}.`, true)
      apply(await response.text())
    } catch {
      say('The emulator is not answering; retrying.', true)
    } finally {
      refreshing = false
    }
  }

  async function control(what: string, path: string, body?: unknown): Promise<void> {
    say(`${what}…`)
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-emulator-sandbox': sandbox },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      if (!response.ok) {
        let reason = text
        try {
          reason = (JSON.parse(text) as { error?: string }).error ?? text
        } catch {}
        return say(`${what} failed: HTTP ${response.status} ${reason}`, true)
      }
      say(`${what}: done.`)
      await refresh()
    } catch {
      say(`${what} failed: the emulator is not answering.`, true)
    }
  }

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]')
    switch (button?.dataset.action) {
      case 'advance':
        return void control(`Advance the clock ${button.textContent}`, '/__emulator/clock', {
          advanceMs: Number(button.dataset.ms),
        })
      case 'set-clock': {
        const value = (document.getElementById('clock-set') as HTMLInputElement).value
        const instant = new Date(`${value}Z`)
        if (Number.isNaN(instant.getTime())) return say('Pick a date and time to set the clock to.', true)
        return void control(`Set the clock to ${value} UTC`, '/__emulator/clock', {
          now: instant.toISOString(),
        })
      }
      case 'reset':
        if (
          !confirm(
            `Reset ${sandbox === 'default' ? 'the default world' : sandbox} to its seed? Its data, clock, journal and fault rules go back to how they started.`,
          )
        )
          return say('Reset cancelled: nothing changed.')
        return void control('Reset this world to its seed', '/__emulator/reset')
    }
  })

  const selector = document.getElementById('sandbox-select') as HTMLSelectElement | null
  selector?.addEventListener('change', () => {
    location.search = selector.value === 'default' ? '' : `?sandbox=${encodeURIComponent(selector.value)}`
  })

  labelCells()
  document.addEventListener('emulator:world', (event) => apply((event as CustomEvent<string>).detail))
  document.addEventListener('emulator:refresh', () => void refresh())
  document.addEventListener('emulator:offline', () => setInterval(() => void refresh(), 5000))
  document.addEventListener('emulator:gone', () => say('This sandbox no longer exists.', true))
}
