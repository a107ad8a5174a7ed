/** @module The LumiNUS forms of the dashboard: modules, users, staff access and meetings created through the seeding API, edited and deleted as entries of the world's state. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Section } from '../../dashboard/components.js'
import { Choice, Field, localUtc, RecordForm } from '../../dashboard/record-form.js'

const state = (table: string) => ({ kind: 'state' as const, slice: 'luminus', table })

export const LuminusForms: FC<{ world: World }> = ({ world }) => {
  const { luminus, zoom } = world.store
  const modules = [...luminus.modules.values()]
  const users = [...luminus.users.values()]
  const moduleOptions = modules.map((m): [string, string] => [m.id, `${m.code} ${m.name}`])
  const userOptions = users.map((u): [string, string] => [u.id, `${u.name} (${u.id})`])
  return (
    <Section
      id="luminus-edit"
      title="Edit LumiNUS"
      note="New records go through POST /__emulator/seed; changes and deletes through PATCH and DELETE /__emulator/state/luminus/… (a module or user others refer to is kept until they go)."
    >
      <RecordForm
        id="luminus-module-form"
        noun="LumiNUS module"
        seed="luminus.modules"
        target={state('modules')}
        records={modules.map((m) => ({
          key: m.id,
          label: `${m.code} ${m.name}`,
          values: { code: m.code, name: m.name },
        }))}
      >
        <Field name="code" label="Code" placeholder="CS3230" />
        <Field name="name" label="Name" />
      </RecordForm>
      <RecordForm
        id="luminus-user-form"
        noun="LumiNUS user"
        seed="luminus.users"
        target={state('users')}
        records={users.map((u) => ({
          key: u.id,
          label: `${u.name} (${u.id})`,
          values: { id: u.id, name: u.name, email: u.email },
        }))}
      >
        <Field name="id" label="NUSNET id" createOnly placeholder="e0000100" />
        <Field name="name" label="Name" />
        <Field name="email" label="Email" type="email" />
      </RecordForm>
      <RecordForm
        id="luminus-staff-form"
        noun="LumiNUS staff access"
        seed="luminus.staff"
        target={state('staff')}
        records={[...luminus.staff.entries()].map(([key, s]) => ({
          key,
          label: `${luminus.modules.get(s.moduleId)?.code ?? s.moduleId}: ${luminus.users.get(s.userId)?.name ?? s.userId}`,
          values: { moduleId: s.moduleId, userId: s.userId, access: s.access },
        }))}
      >
        <Choice name="moduleId" label="Module" createOnly options={moduleOptions} />
        <Choice name="userId" label="User" createOnly options={userOptions} />
        <Choice
          name="access"
          label="Access"
          options={[
            ['full', 'full'],
            ['read', 'read'],
          ]}
        />
      </RecordForm>
      <RecordForm
        id="luminus-meeting-form"
        noun="LumiNUS meeting"
        seed="luminus.meetings"
        target={state('meetings')}
        records={[...luminus.meetings.values()].map((m) => ({
          key: m.id,
          label: m.name,
          values: {
            moduleId: m.moduleId,
            creatorID: m.creatorID,
            meetingID: m.meetingID,
            name: m.name,
            startDate: localUtc(m.startDate),
            endDate: localUtc(m.endDate),
          },
        }))}
      >
        <Choice name="moduleId" label="Module" createOnly options={moduleOptions} />
        <Choice name="creatorID" label="Creator" createOnly options={userOptions} />
        <Choice
          name="meetingID"
          label="Zoom meeting"
          createOnly
          options={[...zoom.meetings.values()].map((m) => [String(m.id), `${m.id} ${m.topic}`])}
        />
        <Field name="name" label="Name" />
        <Field name="startDate" label="Starts (UTC)" type="datetime-local" />
        <Field name="endDate" label="Ends (UTC)" type="datetime-local" />
      </RecordForm>
    </Section>
  )
}
