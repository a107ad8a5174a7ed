/** @module The Zoom panel of cloud recordings: each instance that ended recording to the cloud, its files with their download links, or that it is still processing. */
import type { FC } from 'hono/jsx'
import type { World } from '../../core/world.js'
import { Badge, Code, Section, Table } from '../../dashboard/components.js'
import { relative, utc } from '../../dashboard/format.js'
import { zoomOptionsOf } from './options.js'
import { recordingOf } from './recording-derivation.js'
import { downloadPath } from './recording-view.js'
import { newestFirst } from './recordings-model.js'

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** Every recording from the end of its instance; one whose processing delay has not passed is marked, as the API does not list it yet. */
export const ZoomRecordingsPanel: FC<{ world: World }> = ({ world }) => {
  const now = world.clock.now()
  const delayMs = zoomOptionsOf(world).recordingDelayMinutes * 60_000
  const { zoom } = world.store
  const recordings = newestFirst(
    [...zoom.instances.values()].flatMap((instance) => recordingOf(zoom, instance, now, 0) ?? []),
  )
  const note =
    'Listed from the instance end; the API answers each once the processing delay has passed. Downloads take the account’s access token (Bearer or ?access_token=).'
  const readyAt = (endTime: string) => Date.parse(endTime) + delayMs
  return (
    <Section id="zoom-recordings" title="Zoom cloud recordings" count={recordings.length} note={note}>
      <Table
        id="zoom-recordings-table"
        head={['meeting', 'topic', 'started', 'ended', 'files']}
        empty="No cloud recordings."
      >
        {recordings.map(({ instance, settings, files, trashedAt }) => (
          <tr data-recording={instance.uuid}>
            <td>
              <Code>{String(instance.id)}</Code>
            </td>
            <td class="topic">
              {settings.topic} {trashedAt ? <Badge tone="warn">in the trash</Badge> : null}
              {readyAt(instance.end_time) > now ? (
                <Badge tone="info">processing until {utc(readyAt(instance.end_time))}</Badge>
              ) : null}
            </td>
            <td title={instance.start_time}>{utc(Date.parse(instance.start_time))}</td>
            <td title={instance.end_time}>{relative(Date.parse(instance.end_time), now)}</td>
            <td>
              {files.map((file) => (
                <div>
                  <a href={downloadPath(file.id)} download>
                    {file.file_type}
                  </a>{' '}
                  <small class="muted">
                    {kib(file.bytes.length)}
                    {file.trashedAt ? ' · in the trash' : ''}
                  </small>
                </div>
              ))}
            </td>
          </tr>
        ))}
      </Table>
    </Section>
  )
}
