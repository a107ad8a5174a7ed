/** @module Test wiring: an emulator whose every response is checked against the contracts. */
import { createEmulator, type Emulator, type EmulatorOptions } from '../mock/emulator.js'
import { validatingFetch } from './contract.js'

/** A fixed instant for tests: 2026-11-22T12:00:00Z. */
export const T0 = Date.parse('2026-11-22T12:00:00.000Z')

/** An emulator frozen at T0 (unless told otherwise) whose responses must all match their contracts. */
export function createTestEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ now: T0, ...options })
  const unchecked = emulator.fetch
  emulator.fetch = validatingFetch(unchecked)
  return emulator
}
