/** @module Zoom's paging: `page_number` and `next_page_token` (keyset, carrying its list's query, expiring after 15 minutes). */
import { expiredPageToken, invalidPageToken } from './errors.js'

export type SortKey = (string | number)[]

/** A list's filter parameters (`status`, `type`), as the contract has checked and defaulted them. */
export type Filters = Record<string, string>

/** The values each filter of a list may take (or a test of them, for free values such as dates): a token naming another is refused. */
export type FilterChoices<F extends Filters> = {
  [K in keyof F]: readonly F[K][] | ((value: string) => boolean)
}

/** Zoom documents that a next page token expires 15 minutes after it is issued. */
const PAGE_TOKEN_TTL_MS = 15 * 60_000
/** The contract's bound on `page_size`, which a token's page size keeps to. */
const MAX_PAGE_SIZE = 300

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

/** A list request: its filters, which query parameters were sent (not defaulted), and its paging parameters. */
export interface ListQuery<F extends Filters> {
  filters: F
  sent: (name: string) => boolean
  page_size: number
  page_number: number
  next_page_token?: string | undefined
}

/** Where a page starts: after the token's last key, else at `(pageNumber - 1) * pageSize`. */
export interface Position<F extends Filters> {
  filters: F
  pageSize: number
  pageNumber: number
  after: SortKey | undefined
  offset: number
}

interface PageToken {
  /** The list (account or host) it was issued for. */
  l: string
  /** The filters of the request it was issued for. */
  q: Filters
  /** Page size and the number of the page it leads to. */
  z: number
  n: number
  /** The last key of the page it follows, and when it was issued (emulator clock). */
  k: SortKey
  t: number
}

/**
 * The position a request names. A token alone continues the list it was issued for (its filters
 * and page size); a filter sent explicitly must match the token's, else the token is refused.
 */
export function position<F extends Filters>(
  listId: string,
  query: ListQuery<F>,
  choices: FilterChoices<F>,
  now: number,
): Position<F> {
  const { filters, page_size: pageSize, page_number: pageNumber, next_page_token: token } = query
  if (!token) return { filters, pageSize, pageNumber, after: undefined, offset: (pageNumber - 1) * pageSize }
  const decoded = decodePageToken(token, listId, now)
  const names = Object.keys(choices)
  const tokenFilters = decoded.q as Partial<F>
  const chosen = (name: keyof F) => {
    const allowed = choices[name]
    const value = tokenFilters[name]
    return typeof allowed === 'function'
      ? typeof value === 'string' && allowed(value)
      : allowed.includes(value as F[keyof F])
  }
  const foreign = Object.keys(tokenFilters).length !== names.length || !names.every(chosen)
  if (foreign || names.some((name) => query.sent(name) && tokenFilters[name] !== filters[name]))
    throw invalidPageToken()
  return {
    filters: tokenFilters as F,
    pageSize: query.sent('page_size') ? pageSize : decoded.z,
    pageNumber: decoded.n,
    after: decoded.k,
    offset: 0,
  }
}

export interface Page<T> {
  page: T[]
  nextPageToken: string
  total: number
  pageSize: number
  pageNumber: number
  pageCount: number
}

/** The page from `rest` (the items from the position on, at least `pageSize + 1` of them when there are more), and its next token. */
export function pageOf<T, F extends Filters>(
  listId: string,
  at: Position<F>,
  rest: T[],
  keyOf: (item: T) => SortKey,
  total: number,
  now: number,
): Page<T> {
  const { pageSize, pageNumber } = at
  const page = rest.slice(0, pageSize)
  const last = page.at(-1)
  const next: PageToken | undefined =
    rest.length > pageSize && last
      ? { l: listId, q: at.filters, z: pageSize, n: pageNumber + 1, k: keyOf(last), t: now }
      : undefined
  return {
    page,
    nextPageToken: next ? Buffer.from(JSON.stringify(next)).toString('base64url') : '',
    total,
    pageSize,
    pageNumber,
    pageCount: Math.ceil(total / pageSize),
  }
}

/** One page of the items `itemsOf` the request's filters gives, in `keyOf` order. */
export function paginate<T, F extends Filters>(
  listId: string,
  query: ListQuery<F>,
  choices: FilterChoices<F>,
  now: number,
  keyOf: (item: T) => SortKey,
  itemsOf: (filters: F) => T[],
): Page<T> {
  const at = position(listId, query, choices, now)
  const items = itemsOf(at.filters)
  const sorted = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key))
  const { after } = at
  const from = after ? sorted.findIndex((s) => compareKeys(s.key, after) > 0) : at.offset
  const rest = from < 0 ? [] : sorted.slice(from, from + at.pageSize + 1).map((s) => s.item)
  return pageOf(listId, at, rest, keyOf, items.length, now)
}

function decodePageToken(token: string, listId: string, now: number): PageToken {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    throw invalidPageToken()
  }
  if (typeof decoded !== 'object' || decoded === null) throw invalidPageToken()
  const { l, q, z, n, k, t } = decoded as Partial<PageToken>
  const wellFormed =
    l === listId &&
    typeof q === 'object' &&
    q !== null &&
    Number.isInteger(z) &&
    (z as number) >= 1 &&
    (z as number) <= MAX_PAGE_SIZE &&
    Number.isInteger(n) &&
    (n as number) >= 2 &&
    Array.isArray(k) &&
    typeof t === 'number'
  if (!wellFormed) throw invalidPageToken()
  if (now - t > PAGE_TOKEN_TTL_MS) throw expiredPageToken()
  return decoded as PageToken
}
