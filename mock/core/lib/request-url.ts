/** @module The query string of a request URL, read without parsing the whole URL. */

/** As `new URL(url).search` without its `?`: empty when there is none, the fragment left out. */
export function searchOf(url: string): string {
  const hash = url.indexOf('#')
  const beforeHash = hash < 0 ? url : url.slice(0, hash)
  const mark = beforeHash.indexOf('?')
  return mark < 0 ? '' : beforeHash.slice(mark + 1)
}
