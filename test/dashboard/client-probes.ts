/** @module What the browser tests run inside the page (page.evaluate, waitForFunction): browser code, checked by tsconfig.browser.json. */
/* Each is sent to the page as its source text, so it must stay self-contained: no imports, no outer names. */

/** Whether markup in a meeting's topic took effect: its script set a global, or its `<b>` became an element. */
export const injectedMarkupTookEffect = (): boolean =>
  '__injected' in window || document.querySelector('b') !== null

/** Whether the element `selector` finds shows exactly `text`. */
export const showsText = ([selector, text]: readonly [string, string]): boolean =>
  document.querySelector(selector)?.textContent === text
