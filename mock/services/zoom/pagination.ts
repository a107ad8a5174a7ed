/** @module Zoom's `page_size` / `next_page_token` paging: keyset tokens, stable for the same request and opaque. */
import { invalidPageToken } from './errors.js'

export type SortKey = (string | number)[]

export const compareKeys = (a: SortKey, b: SortKey): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (x === undefined) return -1
    if (y === undefined) return 1
    return x < y ? -1 : 1
  }
  return 0
}

/**
 * One page of `items` in `keyOf` order. The token names the last key returned and the list it
 * belongs to (`listId`), so a page never repeats or skips an item when others are added or removed.
 */
export function paginate<T>(
  items: T[],
  keyOf: (item: T) => SortKey,
  pageSize: number,
  token: string | undefined,
  listId: string,
): { page: T[]; nextPageToken: string; total: number } {
  const sorted = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key))
  const after = token ? decodePageToken(token, listId) : undefined
  const rest = after ? sorted.filter((s) => compareKeys(s.key, after) > 0) : sorted
  const page = rest.slice(0, pageSize)
  const last = page.at(-1)
  const nextPageToken = rest.length > pageSize && last ? encodePageToken(listId, last.key) : ''
  return { page: page.map((s) => s.item), nextPageToken, total: items.length }
}

/** The last key a token names, or Zoom's invalid-token error when it is malformed or from another list. */
export function decodePageToken(token: string, listId: string): SortKey {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      l?: unknown
      k?: unknown
    }
    if (decoded.l !== listId || !Array.isArray(decoded.k)) throw new Error('foreign token')
    return decoded.k as SortKey
  } catch {
    throw invalidPageToken()
  }
}

export const encodePageToken = (listId: string, key: SortKey): string =>
  Buffer.from(JSON.stringify({ l: listId, k: key })).toString('base64url')
