/** @module useEmulator: one emulator per test file behind MSW (unhandled requests fail), reset after every test. */
import type { RequestHandler, UnhandledRequestStrategy, WebSocketHandler } from 'msw'
import { type SetupServer, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import type { TimeSource } from './core/clock.js'
import type { Emulator, EmulatorOptions } from './core/emulator.js'
import { createEmulator } from './emulator.js'
import { createHandlers, type HandlerOptions } from './msw.js'

export interface UseEmulatorOptions extends EmulatorOptions, HandlerOptions {
  /**
   * Fixes the emulator's clock and vitest's system time (`vi.setSystemTime`, `Date` only) at this
   * instant, so code that signs with `Date.now()` agrees with the emulator. Moving either moves
   * both; each test starts at this instant again; the real `Date` is back after the file.
   */
  now?: EmulatorOptions['now']
  /** The app's own MSW handlers, served by the same server and tried before the emulator's. */
  handlers?: readonly (RequestHandler | WebSocketHandler)[]
  /** What MSW does with a request no handler answers: `'error'` (the default) fails the test. */
  onUnhandledRequest?: UnhandledRequestStrategy
}

export interface EmulatorInTests extends Emulator {
  /** The MSW server, for `msw.use(...)` overrides in one test (undone after it). */
  readonly msw: SetupServer
}

/** vitest's system time: `Date` as the code under test sees it. */
const vitestSystemTime: TimeSource = {
  now: () => Date.now(),
  set: (ms) => vi.setSystemTime(ms),
  wallNow: () => vi.getRealSystemTime(),
}

/**
 * Registers beforeAll/afterEach/afterAll in the calling test file (or describe block): MSW answers
 * the real origins (and the local one) from the emulator, after the app's own `handlers`; any
 * other request fails the test. After each test the handlers are restored, sandboxes deleted and
 * the default world reset (with `now`, `Date` too).
 */
export function useEmulator({
  localOrigin,
  handlers = [],
  onUnhandledRequest = 'error',
  ...options
}: UseEmulatorOptions = {}): EmulatorInTests {
  const fixesTime = options.now !== undefined
  const emulator = createEmulator(fixesTime ? { ...options, timeSource: vitestSystemTime } : options)
  const msw = setupServer(
    ...handlers,
    ...createHandlers(emulator, localOrigin === undefined ? {} : { localOrigin }),
  )
  beforeAll(() => {
    if (fixesTime) emulator.clock.reset()
    msw.listen({ onUnhandledRequest })
  })
  afterEach(() => {
    msw.resetHandlers()
    for (const id of [...emulator.worlds.sandboxes.keys()]) emulator.deleteSandbox(id)
    emulator.reset()
  })
  afterAll(() => {
    msw.close()
    if (fixesTime) vi.useRealTimers()
  })
  return Object.assign(emulator, { msw })
}
