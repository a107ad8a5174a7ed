/** @module The dashboard's webhook panel: the world's subscriptions (never their secret) and its latest delivery attempts. */
import type { FC } from 'hono/jsx'
import type { World } from '../../../core/world.js'
import { Badge, Code, Section, Table } from '../../../dashboard/components.js'
import { existingDispatcher } from './dispatcher.js'

const SHOWN_DELIVERIES = 20
const STATUS_TONES = { validated: 'ok', pending: 'warn', failed: 'bad' } as const

export const ZoomWebhooks: FC<{ world: World }> = ({ world }) => {
  const subscriptions = [...world.store.zoom.webhooks.values()]
  const deliveries = (existingDispatcher(world)?.deliveries() ?? []).slice(-SHOWN_DELIVERIES).reverse()
  return (
    <Section id="zoom-webhooks" title="Zoom webhooks" count={subscriptions.length}>
      <Table id="zoom-webhooks-table" head={['id', 'url', 'events', 'status']} empty="No subscriptions.">
        {subscriptions.map((s) => (
          <tr data-webhook={s.id}>
            <td>
              <Code>{s.id}</Code>
            </td>
            <td>{s.url}</td>
            <td>{s.events.join(', ')}</td>
            <td>
              <Badge tone={STATUS_TONES[s.status]}>{s.status}</Badge>
            </td>
          </tr>
        ))}
      </Table>
      <Table
        id="zoom-webhook-deliveries"
        head={['due', 'event', 'target', 'attempt', 'outcome', 'answer']}
        empty="No deliveries yet."
      >
        {deliveries.map((d) => (
          <tr data-delivery={d.id}>
            <td>{d.dueAt}</td>
            <td>{d.event}</td>
            <td>{d.target}</td>
            <td>{d.attempt}</td>
            <td>{d.outcome}</td>
            <td>{d.status ?? d.error ?? ''}</td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}
