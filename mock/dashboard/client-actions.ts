/** @module The page's script for the buttons that act on the world: remove one or every fault rule, create and delete sandboxes, start or end a Zoom meeting or webinar now, copy a credential. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. It sets `window.worldActions` (say, send, control) for the forms' script. */
export function actionsClient(): void {
  const panels = document.getElementById('world') as HTMLElement
  const status = document.getElementById('status') as HTMLElement
  const sandbox = document.body.dataset.sandbox ?? 'default'
  const worldHeader = { 'x-emulator-sandbox': sandbox }
  const say = (text: string, isError = false) => {
    status.textContent = text
    status.classList.toggle('error', isError)
  }

  async function send(method: string, path: string, body?: unknown, headers = {}): Promise<WorldAnswer> {
    const response = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let data: unknown = text
    try {
      data = text ? JSON.parse(text) : null
    } catch {}
    const said = (data ?? {}) as { error?: unknown; message?: unknown; reason?: unknown }
    const reason = [said.message, said.reason, said.error].find((v) => typeof v === 'string') as
      | string
      | undefined
    return {
      ok: response.ok,
      status: response.status,
      data,
      reason: reason ?? (text || `HTTP ${response.status}`),
    }
  }

  const control = (method: string, path: string, body?: unknown) =>
    send(method, `/__emulator${path}`, body, worldHeader)
  // The forms' script (client-forms.ts, after this one) sends and speaks the same way.
  window.worldActions = { say, send, control }

  async function refreshWorld(): Promise<void> {
    const response = await fetch(panels.dataset.src as string, { cache: 'no-store' })
    if (response.ok) panels.innerHTML = await response.text()
  }

  async function refreshSandboxes(): Promise<void> {
    const query = sandbox === 'default' ? '' : `?sandbox=${encodeURIComponent(sandbox)}`
    const response = await fetch(`/__emulator/dashboard/sandboxes${query}`, { cache: 'no-store' })
    if (response.ok) (document.getElementById('sandboxes') as HTMLElement).outerHTML = await response.text()
  }

  async function copy(button: HTMLElement): Promise<void> {
    const value = button.dataset.copy ?? ''
    const label = (button.getAttribute('aria-label') ?? 'Copy').replace(/^Copy /, '')
    try {
      await navigator.clipboard.writeText(value)
      say(`Copied ${label}.`)
    } catch {
      const input =
        button.parentElement?.querySelector<HTMLInputElement>('input.copy-fallback') ??
        document.createElement('input')
      Object.assign(input, { className: 'copy-fallback', readOnly: true, value })
      input.setAttribute('aria-label', `${label}, selected: press Ctrl+C to copy`)
      button.after(input)
      input.focus()
      input.select()
      say(`The browser did not let the page copy: ${label} is selected, press Ctrl+C (⌘C) to copy it.`)
    }
  }

  async function sandboxAction(button: HTMLElement): Promise<void> {
    const selector = document.getElementById('sandbox-select') as HTMLSelectElement | null
    if (button.dataset.action === 'create-sandbox') {
      const answer = await control('POST', '/sandboxes')
      if (!answer.ok) return say(`No sandbox was created: ${answer.reason}`, true)
      const { id } = answer.data as { id: string }
      selector?.append(new Option(`sandbox ${id}`, id))
      say(`Created ${id}.`)
    } else {
      const id = button.dataset.sandbox ?? ''
      if (!confirm(`Delete sandbox ${id}? Its data, credentials, journal and fault rules are gone for good.`))
        return say(`Delete cancelled: ${id} is unchanged.`)
      const answer = await send('DELETE', `/__emulator/sandboxes/${encodeURIComponent(id)}`)
      if (!answer.ok) return say(`${id} was not deleted: ${answer.reason}`, true)
      if (id === sandbox) return location.assign('/')
      selector?.querySelector(`option[value="${CSS.escape(id)}"]`)?.remove()
      say(`Deleted ${id}.`)
    }
    await refreshSandboxes()
  }

  async function faultAction(button: HTMLElement): Promise<void> {
    const id = button.dataset.fault
    const answer = await control('DELETE', id ? `/faults/${encodeURIComponent(id)}` : '/faults')
    if (!answer.ok) return say(`Not removed: ${answer.reason}`, true)
    say(id ? `Removed ${id}.` : 'Removed every fault rule.')
    await refreshWorld()
  }

  /** Start now or end now: the button names the control path and what to say once done. */
  async function happeningAction(button: HTMLElement): Promise<void> {
    const answer = await control('POST', button.dataset.path ?? '')
    if (!answer.ok) return say(`Nothing changed: ${answer.reason}`, true)
    say(button.dataset.done ?? 'Done.')
    await refreshWorld()
  }

  const failed = () => say('The emulator is not answering.', true)

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-action]')
    const action = button?.dataset.action
    if (!button) return
    if (action === 'copy') void copy(button)
    else if (action === 'create-sandbox' || action === 'delete-sandbox') sandboxAction(button).catch(failed)
    else if (action === 'remove-fault' || action === 'clear-faults') faultAction(button).catch(failed)
    else if (action === 'happening') happeningAction(button).catch(failed)
  })
}
