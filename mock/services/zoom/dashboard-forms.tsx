/** @module The Zoom forms of the dashboard: users and meetings created through the seeding API, edited and deleted through Zoom's own API with the world's OAuth client. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Section } from '../../dashboard/components.js'
import { Choice, Field, localUtc, RecordForm } from '../../dashboard/record-form.js'

export const ZoomForms: FC<{ world: World }> = ({ world }) => {
  const users = [...world.store.zoom.users.values()]
  const meetings = [...world.store.zoom.meetings.values()]
  return (
    <Section
      id="zoom-edit"
      title="Edit Zoom"
      note="New users and meetings go through POST /__emulator/seed; changes and deletes through Zoom's PATCH and DELETE with this world's OAuth client, so Zoom's rules apply, webhooks go out and the journal shows them."
    >
      <RecordForm
        id="zoom-user-form"
        noun="Zoom user"
        seed="zoom.users"
        target={{ kind: 'zoom', path: '/v2/users/', deleteQuery: '?action=delete' }}
        records={users.map((u) => ({
          key: u.id,
          label: u.email,
          values: { email: u.email, first_name: u.first_name, last_name: u.last_name, type: u.type },
        }))}
      >
        <Field name="email" label="Email" type="email" createOnly placeholder="lecturer@example.edu" />
        <Field name="first_name" label="First name" />
        <Field name="last_name" label="Last name" />
        <Choice
          name="type"
          label="Type"
          number
          options={[
            ['2', 'licensed'],
            ['1', 'basic'],
          ]}
        />
      </RecordForm>
      <RecordForm
        id="zoom-meeting-form"
        noun="Zoom meeting"
        seed="zoom.meetings"
        target={{ kind: 'zoom', path: '/v2/meetings/' }}
        records={meetings.map((m) => ({
          key: String(m.id),
          label: `${m.id} ${m.topic}`,
          values: {
            host_id: m.host_id,
            topic: m.topic,
            start_time: localUtc(m.start_time),
            duration: m.duration,
          },
        }))}
      >
        <Choice name="host_id" label="Host" createOnly options={users.map((u) => [u.id, u.email])} />
        <Field name="topic" label="Topic" placeholder="Guest lecture" />
        <Field name="start_time" label="Starts (UTC)" type="datetime-local" />
        <Field name="duration" label="Duration (min)" type="number" />
      </RecordForm>
    </Section>
  )
}
