/** @module A form that creates an entity through the seeding API and edits or deletes an existing one, for the dashboard's per-service forms; the page's script (client-forms.ts) sends it. */
import type { Child, FC } from 'hono/jsx'

/** An existing entity the form can edit: its key (in the URL of its edit and delete), its label, its fields' current values. */
export interface RecordChoice {
  key: string
  label: string
  values: Record<string, string | number | undefined>
}

/**
 * Who answers the form's edits and deletes: the control API's state entries, or Zoom's own API
 * with the world's OAuth client, which the script reads from the credentials panel (the one place
 * the page shows a world's secrets).
 */
export type RecordTarget =
  | { kind: 'state'; slice: string; table: string }
  | { kind: 'zoom'; path: string; deleteQuery?: string }

/** `/__emulator/state/lti/courses/` or `/v2/users/`, with the key appended by the script. */
const entryBase = (target: RecordTarget) =>
  target.kind === 'state' ? `/__emulator/state/${target.slice}/${target.table}/` : target.path

export const RecordForm: FC<{
  id: string
  noun: string
  /** Where a new one goes in `POST /__emulator/seed`: `zoom.meetings`. */
  seed: string
  target: RecordTarget
  records: RecordChoice[]
  children?: Child
}> = ({ id, noun, seed, target, records, children }) => (
  <details class="record" id={`${id}-details`}>
    <summary>Create, edit or delete a {noun}</summary>
    <form
      id={id}
      class="action-form record-form"
      novalidate
      data-seed={seed}
      data-entry={entryBase(target)}
      data-noun={noun}
      data-auth={target.kind === 'zoom' ? 'zoom' : undefined}
      data-delete-query={target.kind === 'zoom' ? target.deleteQuery : undefined}
    >
      <fieldset>
        <legend>{`${noun[0]?.toUpperCase()}${noun.slice(1)}`}</legend>
        <label class="wide">
          Which {noun}
          <select name="record" data-role="record">
            <option value="">a new {noun}</option>
            {records.map((r) => (
              <option value={r.key} data-values={JSON.stringify(r.values)}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        {children}
        <div class="form-buttons wide">
          <button type="submit" data-role="submit">
            Create
          </button>
          <button type="button" data-role="delete" class="danger" disabled>
            Delete
          </button>
        </div>
        <p class="form-message wide" data-role="message" role="status" />
      </fieldset>
    </form>
  </details>
)

/** A labelled input of a record form; `createOnly` fields are fixed once the entity exists (its key, its references). */
export const Field: FC<{
  name: string
  label: string
  type?: 'text' | 'email' | 'number' | 'datetime-local'
  createOnly?: boolean
  placeholder?: string
}> = ({ name, label, type = 'text', createOnly, placeholder }) => (
  <label>
    {label}
    <input
      name={name}
      type={type}
      placeholder={placeholder}
      data-create-only={createOnly ? '' : undefined}
      data-type={type === 'number' ? 'number' : type === 'datetime-local' ? 'instant' : undefined}
    />
  </label>
)

/** A labelled select; `number` sends its value as a number. */
export const Choice: FC<{
  name: string
  label: string
  options: [value: string, label: string][]
  createOnly?: boolean
  number?: boolean
}> = ({ name, label, options, createOnly, number }) => (
  <label>
    {label}
    <select
      name={name}
      data-create-only={createOnly ? '' : undefined}
      data-type={number ? 'number' : undefined}
    >
      {options.map(([value, text]) => (
        <option value={value}>{text}</option>
      ))}
    </select>
  </label>
)

/** `2026-11-23T12:00`, as a datetime-local input shows an instant in UTC. */
export const localUtc = (instant: string | undefined): string | undefined =>
  instant === undefined || Number.isNaN(Date.parse(instant))
    ? undefined
    : new Date(Date.parse(instant)).toISOString().slice(0, 16)
