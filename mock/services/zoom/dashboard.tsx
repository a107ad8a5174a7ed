/** @module The Zoom panels: the account's users, meetings split by the world's clock into upcoming and past, and webhooks. */
import type { FC } from 'hono/jsx'
import type { Credentials, Store } from '../../core/store.js'
import type { World } from '../../core/world.js'
import { Badge, Code, Section, Table } from '../../dashboard/components.js'
import { inZone, MINUTE, relative, span } from '../../dashboard/format.js'
import { ZoomForms } from './dashboard-forms.js'
import { liveInstanceOf } from './happenings.js'
import { HappeningButton, ZoomInstances } from './instances-panel.js'
import { occurrenceStartsOf } from './meeting-view.js'
import { ZoomRecordingsPanel } from './recordings-dashboard.js'
import type { ZoomMeeting } from './state.js'
import { ZoomWebhooks } from './webhooks/dashboard.js'

export type Phase = 'upcoming' | 'live' | 'past'

export interface Timing {
  phase: Phase
  /** Absent for meetings without a fixed time (type 3). */
  start?: number
  end?: number
}

/** When a meeting starts and ends (its last occurrence), and where it stands, by Zoom's own occurrence rules. */
export function timingOf(meeting: ZoomMeeting, now: number): Timing {
  const starts = occurrenceStartsOf(meeting)
  const start = starts[0]
  if (start === undefined) return { phase: meeting.type === 3 ? 'upcoming' : 'past' }
  const end = Math.max(...starts) + meeting.duration * MINUTE
  const phase: Phase = end <= now ? 'past' : start <= now ? 'live' : 'upcoming'
  return { phase, start, end }
}

export const MEETING_TYPES: Record<ZoomMeeting['type'], string> = {
  1: 'instant',
  2: 'scheduled',
  3: 'recurring, no fixed time',
  8: 'recurring',
  10: 'screen share only',
}

const USER_TYPES: Record<number, string> = { 1: 'basic', 2: 'licensed', 4: 'unassigned', 99: 'none' }

export const ZoomUsers: FC<{ store: Store }> = ({ store }) => {
  const users = [...store.zoom.users.values()]
  return (
    <Section id="zoom-users" title="Zoom users" count={users.length}>
      <Table id="zoom-users-table" head={['id', 'email', 'name', 'role', 'type', 'status']} empty="No users.">
        {users.map((u) => (
          <tr data-user={u.id}>
            <td>
              <Code>{u.id}</Code>
            </td>
            <td>{u.email}</td>
            <td>{`${u.first_name} ${u.last_name}`}</td>
            <td>{u.role_name}</td>
            <td>{USER_TYPES[u.type] ?? String(u.type)}</td>
            <td>{u.status}</td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}

interface Listed {
  meeting: ZoomMeeting
  timing: Timing
  courses: string[]
  /** Whether an instance of it is live (what start now and end now go by, not the schedule). */
  live: boolean
}

const When: FC<{ item: Listed; now: number }> = ({ item: { meeting, timing }, now }) => {
  if (timing.start === undefined) return <span class="muted">no fixed time</span>
  const badge = timing.phase === 'live' ? <Badge tone="ok">live now</Badge> : null
  return (
    <span title={meeting.start_time}>
      {inZone(timing.start, meeting.timezone)} {badge}
      <br />
      <small class="muted">
        {relative(timing.start, now)} · {meeting.timezone}
      </small>
    </span>
  )
}

const MeetingRows = ({ items, now }: { items: Listed[]; now: number }) =>
  items.map((item) => (
    <tr data-meeting={String(item.meeting.id)}>
      <td>
        <Code>{String(item.meeting.id)}</Code>
      </td>
      <td class="topic">{item.meeting.topic}</td>
      <td>
        <When item={item} now={now} />
      </td>
      <td>{span(item.meeting.duration * 60_000)}</td>
      <td>{MEETING_TYPES[item.meeting.type] ?? String(item.meeting.type)}</td>
      <td>{item.meeting.host_email}</td>
      <td>{item.courses.length ? item.courses.join(', ') : <span class="muted">—</span>}</td>
      <td>
        {item.live ? (
          <HappeningButton command="end" id={item.meeting.id} topic={item.meeting.topic} />
        ) : (
          <HappeningButton command="start" id={item.meeting.id} topic={item.meeting.topic} />
        )}
      </td>
    </tr>
  ))

const HEAD = ['number', 'topic', 'starts', 'duration', 'type', 'host', 'courses', 'now']

export const ZoomMeetings: FC<{ store: Store; now: number }> = ({ store, now }) => {
  const courses = (id: number) =>
    [...store.lti.associations.values()].filter((a) => a.meetingId === String(id)).map((a) => a.contextId)
  const items = [...store.zoom.meetings.values()].map((meeting) => ({
    meeting,
    timing: timingOf(meeting, now),
    courses: courses(meeting.id),
    live: liveInstanceOf(store.zoom, meeting.id) !== undefined,
  }))
  const byStart = (a: Listed, b: Listed) => (a.timing.start ?? -Infinity) - (b.timing.start ?? -Infinity)
  const upcoming = items.filter((i) => i.timing.phase !== 'past').sort(byStart)
  const past = items.filter((i) => i.timing.phase === 'past').sort((a, b) => byStart(b, a))
  return (
    <Section id="zoom-meetings" title="Zoom meetings" count={items.length}>
      <h3>Upcoming and live</h3>
      <Table id="meetings-upcoming" head={HEAD} empty="No upcoming meetings.">
        {MeetingRows({ items: upcoming, now })}
      </Table>
      <h3>Past</h3>
      <Table id="meetings-past" head={HEAD} empty="No past meetings.">
        {MeetingRows({ items: past, now })}
      </Table>
    </Section>
  )
}

export const ZoomCredentials: FC<{ credentials: Credentials['zoom'] }> = ({ credentials: c }) => (
  <>
    <dt>Zoom S2S OAuth</dt>
    <dd>
      account <Code credential="zoom-account-id">{c.accountId}</Code> client{' '}
      <Code credential="zoom-client-id">{c.clientId}</Code> secret{' '}
      <Code credential="zoom-client-secret">{c.clientSecret}</Code>
    </dd>
    <dt>Zoom JWT app</dt>
    <dd>
      key <Code>{c.jwtKey}</Code> secret <Code>{c.jwtSecret}</Code>
    </dd>
  </>
)

export const ZoomPanels: FC<{ world: World }> = ({ world }) => (
  <>
    <ZoomMeetings store={world.store} now={world.clock.now()} />
    <ZoomInstances world={world} />
    <ZoomRecordingsPanel world={world} />
    <ZoomUsers store={world.store} />
    <ZoomWebhooks world={world} />
    <ZoomForms world={world} />
  </>
)
