/**
 * @module Zoom paths as Zoom's API reads them, before routing. Zoom asks for a meeting UUID to be
 * double-encoded only when it starts with `/` or contains `//`; one with a lone `/` inside may be
 * sent raw (mod_zoom's encode_uuid does), and Zoom reads it as one segment: it is `%2F`-encoded here,
 * so the route's parameter holds it whole.
 */
const UUID_PARENT =
  /^(\/v2\/(?:past_meetings|past_webinars|meetings|webinars|report\/meetings|report\/webinars|metrics\/meetings|metrics\/webinars))\/(.+)$/
const UUID = /^[A-Za-z0-9+/]{22}==$/
const UUID_LENGTH = 24

/**
 * The path Zoom's API reads: a raw lone-slash UUID as one segment; `/v2//groups` (a base URL ending
 * in `/` joined to a path starting with one, as mod_zoom's get_groups makes it) as `/v2/groups`; a
 * trailing `/` (eSync's `recordings/?action=trash`) left out; a UUID starting with `/` sent raw
 * (Zoom asks for it double-encoded) as a server that merges slashes reads it, without its `/`:
 * a UUID that names no meeting (emulator choice).
 */
export function routedZoomPath(raw: string): string {
  // Every path pays for this: the checks that find nothing to change come first and cost no regular expression.
  let path = raw.startsWith('/v2//') ? raw.replace(/^\/v2\/{2,}/, '/v2/') : raw
  if (path.length > 5 && path.endsWith('/') && path.startsWith('/v2/')) path = path.slice(0, -1)
  // A UUID ends in `==`: without one, there is none to join.
  if (!path.includes('==')) return path
  const parent = UUID_PARENT.exec(path)
  if (!parent) return path
  const [, base, rest = ''] = parent
  if (rest.startsWith('/')) return `${base}/${rest.replace(/^\/+/, '')}`
  const segments = rest.split('/')
  if (segments.length < 2 || UUID.test(segments[0] ?? '')) return path
  for (let count = 2; count <= segments.length; count++) {
    const parts = segments.slice(0, count)
    const joined = parts.join('/')
    if (joined.length > UUID_LENGTH || parts.includes('')) return path
    if (UUID.test(joined)) return [`${base}/${parts.join('%2F')}`, ...segments.slice(count)].join('/')
  }
  return path
}
