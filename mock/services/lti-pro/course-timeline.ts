/** @module The meetings a credential associates with its courses and a user hosts, as a timeline kept until either side changes. */

import { Timeline } from '../../core/lib/timeline.js'
import type { Store } from '../../core/store.js'
import type { ZoomMeeting } from '../zoom/state.js'

/** Fixed: types 1 and 2 with a start (one occurrence); recurring and type 3 meetings are scheduled one by one per request. */
export function courseTimeline(store: Store, credentialKey: string, hostId: string): Timeline<ZoomMeeting> {
  const { associations } = store.lti
  const { meetings } = store.zoom
  const deps = [
    meetings,
    meetings.groupVersion('host', hostId),
    associations.groupVersion('credential', credentialKey),
  ]
  return associations.memo(`course-timeline|${credentialKey}|${hostId}`, deps, () => {
    const linked = associations.members('credential', credentialKey)
    const hosted = meetings.members('host', hostId)
    const ids =
      hosted.size <= linked.size
        ? [...hosted].filter((id) => linked.has(id))
        : [...linked].filter((id) => hosted.has(id))
    return new Timeline(
      ids.flatMap((id) => meetings.get(id) ?? []),
      (m) => m.type === 1 || m.type === 2,
    )
  })
}
