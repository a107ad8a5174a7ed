/** @module The request journal's frame; the page's script fills it from GET /__emulator/requests. */
import type { FC } from 'hono/jsx'
import { Section } from './components.js'

export const Journal: FC = () => (
  <Section id="journal" title="Request journal">
    <p class="journal-head">
      <span id="journal-note" class="note">
        Loading…
      </span>
      <label>
        <input id="journal-control" type="checkbox" /> show control API calls
      </label>
    </p>
    <div class="scroll journal">
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
