/** @module What the world-actions browser tests run inside the page: browser code, checked by tsconfig.browser.json. */
/* Each is sent to the page as its source text, so it must stay self-contained: no imports, no outer names. */

/** Whether a `<details>` element is open. */
export const isOpen = (details: Element): boolean => (details as HTMLDetailsElement).open

/** Opens every record form. */
export const openEveryRecordForm = (): void => {
  for (const details of document.querySelectorAll('details.record'))
    (details as HTMLDetailsElement).open = true
}

export const clipboardText = (): Promise<string> => navigator.clipboard.readText()

/** Makes the clipboard refuse, as a browser does for a page without the permission. */
export const refuseClipboard = (): void => {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: () => Promise.reject(new Error('not allowed')) },
  })
}

/** An input's value, whether it is read-only and focused, and the text selected in it. */
export const selectedInput = (element: Element) => {
  const input = element as HTMLInputElement
  return {
    value: input.value,
    readOnly: input.readOnly,
    focused: document.activeElement === input,
    selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  }
}

/** What does not fit at the viewport's width: forms and the sandboxes panel wider than their box, fields without a label, a page wider than `width`. */
export const layoutProblems = (width: number): string[] => {
  const found: string[] = []
  for (const el of document.querySelectorAll('.action-form, #sandboxes'))
    if (el.scrollWidth > el.clientWidth + 1)
      found.push(`${el.id} overflows: ${el.scrollWidth} > ${el.clientWidth}`)
  for (const field of document.querySelectorAll(
    '.action-form input, .action-form select, .action-form textarea',
  ))
    if (!field.closest('label') && !field.getAttribute('aria-label'))
      found.push(`${(field as HTMLInputElement).name} has no label`)
  if (document.documentElement.scrollWidth > width)
    found.push(`the page is ${document.documentElement.scrollWidth} px wide`)
  return found
}
