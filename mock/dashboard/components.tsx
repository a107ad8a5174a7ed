/** @module Building blocks shared by the dashboard's panels: a titled section and a table with an empty state. */
import type { Child, FC } from 'hono/jsx'

export const Section: FC<{ id: string; title: string; count?: number; note?: Child; children?: Child }> = ({
  id,
  title,
  count,
  note,
  children,
}) => (
  <section id={id} class="card" aria-labelledby={`${id}-title`}>
    <h2 id={`${id}-title`}>
      {title}
      {count === undefined ? null : <span class="count">{count}</span>}
    </h2>
    {note ? <p class="note">{note}</p> : null}
    {children}
  </section>
)

export const Table: FC<{ id?: string; head: string[]; empty: string; children?: Child[] }> = ({
  id,
  head,
  empty,
  children = [],
}) =>
  children.length === 0 ? (
    <p class="empty" id={id}>
      {empty}
    </p>
  ) : (
    <div class="scroll">
      <table id={id}>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )

/** A value meant to be copied: monospace, selectable as a whole; `credential` names it for the page's scripts. */
export const Code: FC<{ children?: Child; credential?: string }> = ({ children, credential }) => (
  <code class="copy" data-credential={credential}>
    {children}
  </code>
)

export const Badge: FC<{ tone: 'ok' | 'warn' | 'bad' | 'info' | 'muted'; children?: Child }> = ({
  tone,
  children,
}) => <span class={`badge ${tone}`}>{children}</span>
