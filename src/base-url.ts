/** @module How a client reads its base URL: a bare origin gets the service's own base path; a URL with a path is used as given. */

/**
 * The base a client sends its requests under. `given` without a path (`http://127.0.0.1:4010`, or
 * with a lone `/`) is an origin: the path of `realBase` (the real service's base URL) is appended.
 * Any other path (`http://127.0.0.1:4010/api/v1/lti/rich`, `https://proxy.example/zoom`) is the
 * full base, kept as given. Trailing slashes are dropped; a query or fragment is refused.
 */
export function serviceBaseUrl(given: string, realBase: string, option = 'baseUrl'): string {
  let url: URL
  try {
    url = new URL(given)
  } catch {
    throw new TypeError(
      `${option} must be an absolute URL like http://127.0.0.1:4010, not ${JSON.stringify(given)}.`,
    )
  }
  if (url.search || url.hash)
    throw new TypeError(`${option} must have no query or fragment: ${JSON.stringify(given)}.`)
  const base = url.pathname === '/' ? url.origin + new URL(realBase).pathname : url.href
  return base.replace(/\/+$/, '')
}
