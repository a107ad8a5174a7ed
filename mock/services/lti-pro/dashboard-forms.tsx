/** @module The LTI Pro forms of the dashboard: courses and associations created through the seeding API, edited and deleted as entries of the world's state. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Section } from '../../dashboard/components.js'
import { Choice, Field, RecordForm } from '../../dashboard/record-form.js'

export const LtiForms: FC<{ world: World }> = ({ world }) => {
  const { lti, zoom } = world.store
  const courses = [...lti.courses.entries()]
  return (
    <Section
      id="lti-edit"
      title="Edit LTI Pro"
      note="New courses and associations go through POST /__emulator/seed, with this world's LTI key; changes and deletes through PATCH and DELETE /__emulator/state/lti/…"
    >
      <RecordForm
        id="lti-course-form"
        noun="LTI Pro course"
        seed="lti.courses"
        target={{ kind: 'state', slice: 'lti', table: 'courses' }}
        records={courses.map(([key, c]) => ({
          key,
          label: `${c.contextId} ${c.title}`,
          values: { contextId: c.contextId, courseId: c.courseId, title: c.title },
        }))}
      >
        <Field name="contextId" label="Context id" createOnly placeholder="cs3230" />
        <Field name="courseId" label="Course id" placeholder="303" />
        <Field name="title" label="Title" />
      </RecordForm>
      <RecordForm
        id="lti-association-form"
        noun="LTI Pro association"
        seed="lti.associations"
        target={{ kind: 'state', slice: 'lti', table: 'associations' }}
        records={[...lti.associations.entries()].map(([key, a]) => ({
          key,
          label: `${a.meetingId} → ${a.contextId}`,
          values: { meetingId: a.meetingId, contextId: a.contextId, courseId: a.courseId },
        }))}
      >
        <Choice
          name="meetingId"
          label="Zoom meeting"
          createOnly
          options={[...zoom.meetings.values()].map((m) => [String(m.id), `${m.id} ${m.topic}`])}
        />
        <Choice
          name="contextId"
          label="Course"
          createOnly
          options={[...new Set(courses.map(([, c]) => c.contextId))].map((id) => [id, id])}
        />
        <Field name="courseId" label="Course id" />
      </RecordForm>
    </Section>
  )
}
