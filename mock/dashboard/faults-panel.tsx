/** @module The fault rules panel: a world's rules with how often each fired, a form that adds one, and buttons that remove one or all (`/__emulator/faults`). */
import type { FC } from 'hono/jsx'
import type { FaultRule } from '../core/faults.js'
import type { World } from '../core/world.js'
import { Code, Section, Table } from './components.js'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

const matchText = ({ match }: FaultRule) =>
  `${match.service ?? 'any service'} · ${match.method?.toUpperCase() ?? 'any method'} · ${match.path ?? 'any path'}`

function actionText(rule: FaultRule): string {
  const delay = rule.delayMs === undefined ? '' : `wait ${rule.delayMs} ms`
  const headers = Object.entries(rule.response?.headers ?? {}).map(([name, value]) => `${name}: ${value}`)
  const answer = rule.response
    ? `answer ${rule.response.status}${headers.length ? ` with ${headers.join(', ')}` : ''}`
    : ''
  const then = rule.drop ? 'drop the connection' : answer
  const chance = rule.probability === undefined ? '' : ` (chance ${rule.probability})`
  return `${[delay, then].filter(Boolean).join(', then ')}${chance}`
}

const FaultRow: FC<{ rule: FaultRule }> = ({ rule }) => (
  <tr data-fault={rule.id}>
    <td>
      <Code>{rule.id}</Code>
    </td>
    <td class="topic">{matchText(rule)}</td>
    <td>{actionText(rule)}</td>
    <td>{rule.times === undefined ? String(rule.fired) : `${rule.fired} of ${rule.times}`}</td>
    <td>
      <button type="button" data-action="remove-fault" data-fault={rule.id} aria-label={`Remove ${rule.id}`}>
        Remove
      </button>
    </td>
  </tr>
)

const FaultForm: FC<{ names: string[] }> = ({ names }) => (
  <form id="fault-form" class="action-form" novalidate>
    <fieldset>
      <legend>Add a fault rule</legend>
      <label>
        Service
        <select name="service">
          <option value="">any service</option>
          {names.map((name) => (
            <option value={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Method
        <select name="method">
          <option value="">any method</option>
          {METHODS.map((method) => (
            <option value={method}>{method}</option>
          ))}
        </select>
      </label>
      <label class="wide">
        Path (* is any text)
        <input name="path" placeholder="/v2/users/*" />
      </label>
      <fieldset class="wide choices">
        <legend>Then</legend>
        <label>
          <input type="radio" name="does" value="answer" checked /> answer
        </label>
        <label>
          <input type="radio" name="does" value="drop" /> drop the connection
        </label>
        <label>
          <input type="radio" name="does" value="delay" /> only wait
        </label>
      </fieldset>
      <label>
        Status
        <input name="status" type="number" value="503" />
      </label>
      <label class="wide">
        Body (JSON or text)
        <input name="body" placeholder='{"code":124,"message":"…"}' />
      </label>
      <label class="wide">
        Response headers (one Name: value a line)
        <textarea name="headers" rows={2} placeholder="Retry-After: 30" />
      </label>
      <label>
        Wait first (ms)
        <input name="delayMs" type="number" />
      </label>
      <label>
        At most (times)
        <input name="times" type="number" />
      </label>
      <label>
        Probability (0–1)
        <input name="probability" type="number" step="0.05" />
      </label>
      <div class="form-buttons wide">
        <button type="submit">Add rule</button>
      </div>
      <p class="form-message wide" data-role="message" role="status" />
    </fieldset>
  </form>
)

export const FaultsPanel: FC<{ world: World }> = ({ world }) => {
  const rules = world.faults.list()
  const names = world.services.flatMap((service) => [service.name, ...(service.outboundNames ?? [])])
  return (
    <Section
      id="faults"
      title="Fault rules"
      count={rules.length}
      note="They answer, delay or drop this world's service requests; the first rule that matches and has firings left fires."
    >
      <Table id="faults-table" head={['id', 'matches', 'does', 'fired', 'remove']} empty="No fault rules.">
        {rules.map((rule) => (
          <FaultRow rule={rule} />
        ))}
      </Table>
      {rules.length > 0 ? (
        <p class="controls">
          <button type="button" class="danger" data-action="clear-faults">
            Remove every rule
          </button>
        </p>
      ) : null}
      <FaultForm names={names} />
    </Section>
  )
}
