/**
 * @module Meeting UUIDs sent raw in a path. Zoom asks for a UUID to be double-encoded only when it
 * starts with `/` or contains `//`; one with a lone `/` inside may be sent as it is (mod_zoom's
 * encode_uuid does), and Zoom reads it as one segment. Before routing, such a UUID is `%2F`-encoded,
 * so the route's parameter holds it whole.
 */

const UUID_PARENT =
  /^(\/v2\/(?:past_meetings|past_webinars|meetings|webinars|report\/meetings|report\/webinars|metrics\/meetings|metrics\/webinars))\/(.+)$/
const UUID = /^[A-Za-z0-9+/]{22}==$/
const UUID_LENGTH = 24

export function routedZoomPath(path: string): string {
  const parent = UUID_PARENT.exec(path)
  if (!parent) return path
  const [, base, rest = ''] = parent
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
