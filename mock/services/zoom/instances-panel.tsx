/** @module The Zoom instances panel: what happened of meetings and webinars, live instances first (each with End now), then the latest past ones, each with its participants; the Start now and End now buttons. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Badge, Code, Section, Table } from '../../dashboard/components.js'
import { relative, span, utc } from '../../dashboard/format.js'
import type { ZoomInstance, ZoomState } from './state.js'

/** How many past instances the panel shows, newest first. */
const PAST_SHOWN = 20

/** A button that starts (or ends) an instance of meeting or webinar `id` now through the control API. */
export const HappeningButton: FC<{
  command: 'start' | 'end'
  id: number
  topic: string
  kind?: ZoomInstance['kind']
}> = ({ command, id, topic, kind = 'meeting' }) => (
  <button
    type="button"
    data-action="happening"
    data-path={`/zoom/${kind}s/${id}/${command}`}
    data-done={`${command === 'start' ? 'Started' : 'Ended'} ${kind} ${id} (${topic}).`}
    aria-label={`${command === 'start' ? 'Start now' : 'End now'}: ${kind} ${id}`}
  >
    {command === 'start' ? 'Start now' : 'End now'}
  </button>
)

const participantsOf = (zoom: ZoomState, instance: ZoomInstance) =>
  [...zoom.participants.members('instance', instance.uuid)].flatMap((id) => zoom.participants.get(id) ?? [])

const Who: FC<{ zoom: ZoomState; instance: ZoomInstance }> = ({ zoom, instance }) => {
  const joins = participantsOf(zoom, instance)
  if (joins.length === 0) return <span class="muted">nobody</span>
  return (
    <ul class="participants">
      {joins.map((p) => (
        <li data-participant={p.id}>
          {p.name} <small class="muted">{p.user_email}</small>{' '}
          <small>
            {utc(Date.parse(p.join_time))} → {p.leave_time ? utc(Date.parse(p.leave_time)) : 'still in'}
          </small>
        </li>
      ))}
    </ul>
  )
}

const Rows = ({ zoom, instances, now }: { zoom: ZoomState; instances: ZoomInstance[]; now: number }) =>
  instances.map((instance) => {
    const start = Date.parse(instance.start_time)
    const end = instance.end_time === undefined ? now : Date.parse(instance.end_time)
    return (
      <tr data-instance={instance.uuid}>
        <td>
          <Code>{String(instance.id)}</Code>
          <br />
          <small>
            <Code>{instance.uuid}</Code>
          </small>
        </td>
        <td class="topic">{instance.topic}</td>
        <td>
          {utc(start)} {instance.end_time === undefined ? <Badge tone="ok">live now</Badge> : null}
          <br />
          <small class="muted">{relative(start, now)}</small>
        </td>
        <td>{span(end - start)}</td>
        <td>
          <Who zoom={zoom} instance={instance} />
        </td>
        <td>
          {instance.end_time === undefined ? (
            <HappeningButton command="end" id={instance.id} topic={instance.topic} kind={instance.kind} />
          ) : null}
        </td>
      </tr>
    )
  })

const HEAD = ['meeting · instance', 'topic', 'started', 'lasted', 'participants', 'now']

export const ZoomInstances: FC<{ world: World }> = ({ world }) => {
  const { zoom } = world.store
  const now = world.clock.now()
  const all = [...zoom.instances.values()]
  const live = all.filter((i) => i.end_time === undefined)
  const past = all
    .filter((i) => i.end_time !== undefined)
    .sort((a, b) => Date.parse(b.start_time) - Date.parse(a.start_time))
    .slice(0, PAST_SHOWN)
  return (
    <Section
      id="zoom-instances"
      title="Zoom meeting instances"
      count={all.length}
      note="What happened on the emulator clock. The buttons call POST /__emulator/zoom/meetings/{id}/start (or /end; /webinars/{id}/… for a webinar)."
    >
      <h3>Live</h3>
      <Table id="instances-live" head={HEAD} empty="No meeting is live.">
        {Rows({ zoom, instances: live, now })}
      </Table>
      <h3>Past (latest {PAST_SHOWN})</h3>
      <Table id="instances-past" head={HEAD} empty="No meeting has happened yet.">
        {Rows({ zoom, instances: past, now })}
      </Table>
    </Section>
  )
}
