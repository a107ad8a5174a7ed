/** @module GET /__emulator/dashboard/events: one world's Server-Sent Events for the dashboard — each new journal entry, the journal cleared, the world panels when they change. */
import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import { controlErrorBody } from '../control/errors.js'
import type { Env } from '../core/context.js'
import { IndexedTable } from '../core/lib/indexed-table.js'
import type { World } from '../core/world.js'

export const EVENTS_PATH = '/__emulator/dashboard/events'

/** How many of the newest entries a fresh connection gets. */
const EVENTS_BACKLOG = 500
/** How often the stream looks at the world when no request woke it. */
const LOOK_MS = 1000
/** The panels are rendered and compared at most this often while requests keep coming… */
const MIN_RENDER_MS = 300
/** …and at least this often, for changes the fingerprint cannot see (a Map entry replaced in place). */
const MAX_RENDER_MS = 5000

/**
 * What the panels depend on that costs nothing to read: the store object (reset and imports
 * replace it), the clock to the second, and each table's version (IndexedTable), size (Map) or
 * length (array).
 */
function fingerprint(world: World): unknown[] {
  const parts: unknown[] = [world.store, Math.floor(world.clock.now() / 1000)]
  for (const slice of Object.values(world.store) as object[])
    for (const value of Object.values(slice) as unknown[])
      parts.push(
        value instanceof IndexedTable
          ? value.version
          : value instanceof Map
            ? value.size
            : Array.isArray(value)
              ? value.length
              : undefined,
      )
  return parts
}

/** What names a rendering of the panels: the page carries it, so the stream knows what the page shows. */
export const panelsDigest = (html: string): string => createHash('sha1').update(html).digest('base64url')

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((part, i) => part === b[i])

export interface WorldEventsOptions {
  world: World
  /** The world's panels as the fragment route renders them. */
  panels: (world: World) => string | Promise<string>
  /** False once the world is gone (a deleted sandbox): the stream then says so and ends. */
  alive: () => boolean
  /** The `panelsDigest` of the panels the page was served with, if it said. */
  shownDigest?: string | undefined
}

/**
 * The stream: `ready` (its id the last entry id sent before), `journal` events (id = entry id,
 * data = the entry as `GET requests` gives it; a reconnection's `Last-Event-ID` resumes after it),
 * `cleared`, `world` (data = the panels' HTML) and `gone`. Only for EventSource: without `Accept: text/event-stream` it answers 406.
 */
export function worldEvents(
  c: Context<Env>,
  { world, panels, alive, shownDigest }: WorldEventsOptions,
): Response {
  if (!(c.req.header('accept') ?? '').includes('text/event-stream'))
    return c.json(
      controlErrorBody(
        'This is a Server-Sent Events stream: send "Accept: text/event-stream" (EventSource does).',
      ),
      406,
    )
  const lastEventId = c.req.header('last-event-id')
  const resumeAfter = Number(lastEventId)
  return streamSSE(c, async (stream) => {
    let sentId = Number.isSafeInteger(resumeAfter) && resumeAfter > 0 ? resumeAfter : 0
    // Ids past the journal's: the emulator restarted since, and what the page shows is gone.
    let cleared = sentId > world.journal.lastId
    if (cleared) sentId = 0
    let wake: (() => void) | undefined
    const unwatch = world.journal.watch((change) => {
      if (change === 'cleared') cleared = true
      wake?.()
    })
    stream.onAbort(() => {
      unwatch()
      wake?.()
    })
    // A page gets the panels at once unless they are those it was served with; a reconnecting one
    // (it sends Last-Event-ID, as `ready` carries an id) always, for what it may have missed.
    let shown: string | undefined
    let seen: unknown[] = []
    let renderedAt = 0
    await stream.writeSSE({ event: 'ready', data: '', id: String(sentId), retry: 3000 })
    while (!stream.aborted && !stream.closed) {
      if (!alive()) {
        await stream.writeSSE({ event: 'gone', data: '' })
        break
      }
      if (cleared) {
        cleared = false
        await stream.writeSSE({ event: 'cleared', data: '' })
      }
      for (const entry of world.journal.after(sentId, EVENTS_BACKLOG)) {
        await stream.writeSSE({ event: 'journal', id: String(entry.id), data: JSON.stringify(entry) })
        sentId = entry.id
      }
      const now = performance.now()
      const print = fingerprint(world)
      const due = now - renderedAt >= (same(print, seen) ? MAX_RENDER_MS : MIN_RENDER_MS)
      if (due) {
        world.settle()
        const html = await panels(world)
        renderedAt = now
        seen = print
        const fresh = shown === undefined && lastEventId === undefined && panelsDigest(html) === shownDigest
        if (html !== shown && !fresh) await stream.writeSSE({ event: 'world', data: html })
        shown = html
      }
      await new Promise<void>((resume) => {
        const timer = setTimeout(resume, LOOK_MS)
        wake = () => {
          clearTimeout(timer)
          // A burst of requests is sent together.
          setTimeout(resume, 20)
          wake = undefined
        }
      })
    }
    unwatch()
  })
}
