/** @module Zoom's Cloud recordings endpoints and the download of recording files: parse, authenticate, call the recordings model, serialise. */
import { type Context, Hono } from 'hono'
import { formatGmt } from '../../../src/zoom/time.js'
import { requestHeader } from '../../core/http-headers.js'
import { literalSegment } from '../../core/pipeline/literal-segment.js'
import type { World } from '../../core/world.js'
import { type BearerVerdict, verifyBearer, type ZoomEnv } from './auth.js'
import { invalidToken, recordingNotFound } from './errors.js'
import { DEFAULT_DOWNLOAD_TTL_SECONDS, issueDownloadToken, recordingFileToken } from './recording-access.js'
import { type CloudRecording, recordingOf } from './recording-derivation.js'
import { RECORDING_FILE_KINDS, recordingFileId } from './recording-files.js'
import { listRecordings } from './recording-list.js'
import { recordingDetailJson, recordingJson } from './recording-view.js'
import { visibleFiles } from './recordings-model.js'
import type { ZoomRouteKit } from './route-kit.js'
import type { ZoomInstance } from './state.js'

/**
 * The instance a path names: Zoom requires a UUID that starts with `/` or contains `//` double
 * encoded, so what is still encoded once routing has decoded the path is decoded again, and such a
 * UUID sent encoded once names nothing.
 */
function meetingRef(c: Context, name = 'meetingId'): string {
  const once = c.req.param(name) ?? ''
  if (once.startsWith('/') || once.includes('//')) throw recordingNotFound()
  try {
    return once.includes('%') ? decodeURIComponent(once) : once
  } catch {
    throw recordingNotFound()
  }
}

const originOf = (c: Context) => new URL(c.req.url).origin

/** Which instance each recording file id belongs to, for the instances that recorded to the cloud. */
const fileIndex = (world: World) => {
  const { instances } = world.store.zoom
  return instances.memo('recording file index', [instances.version], () => {
    const index = new Map<string, ZoomInstance>()
    for (const instance of instances.values())
      if (instance.auto_recording === 'cloud' && instance.end_time !== undefined)
        for (const { file_type } of RECORDING_FILE_KINDS)
          index.set(recordingFileId(instance.uuid, file_type), instance)
    return index
  })
}

/** The token judged as a download access token of this world, else as an access token or JWT of its accounts. */
function tokenVerdict(world: World, token: string | undefined): BearerVerdict {
  if (token === undefined) return { ok: false, expired: false, reason: 'no access token' }
  const grant = world.store.zoom.recordingTokens.get(token)
  if (!grant) return verifyBearer(world, `Bearer ${token}`)
  return grant.expiresAt > world.clock.now()
    ? { ok: true, accountId: grant.accountId, reason: `download access token of ${grant.instance}` }
    : { ok: false, expired: true, reason: 'download access token expired' }
}

/** Whether a valid token opens the recording: a download access token of it, or a token of its account. */
function opens(world: World, token: string, accountId: string, recording: CloudRecording): boolean {
  const grant = world.store.zoom.recordingTokens.get(token)
  return grant ? grant.instance === recording.instance.uuid : accountId === recording.accountId
}

export function recordingsRoutes({ model, auth, limit, valid, ctx }: ZoomRouteKit) {
  const delay = () => ctx.options.zoom.recordingDelayMinutes

  const serveFile = (disposition: 'attachment' | 'inline') => (c: Context<ZoomEnv>) => {
    const world = c.get('world')
    const token = recordingFileToken(requestHeader(c, 'authorization'), c.req.query('access_token'))
    const verdict = tokenVerdict(world, token)
    c.set('auth', { ok: verdict.ok, reason: verdict.reason })
    if (!token || !verdict.ok) throw invalidToken(!verdict.ok && verdict.expired)
    const fileId = c.req.param('fileId') ?? ''
    const instance = fileIndex(world).get(fileId)
    const recording = instance && recordingOf(world.store.zoom, instance, world.clock.now(), delay())
    const file = recording && visibleFiles(recording).find((f) => f.id === fileId)
    if (!recording || !file || !opens(world, token, verdict.accountId, recording)) throw recordingNotFound()
    const stamp = formatGmt(Date.parse(recording.instance.start_time)).replace(/[-:]/g, '').replace('T', '-')
    const name = `GMT${stamp.slice(0, 15)}_Recording.${file.file_extension.toLowerCase()}`
    return c.body(file.bytes, 200, {
      'Content-Type': file.content_type,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `${disposition}; filename="${name}"`,
    })
  }

  return new Hono<ZoomEnv>()
    .get('/rec/download/:fileId', valid('downloadRecordingFile'), serveFile('attachment'))
    .get('/rec/play/:fileId', valid('playRecordingFile'), serveFile('inline'))
    .get(
      '/v2/users/:userId/recordings',
      auth,
      limit('Medium'),
      valid('recordingsList', { defaulted: ['trash', 'trash_type', 'page_size'] }),
      (c) => {
        const zoom = model(c)
        const host = zoom.users.resolve(c.req.param('userId'))
        const { trash, trash_type, page_size, next_page_token, from, to } = c.get('input').query
        const sent = (name: string) => (c.req.query(name) ?? '') !== ''
        const recordings = zoom.recordings.all().filter((r) => r.instance.host_id === host.id)
        const query = { trash, trash_type, page_size, next_page_token, from, to, sent }
        const list = listRecordings(host.id, recordings, query, c.get('world').clock.now())
        return c.json({
          from: list.from,
          to: list.to,
          page_count: list.pageCount,
          page_size: list.pageSize,
          total_records: list.total,
          next_page_token: list.nextPageToken,
          meetings: list.page.map(({ recording, files }) =>
            recordingJson(recording, files, originOf(c), trash),
          ),
        })
      },
    )
    .get('/v2/meetings/:meetingId/recordings', auth, limit('Light'), valid('recordingGet'), (c) => {
      const recording = model(c).recordings.resolve(meetingRef(c))
      const { include_fields, ttl } = c.get('input').query
      const world = c.get('world')
      const grant = { accountId: recording.accountId, instance: recording.instance.uuid }
      const token =
        include_fields === 'download_access_token'
          ? issueDownloadToken(
              world.store.zoom,
              grant,
              world.clock.now(),
              ttl ?? DEFAULT_DOWNLOAD_TTL_SECONDS,
            )
          : undefined
      return c.json(recordingDetailJson(recording, visibleFiles(recording), originOf(c), token))
    })
    .delete(
      '/v2/meetings/:meetingId/recordings',
      auth,
      limit('Light'),
      valid('recordingDelete', { defaulted: ['action'] }),
      (c) => {
        model(c).recordings.deleteAll(meetingRef(c), c.get('input').query.action)
        return c.body(null, 204)
      },
    )
    .get(
      '/v2/meetings/:meetingId/recordings/settings',
      auth,
      limit('Light'),
      valid('recordingSettingUpdate'),
      (c) => c.json(model(c).recordings.resolve(meetingRef(c)).settings),
    )
    .patch(
      '/v2/meetings/:meetingId/recordings/settings',
      auth,
      limit('Light'),
      valid('recordingSettingsUpdate'),
      (c) => {
        model(c).recordings.updateSettings(meetingRef(c), c.get('input').body)
        return c.body(null, 204)
      },
    )
    .put(
      '/v2/meetings/:meetingUUID/recordings/:recordingId',
      literalSegment(
        'recordingId',
        'status',
        auth,
        limit('Light'),
        valid('recordingStatusUpdate'),
        async (c: Context<ZoomEnv>) => {
          model(c).recordings.recoverAll(meetingRef(c, 'meetingUUID'))
          return c.body(null, 204)
        },
      ),
    )
    .delete(
      '/v2/meetings/:meetingId/recordings/:recordingId',
      auth,
      limit('Light'),
      valid('recordingDeleteOne', { defaulted: ['action'] }),
      (c) => {
        const action = c.get('input').query.action
        model(c).recordings.deleteFile(meetingRef(c), c.req.param('recordingId'), action)
        return c.body(null, 204)
      },
    )
    .put(
      '/v2/meetings/:meetingId/recordings/:recordingId/status',
      auth,
      limit('Light'),
      valid('recordingStatusUpdateOne'),
      (c) => {
        model(c).recordings.recoverFile(meetingRef(c), c.req.param('recordingId'))
        return c.body(null, 204)
      },
    )
}
