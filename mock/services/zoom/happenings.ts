/** @module What the emulator clock has made happen of meetings: instances and their participants. */
import type { World } from '../../core/world.js'

// placeholder; zoom-happenings provides it
export function settleHappenings(_world: World, _meetingIds?: Iterable<string>): void {}
