/** @module What the clock has made happen of Zoom meetings: placeholder; zoom-happenings provides it. */
import type { World } from '../../core/world.js'

// placeholder; zoom-happenings provides it
export function settleHappenings(_world: World, _meetingIds?: Iterable<string>): void {}
