/** @module The request journal's frame (filters, pause, clear, the table) and the request inspector; the page's script fills them from the world's event stream. */
import type { FC } from 'hono/jsx'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { Section } from './components.js'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
const STATUSES: [value: string, label: string][] = [
  ['2xx', '2xx success'],
  ['3xx', '3xx redirect'],
  ['4xx', '4xx client error'],
  ['5xx', '5xx server error'],
  ['0', 'dropped'],
  ['fault', 'injected by a fault'],
]

const Choice: FC<{ name: string; label: string; options: [string, string][] }> = ({
  name,
  label,
  options,
}) => (
  <label>
    {label}{' '}
    <select name={name}>
      <option value="">all</option>
      {options.map(([value, text]) => (
        <option value={value}>{text}</option>
      ))}
    </select>
  </label>
)

export const Journal: FC<{ services: readonly ServiceModule[] }> = ({ services }) => (
  <Section
    id="journal"
    title="Request journal"
    note="Service requests, newest first. Control API calls and the dashboard's own are not journaled (as WireMock's journal leaves out its admin calls). Open a request to see everything it sent and got."
  >
    <form id="journal-filters" class="filters" aria-label="Filter the journal">
      <Choice name="service" label="Service" options={services.map((s) => [s.name, s.title])} />
      <Choice name="method" label="Method" options={METHODS.map((m) => [m, m])} />
      <Choice name="status" label="Status" options={STATUSES} />
      <label>
        Path <input name="path" type="search" placeholder="/v2/users" spellcheck={false} />
      </label>
      <label>
        Bodies <input name="text" type="search" placeholder="text in a body" spellcheck={false} />
      </label>
    </form>
    <div class="controls journal-controls">
      <button type="button" id="journal-pause" aria-pressed="false">
        Pause
      </button>
      <button type="button" id="journal-clear">
        Clear journal
      </button>
      <span id="journal-note" class="note" role="status">
        Loading…
      </span>
    </div>
    <div class="journal">
      <table id="journal-table">
        <thead>
          <tr>
            {['time', 'request', 'status', 'took', 'auth'].map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody id="journal-rows" />
      </table>
    </div>
  </Section>
)

/**
 * The inspector, a modal dialog. `data-credentials` holds the world's credentials, which the page
 * shows anyway (Credentials card): copy as curl and replay sign with them, in the page.
 */
export const Inspector: FC<{ world: World }> = ({ world }) => (
  <dialog
    id="inspector"
    aria-labelledby="inspector-title"
    data-credentials={JSON.stringify(world.credentials)}
  >
    <div class="inspector-head">
      <h2 id="inspector-title">Request</h2>
      <button type="button" data-inspector="close">
        Close <span aria-hidden="true">(Esc)</span>
      </button>
    </div>
    <div id="inspector-body" />
    <div class="controls">
      <button type="button" data-inspector="curl">
        Copy as curl
      </button>
      <button type="button" data-inspector="replay">
        Replay
      </button>
      <span id="inspector-note" class="note" role="status" />
    </div>
    <pre id="inspector-curl" class="code-block" tabindex={0} hidden />
  </dialog>
)
