/** @module The page's script for the forms that act on the world: a fault rule added, a record created (seeding API), edited or deleted (the state-entry control calls, or Zoom's API with the world's OAuth client), and what was typed kept across the panels' refreshes. */
/** Sent to the browser as this function's source text, so it must stay self-contained: no imports, no outer names. */
export function formsClient(): void {
  interface Kept {
    values?: Record<string, string>
    open?: boolean
    message?: { text: string; error: boolean }
  }
  const panels = document.getElementById('world') as HTMLElement
  const sandbox = document.body.dataset.sandbox ?? 'default'
  const worldHeader = { 'x-emulator-sandbox': sandbox }
  /** What was typed into each form, kept across the panels' refreshes (which replace every form). */
  const kept = new Map<string, Kept>()
  /** The field or button of an action form that had the focus: a refresh puts it back on its successor. */
  let focused: { form: string; selector: string } | undefined

  /** Not `form.id`: a field named `id` (a LumiNUS user's) would stand in its place. */
  const formId = (form: HTMLFormElement) => form.getAttribute('id') ?? ''

  /** Set by the actions' script (client-actions.ts), which runs before this one. */
  const { say, send, control } = window.worldActions

  /** Re-renders the panels after `form` acted, the focus on its (new) submit button. */
  async function refreshAfter(form: HTMLFormElement): Promise<void> {
    focused = { form: formId(form), selector: 'button[type="submit"]' }
    const response = await fetch(panels.dataset.src as string, { cache: 'no-store' })
    if (response.ok) panels.innerHTML = await response.text()
  }

  const fieldsOf = (form: HTMLFormElement) =>
    [...form.elements].filter(
      (el): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
        (el instanceof HTMLInputElement ||
          el instanceof HTMLSelectElement ||
          el instanceof HTMLTextAreaElement) &&
        el.name !== '',
    )

  function tell(form: HTMLFormElement, text: string, error: boolean): void {
    const message = form.querySelector<HTMLElement>('[data-role="message"]')
    if (message) {
      message.textContent = text
      message.classList.toggle('error', error)
    }
    kept.set(formId(form), { ...kept.get(formId(form)), message: { text, error } })
    say(text, error)
  }

  function keep(form: HTMLFormElement): void {
    const values: Record<string, string> = {}
    for (const el of fieldsOf(form))
      if (!(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)) values[el.name] = el.value
    kept.set(formId(form), { ...kept.get(formId(form)), values })
  }

  /** A record form in its mode: a new entity (every field free) or the one its select picks (`fill` puts its values in). */
  function recordMode(form: HTMLFormElement, fill: boolean): void {
    const select = form.elements.namedItem('record') as HTMLSelectElement
    const editing = select.value !== ''
    const values = JSON.parse(select.selectedOptions[0]?.dataset.values ?? '{}') as Record<string, unknown>
    for (const el of fieldsOf(form)) {
      if (el === select) continue
      if (fill && el instanceof HTMLSelectElement && !editing) el.selectedIndex = 0
      else if (fill) el.value = editing ? String(values[el.name] ?? '') : ''
      el.disabled = editing && el.hasAttribute('data-create-only')
    }
    const submit = form.querySelector('[data-role="submit"]') as HTMLButtonElement
    submit.textContent = editing ? 'Save changes' : 'Create'
    ;(form.querySelector('[data-role="delete"]') as HTMLButtonElement).disabled = !editing
  }

  /** The fault form's answer fields are used only when the rule answers: disabled when it drops or only waits. */
  function faultMode(form: HTMLFormElement): void {
    const answers = form.querySelector<HTMLInputElement>('input[name="does"]:checked')?.value === 'answer'
    for (const name of ['status', 'body', 'headers'])
      (form.elements.namedItem(name) as HTMLInputElement | null)?.toggleAttribute('disabled', !answers)
  }

  /** Puts back what was typed, opened and answered, after the panels were replaced. */
  function restore(): void {
    for (const [id, state] of kept) {
      const form = document.getElementById(id)
      if (!(form instanceof HTMLFormElement)) continue
      for (const el of fieldsOf(form)) {
        const value = state.values?.[el.name]
        if (value === undefined) continue
        if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === value
        else el.value = value
      }
      if (form.classList.contains('record-form')) recordMode(form, false)
      if (formId(form) === 'fault-form') faultMode(form)
      const details = form.closest('details')
      if (details && state.open !== undefined) details.open = state.open
      const message = form.querySelector<HTMLElement>('[data-role="message"]')
      if (message && state.message) {
        message.textContent = state.message.text
        message.classList.toggle('error', state.message.error)
      }
    }
    const lost = document.activeElement === null || document.activeElement === document.body
    if (focused && lost)
      document.getElementById(focused.form)?.querySelector<HTMLElement>(focused.selector)?.focus()
  }

  /** A number when the text is one, else the text, so the API's refusal names what was typed. */
  const numberOr = (text: string): number | string => {
    const n = Number(text)
    return text.trim() !== '' && Number.isFinite(n) ? n : text
  }

  /** `Name: value` lines as an object, or the first line that is not one. */
  function headerLines(text: string): { headers: Record<string, string> } | { wrong: string } {
    const headers: Record<string, string> = {}
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (line === '') continue
      const colon = line.indexOf(':')
      if (colon < 1) return { wrong: line }
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
    }
    return { headers }
  }

  function faultRule(form: HTMLFormElement): { rule: Record<string, unknown> } | { wrong: string } {
    const value = (name: string) =>
      ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim()
    const does = (form.querySelector('input[name="does"]:checked') as HTMLInputElement | null)?.value
    const match = Object.fromEntries(['service', 'method', 'path'].filter(value).map((n) => [n, value(n)]))
    let body: unknown = value('body')
    try {
      body = JSON.parse(value('body'))
    } catch {}
    const lines = headerLines(value('headers'))
    if ('wrong' in lines) return lines
    const { headers } = lines
    const rule: Record<string, unknown> = { match }
    if (does === 'answer')
      rule.response = {
        status: numberOr(value('status')),
        ...(value('body') ? { body } : {}),
        ...(Object.keys(headers).length ? { headers } : {}),
      }
    if (does === 'drop') rule.drop = true
    for (const name of ['delayMs', 'times', 'probability'])
      if (value(name)) rule[name] = numberOr(value(name))
    return { rule }
  }

  async function addFault(form: HTMLFormElement): Promise<void> {
    const made = faultRule(form)
    if ('wrong' in made)
      return tell(form, `The rule was not added: "${made.wrong}" is not a header line (Name: value).`, true)
    const answer = await control('POST', '/faults', made.rule)
    if (!answer.ok) return tell(form, `The rule was not added: ${answer.reason}`, true)
    kept.delete(formId(form))
    tell(form, `Added ${(answer.data as { id: string }).id}.`, false)
    await refreshAfter(form)
  }

  /** The fields to send: on a new entity the filled ones, on an edit those changed (emptied ones as null, except to Zoom). */
  function recordFields(form: HTMLFormElement, original: Record<string, unknown> | undefined) {
    const fields: Record<string, unknown> = {}
    for (const el of fieldsOf(form)) {
      if (el.name === 'record' || el.disabled) continue
      const text = el.value.trim()
      if (original && text === String(original[el.name] ?? '')) continue
      if (text === '') {
        if (original && form.dataset.auth !== 'zoom') fields[el.name] = null
        continue
      }
      const type = el.dataset.type
      fields[el.name] =
        type === 'number'
          ? numberOr(text)
          : type === 'instant'
            ? `${text}${text.length === 16 ? ':00' : ''}Z`
            : text
    }
    return fields
  }

  /** The world's credential of that name, as its credentials panel shows it. */
  const credential = (name: string) =>
    document.querySelector(`#credentials [data-credential="${name}"]`)?.textContent ?? ''

  /** Zoom's API with the world's OAuth client (account credentials grant), as an integration would call it. */
  async function zoom(method: string, path: string, body?: unknown): Promise<WorldAnswer> {
    const [accountId = '', clientId, clientSecret] = ['account-id', 'client-id', 'client-secret'].map((n) =>
      credential(`zoom-${n}`),
    )
    const grant = await send(
      'POST',
      `/oauth/token?grant_type=account_credentials&account_id=${encodeURIComponent(accountId)}`,
      undefined,
      { authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
    )
    if (!grant.ok) return grant
    const token = (grant.data as { access_token: string }).access_token
    return send(method, path, body, { authorization: `Bearer ${token}` })
  }

  async function saveRecord(form: HTMLFormElement, remove: boolean): Promise<void> {
    const select = form.elements.namedItem('record') as HTMLSelectElement
    const option = select.selectedOptions[0]
    const noun = form.dataset.noun ?? 'record'
    let answer: WorldAnswer
    let done: string
    if (select.value === '') {
      const [service = '', list = ''] = (form.dataset.seed ?? '').split('.')
      answer = await control('POST', '/seed', { [service]: { [list]: [recordFields(form, undefined)] } })
      const created = ((answer.data as Record<string, Record<string, Record<string, unknown>[]>>)?.[
        service
      ]?.[list] ?? [])[0]
      const name = created?.id ?? created?.contextId
      done = `Created ${noun}${name === undefined ? '' : ` ${String(name)}`}.`
    } else {
      const path = `${form.dataset.entry}${encodeURIComponent(select.value)}`
      const method = remove ? 'DELETE' : 'PATCH'
      const body = remove ? undefined : recordFields(form, JSON.parse(option?.dataset.values ?? '{}'))
      if (body && Object.keys(body).length === 0)
        return tell(form, 'Nothing to save: no field was changed.', true)
      const target = remove ? `${path}${form.dataset.deleteQuery ?? ''}` : path
      answer = await (form.dataset.auth === 'zoom'
        ? zoom(method, target, body)
        : send(method, target, body, worldHeader))
      done = `${remove ? 'Deleted' : 'Saved'} ${noun} ${option?.textContent ?? select.value}.`
    }
    if (!answer.ok) return tell(form, `Not done (HTTP ${answer.status}): ${answer.reason}`, true)
    kept.set(formId(form), { open: true })
    tell(form, done, false)
    await refreshAfter(form)
  }

  const failed = () => say('The emulator is not answering.', true)

  document.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement
    if (!form.classList.contains('action-form')) return
    event.preventDefault()
    ;(formId(form) === 'fault-form' ? addFault(form) : saveRecord(form, false)).catch(failed)
  })
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-role="delete"]')
    const form = button?.closest('form')
    if (!form) return
    const chosen = (form.elements.namedItem('record') as HTMLSelectElement).selectedOptions[0]
    const which = `${form.dataset.noun ?? 'record'} ${chosen?.textContent ?? ''}`.trim()
    if (!confirm(`Delete ${which}? This cannot be undone.`))
      return tell(form, `Delete cancelled: ${which} is unchanged.`, false)
    saveRecord(form, true).catch(failed)
  })
  const typed = (event: Event) => {
    const form = (event.target as Element).closest('form')
    if (!form?.classList.contains('action-form')) return
    if ((event.target as HTMLElement).dataset.role === 'record') recordMode(form, true)
    if (formId(form) === 'fault-form') faultMode(form)
    keep(form)
  }
  document.addEventListener('input', typed)
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement
    const form = el.closest<HTMLFormElement>('form.action-form')
    const name = el.getAttribute('name')
    const role = el.dataset.role
    focused = !form
      ? undefined
      : {
          form: formId(form),
          selector: name ? `[name="${name}"]` : role ? `[data-role="${role}"]` : 'button[type="submit"]',
        }
  })
  document.addEventListener('change', typed)
  // `toggle` does not bubble: listened to while it goes down.
  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLElement
      const form = details.querySelector?.<HTMLFormElement>('form.action-form')
      if (details instanceof HTMLDetailsElement && form)
        kept.set(formId(form), { ...kept.get(formId(form)), open: details.open })
    },
    true,
  )
  new MutationObserver(restore).observe(panels, { childList: true })
}
