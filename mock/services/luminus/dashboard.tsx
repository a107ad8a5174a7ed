/** @module The LumiNUS panel: its meetings, each with the Zoom meeting it mirrors, and who may use which key. */
import type { FC } from 'hono/jsx'
import type { Credentials, Store } from '../../core/store.js'
import type { World } from '../../core/world.js'
import { Badge, Code, Section, Table } from '../../dashboard/components.js'
import { inZone } from '../../dashboard/format.js'
import { LuminusForms } from './dashboard-forms.js'

const TYPES: Record<number, string> = { 1: 'exam', 2: 'custom', 3: 'timetable' }

export const LuminusMeetings: FC<{ store: Store }> = ({ store }) => {
  const { luminus, zoom } = store
  const meetings = [...luminus.meetings.values()]
  return (
    <Section id="luminus-meetings" title="LumiNUS meetings" count={meetings.length}>
      <Table
        id="luminus-meetings-table"
        head={['id', 'module', 'name', 'Zoom meeting', 'starts (SGT)', 'type', 'creator']}
        empty="No LumiNUS meetings."
      >
        {meetings.map((m) => {
          const module = luminus.modules.get(m.moduleId)
          const inZoom = zoom.meetings.get(m.meetingID)
          return (
            <tr data-luminus={m.id}>
              <td>
                <Code>{m.id}</Code>
              </td>
              <td title={module?.name}>{module?.code ?? m.moduleId}</td>
              <td>{m.name}</td>
              <td>
                <Code>{m.meetingID}</Code>{' '}
                {inZoom ? (
                  <small class="muted">{inZoom.topic}</small>
                ) : (
                  <Badge tone="bad">deleted in Zoom</Badge>
                )}
              </td>
              <td>{inZone(Date.parse(m.startDate), 'Asia/Singapore')}</td>
              <td>{TYPES[m.meetingType] ?? String(m.meetingType)}</td>
              <td>{luminus.users.get(m.creatorID)?.name ?? m.creatorID}</td>
            </tr>
          )
        })}
      </Table>
      <h3>Subscription keys</h3>
      <Table head={['key', 'user', 'access']} empty="No subscription keys.">
        {[...luminus.subscriptions.values()].map((s) => {
          const access = [...luminus.staff.values()].filter((staff) => staff.userId === s.userId)
          return (
            <tr>
              <td>
                <Code>{s.key}</Code>
              </td>
              <td>{`${luminus.users.get(s.userId)?.name ?? ''} (${s.userId})`}</td>
              <td>
                {access.length
                  ? access
                      .map((a) => `${luminus.modules.get(a.moduleId)?.code ?? a.moduleId}: ${a.access}`)
                      .join(', ')
                  : 'no module rights'}
              </td>
            </tr>
          )
        })}
      </Table>
    </Section>
  )
}

export const LuminusCredentials: FC<{ credentials: Credentials['luminus'] }> = ({ credentials: c }) => (
  <>
    <dt>LumiNUS</dt>
    <dd>
      staff key <Code>{c.subscriptionKey}</Code> student key <Code>{c.studentKey}</Code>
    </dd>
  </>
)

export const LuminusPanels: FC<{ world: World }> = ({ world }) => (
  <>
    <LuminusMeetings store={world.store} />
    <LuminusForms world={world} />
  </>
)
