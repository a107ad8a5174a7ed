/** @module The LTI Pro panels: LMS courses, meeting associations, and bulk jobs with each item's outcome. */
import type { FC } from 'hono/jsx'
import type { Credentials, Store } from '../../core/store.js'
import type { World } from '../../core/world.js'
import { Badge, Code, Section, Table } from '../../dashboard/components.js'
import { relative, utc } from '../../dashboard/format.js'
import { LtiForms } from './dashboard-forms.js'
import type { BulkItemOutcome, BulkJob } from './state.js'

export const LtiCourses: FC<{ store: Store }> = ({ store }) => {
  const courses = [...store.lti.courses.values()]
  const associations = [...store.lti.associations.values()]
  return (
    <Section id="lti-courses" title="LTI Pro courses" count={courses.length}>
      <Table head={['context id', 'course id', 'title', 'domain', 'LTI key', 'meetings']} empty="No courses.">
        {courses.map((c) => (
          <tr data-context={c.contextId}>
            <td>
              <Code>{c.contextId}</Code>
            </td>
            <td>{c.courseId ?? <span class="muted">—</span>}</td>
            <td>{c.title}</td>
            <td>{c.domain}</td>
            <td>
              <Code>{c.credentialKey}</Code>
            </td>
            <td>
              {
                associations.filter(
                  (a) =>
                    a.contextId === c.contextId &&
                    a.domain === c.domain &&
                    a.credentialKey === c.credentialKey,
                ).length
              }
            </td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}

export const LtiAssociations: FC<{ store: Store; now: number }> = ({ store, now }) => {
  const associations = [...store.lti.associations.values()].sort((a, b) => b.createdAt - a.createdAt)
  return (
    <Section id="lti-associations" title="LTI Pro associations" count={associations.length}>
      <Table
        id="lti-associations-table"
        head={['meeting', 'topic', 'context id', 'course id', 'domain', 'associated']}
        empty="No meeting is associated with a course."
      >
        {associations.map((a) => (
          <tr>
            <td>
              <Code>{a.meetingId}</Code>
            </td>
            <td>{store.zoom.meetings.get(a.meetingId)?.topic ?? <Badge tone="bad">not in Zoom</Badge>}</td>
            <td>{a.contextId}</td>
            <td>{a.courseId ?? <span class="muted">—</span>}</td>
            <td>{a.domain}</td>
            <td title={utc(a.createdAt)}>{relative(a.createdAt, now)}</td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}

const OUTCOME_TONE: Record<BulkItemOutcome['outcome'], 'ok' | 'info' | 'muted' | 'bad'> = {
  pending: 'muted',
  associated: 'ok',
  disassociated: 'info',
  unchanged: 'muted',
  skipped: 'bad',
}

const Job: FC<{ job: BulkJob; now: number }> = ({ job, now }) => (
  <details class="job" data-job={job.id} open={job.items.length <= 10}>
    <summary>
      <strong>{job.kind === 'import' ? 'bulk import' : 'bulk disassociate'}</strong> <Code>{job.id}</Code>{' '}
      <Badge tone={job.status === 'done' ? 'ok' : 'warn'}>{job.status}</Badge> {job.items.length} item
      {job.items.length === 1 ? '' : 's'} · received {relative(job.receivedAt, now)}
      {job.status === 'pending' ? ` · due ${relative(job.dueAt, now)}` : ''}
      {job.userId ? ` · for ${job.userId}` : ''}
    </summary>
    <Table head={['meeting', 'context id', 'domain', 'course id', 'outcome', 'error']} empty="No items.">
      {job.items.map((item) => (
        <tr>
          <td>
            <Code>{item.meetingId}</Code>
          </td>
          <td>{item.contextId}</td>
          <td>{item.domain}</td>
          <td>{item.courseId ?? <span class="muted">—</span>}</td>
          <td>
            <Badge tone={OUTCOME_TONE[item.outcome]}>{item.outcome}</Badge>
          </td>
          <td>
            {item.errorCode ? `${item.errorCode}: ` : ''}
            {item.errorMessage ?? ''}
          </td>
        </tr>
      ))}
    </Table>
  </details>
)

export const BulkJobs: FC<{ store: Store; now: number }> = ({ store, now }) => {
  const jobs = [...store.lti.bulkJobs].sort((a, b) => b.receivedAt - a.receivedAt)
  return (
    <Section id="lti-bulk-jobs" title="LTI Pro bulk jobs" count={jobs.length}>
      {jobs.length === 0 ? (
        <p class="empty">No bulk import or disassociate request yet.</p>
      ) : (
        jobs.map((job) => <Job job={job} now={now} />)
      )}
    </Section>
  )
}

export const LtiCredentials: FC<{ credentials: Credentials['lti'] }> = ({ credentials: c }) => (
  <>
    <dt>LTI Pro</dt>
    <dd>
      key <Code>{c.key}</Code> secret <Code>{c.secret}</Code>
    </dd>
  </>
)

export const LtiPanels: FC<{ world: World }> = ({ world }) => {
  const now = world.clock.now()
  return (
    <>
      <LtiCourses store={world.store} />
      <LtiAssociations store={world.store} now={now} />
      <BulkJobs store={world.store} now={now} />
      <LtiForms world={world} />
    </>
  )
}
