/** @module The meetings a credential associates with its courses and a user hosts, as a timeline kept until either side changes. */

import { Timeline } from '../../core/lib/timeline.js'
import type { Store } from '../../core/store.js'
import type { MeetingTable } from '../zoom/tables.js'
import type { AssociationTable } from './association-table.js'

interface Cached {
  meetings: MeetingTable
  hostVersion: number
  associationVersion: number
  timeline: Timeline
}

const timelines = new WeakMap<AssociationTable, Map<string, Cached>>()

/** Fixed: types 1 and 2 with a start (one occurrence); recurring and type 3 meetings are scheduled one by one per request. */
export function courseTimeline(store: Store, credentialKey: string, hostId: string): Timeline {
  const { associations } = store.lti
  const { meetings } = store.zoom
  let byKey = timelines.get(associations)
  if (!byKey) {
    byKey = new Map()
    timelines.set(associations, byKey)
  }
  const key = `${credentialKey}|${hostId}`
  const hostVersion = meetings.hostVersion(hostId)
  const associationVersion = associations.version(credentialKey)
  const cached = byKey.get(key)
  if (
    cached?.meetings === meetings &&
    cached.hostVersion === hostVersion &&
    cached.associationVersion === associationVersion
  )
    return cached.timeline
  const linked = associations.meetingsOf(credentialKey)
  const hosted = meetings.idsOfHost(hostId)
  const ids =
    hosted.size <= linked.size
      ? [...hosted].filter((id) => linked.has(id))
      : [...linked.keys()].filter((id) => hosted.has(id))
  const timeline = new Timeline(
    ids.flatMap((id) => meetings.get(id) ?? []),
    (m) => m.type === 1 || m.type === 2,
  )
  byKey.set(key, { meetings, hostVersion, associationVersion, timeline })
  return timeline
}
