/**
 * @module Webinar events from the webinars' state changes: webinar.created, webinar.updated (with
 * old_object) and webinar.deleted, objects shaped as `@zoom/rivet`'s WebinarCreatedEvent,
 * WebinarUpdatedEvent and WebinarDeletedEvent type them.
 */
import { toOccurrences } from '../../../../src/zoom/recurrence.js'
import { formatGmt } from '../../../../src/zoom/time.js'
import { joinUrl } from '../../../../src/zoom/urls.js'
import type { World } from '../../../core/world.js'
import { timeZonesOf } from '../meeting-view.js'
import type { ZoomWebinar } from '../state.js'
import { webinarStarts } from '../webinar-schedule.js'
import { webinarSummary } from '../webinar-view.js'
import { changes, emitZoomEvent } from './events.js'

type Obj = Record<string, unknown>

export function webinarCreated(world: World, w: ZoomWebinar): void {
  const starts = webinarStarts(w, timeZonesOf(world.store.zoom.meetings))
  const object = {
    ...webinarSummary(w),
    join_url: joinUrl({ id: w.id, encrypted_password: w.encrypted_passcode }),
    password: w.password,
    creation_source: 'open_api',
    ...(w.type === 9 ? { occurrences: toOccurrences([...starts], w.duration) } : {}),
    settings: { use_pmi: false, alternative_hosts: w.settings.alternative_hosts },
    ...(w.recurrence ? { recurrence: { ...w.recurrence } } : {}),
  }
  emitZoomEvent(world, 'webinar.created', object, { fields: { operation: 'all' } })
}

const WEBINAR_FIELDS = [
  'host_id',
  'topic',
  'type',
  'start_time',
  'duration',
  'timezone',
  'agenda',
  'password',
  'settings',
  'recurrence',
] as const

/** Nothing is sent when the update changed nothing. */
export function webinarUpdated(world: World, before: ZoomWebinar, after: ZoomWebinar): void {
  const diff = changes(before as unknown as Obj, after as unknown as Obj, WEBINAR_FIELDS, after.id)
  if (diff)
    emitZoomEvent(world, 'webinar.updated', diff[0], { old_object: diff[1], fields: { scope: 'all' } })
}

/** The whole webinar, or (`occurrenceId`) the one occurrence deleted of it. */
export function webinarDeleted(world: World, w: ZoomWebinar, occurrenceId?: string): void {
  const object = {
    ...webinarSummary(w),
    ...(occurrenceId === undefined
      ? {}
      : { occurrences: [{ occurrence_id: occurrenceId, start_time: formatGmt(Number(occurrenceId)) }] }),
  }
  emitZoomEvent(world, 'webinar.deleted', object, {
    fields: { operation: occurrenceId === undefined ? 'all' : 'single' },
  })
}
