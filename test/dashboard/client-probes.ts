/** @module What the browser tests run inside the page (page.evaluate, waitForFunction): browser code, checked by tsconfig.browser.json. */
/* Each is sent to the page as its source text, so it must stay self-contained: no imports, no outer names. */

/** Whether markup in a meeting's topic took effect: its script set a global, or its `<b>` became an element. */
export const injectedMarkupTookEffect = (): boolean =>
  '__injected' in window || document.querySelector('b') !== null

/** Whether the element `selector` finds shows exactly `text`. */
export const showsText = ([selector, text]: readonly [string, string]): boolean =>
  document.querySelector(selector)?.textContent === text

/** The focused element's class and text. */
export const focused = (): { className: string; text: string } => ({
  className: document.activeElement?.className ?? '',
  text: document.activeElement?.textContent ?? '',
})

/** What sticks out horizontally: the document, a card wider inside than its box, a control past the viewport's edge. */
export const horizontalOverflow = (): string[] => {
  const found: string[] = []
  const root = document.documentElement
  if (root.scrollWidth > root.clientWidth) found.push(`document ${root.scrollWidth} > ${root.clientWidth}`)
  for (const card of document.querySelectorAll<HTMLElement>('.card'))
    if (card.scrollWidth > card.clientWidth)
      found.push(`card #${card.id} ${card.scrollWidth} > ${card.clientWidth}`)
  for (const control of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a')) {
    const box = control.getBoundingClientRect()
    if (box.width > 0 && (box.left < 0 || box.right > root.clientWidth))
      found.push(
        `${control.tagName} ${control.textContent || control.getAttribute('name')} at ${box.left}–${box.right}`,
      )
  }
  return found
}

/** The focused element's `data-action` and `data-ms`, to find it again after the panels are replaced. */
export const focusedAction = (): string =>
  `${(document.activeElement as HTMLElement | null)?.dataset.action} ${(document.activeElement as HTMLElement | null)?.dataset.ms}`

/** Narrow-screen cells shorter than the column name beside them (`data-label`, shown by `::before`), which would run into the next field. */
export const labelsTallerThanCells = (): string[] => {
  const found: string[] = []
  const ruler = document.createElement('span')
  ruler.style.cssText = 'position:absolute;visibility:hidden;display:block'
  document.body.append(ruler)
  for (const cell of document.querySelectorAll<HTMLElement>('.card td[data-label]')) {
    const label = getComputedStyle(cell, '::before')
    if (label.content === 'none' || label.display === 'none' || cell.offsetHeight === 0) continue
    Object.assign(ruler.style, { width: label.width, font: label.font, letterSpacing: label.letterSpacing })
    ruler.textContent = cell.dataset.label ?? ''
    if (ruler.offsetHeight > cell.offsetHeight + 1)
      found.push(`"${cell.dataset.label}" needs ${ruler.offsetHeight} px in a ${cell.offsetHeight} px cell`)
  }
  ruler.remove()
  return found
}

/** Where the element `id` starts in the viewport, and where a sticky header ends (0 when the header scrolls away). */
export const topBelowHeader = (id: string): { top: number; headerBottom: number } => {
  const header = document.querySelector('header.bar') as HTMLElement
  const sticky = getComputedStyle(header).position === 'sticky'
  return {
    top: document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
    headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
  }
}
