/** @module SharedMemos: what an emulator's worlds share (the Zoom time zones) lasts across resets, state imports and sandboxes, and is the emulator's alone. */
import { expect, test } from 'vitest'
import { SharedMemos } from '../../mock/core/shared-memos.js'
import { createEmulator } from '../../mock/emulator.js'
import { timeZonesOf } from '../../mock/services/zoom/meeting-view.js'

test('computes a memo once for the memos it is kept in', () => {
  const memos = new SharedMemos()
  let made = 0
  const make = () => ({ made: ++made })
  expect(memos.memo('a', make)).toBe(memos.memo('a', make))
  expect(memos.memo('b', make)).toEqual({ made: 2 })
  expect(new SharedMemos().memo('a', make)).toEqual({ made: 3 })
})

test("every world of an emulator reads zones with the emulator's TimeZones, after a reset, a state import and in a sandbox; another emulator has its own", () => {
  const emulator = createEmulator()
  const zonesOf = (world = emulator.worlds.defaultWorld) => timeZonesOf(world.store.zoom.meetings)
  const first = zonesOf()
  emulator.reset()
  expect(zonesOf()).toBe(first)
  emulator.importState(emulator.exportState())
  expect(zonesOf()).toBe(first)
  const { id } = emulator.createSandbox()
  expect(zonesOf(emulator.worlds.sandboxes.get(id))).toBe(first)
  const other = createEmulator()
  expect(timeZonesOf(other.worlds.defaultWorld.store.zoom.meetings)).not.toBe(first)
})
