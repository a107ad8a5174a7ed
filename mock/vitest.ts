/** @module useEmulator: one emulator per test file behind MSW (unhandled requests fail), reset after every test. */
import { type SetupServer, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js'
import { createHandlers, type HandlerOptions } from './msw.js'

export interface UseEmulatorOptions extends EmulatorOptions, HandlerOptions {}

export interface EmulatorInTests extends Emulator {
  /** The MSW server, for `msw.use(...)` overrides in one test (undone after it). */
  readonly msw: SetupServer
}

/**
 * Registers beforeAll/afterEach/afterAll in the calling test file: MSW answers the real origins
 * (and the local one) from the emulator, any other request fails the test; after each test the
 * handlers are restored, sandboxes deleted and the default world reset.
 */
export function useEmulator({ localOrigin, ...options }: UseEmulatorOptions = {}): EmulatorInTests {
  const emulator = createEmulator(options)
  const msw = setupServer(...createHandlers(emulator, localOrigin === undefined ? {} : { localOrigin }))
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    msw.resetHandlers()
    for (const id of [...emulator.worlds.sandboxes.keys()]) emulator.deleteSandbox(id)
    emulator.reset()
  })
  afterAll(() => msw.close())
  return Object.assign(emulator, { msw })
}
