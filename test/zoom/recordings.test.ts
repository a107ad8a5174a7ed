/** @module Zoom cloud recordings: availability on the clock, the meeting and user endpoints, trash and recovery, settings, file downloads and LumiNUS's fields. */
import { describe, expect, test } from 'vitest'
import { createTestEmulator, T0 } from '../helpers.js'
import { clientFor, DEMO_MEETING_ID } from '../luminus/helpers.js'
import {
  DAY,
  ENDED_AT,
  endedInstance,
  HOUR,
  iso,
  MINUTE,
  putInstances,
  recordingCalls,
} from './recording-support.js'
import { addOtherAccount, bearer, s2sToken } from './support.js'

const UUID = 'rec0Instance0000000001=='
const recordingPath = (ref: string | number) => `/v2/meetings/${ref}/recordings`

/** An emulator at T0 whose Orientation instance `UUID` ended an hour ago recording to the cloud. */
async function recorded(options = {}) {
  const emulator = createTestEmulator(options)
  putInstances(emulator, endedInstance(UUID, ENDED_AT))
  return { emulator, ...(await recordingCalls(emulator)) }
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer())
const ascii = (bytes: Uint8Array, from: number, to: number) => new TextDecoder().decode(bytes.slice(from, to))
/** The ISO BMFF boxes at the top level of a file: type and size each. */
function boxes(bytes: Uint8Array): { type: string; size: number; at: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const found = []
  for (let at = 0; at < bytes.length; ) {
    const size = view.getUint32(at)
    found.push({ type: ascii(bytes, at + 4, at + 8), size, at })
    if (size < 8) break
    at += size
  }
  return found
}

describe('when a cloud recording exists', () => {
  test('an instance that ended recording to the cloud has one, with its four files, once the processing delay has passed', async () => {
    const emulator = createTestEmulator()
    putInstances(emulator, endedInstance(UUID, T0 - 2 * MINUTE))
    const { json } = await recordingCalls(emulator)
    expect(await json(recordingPath(UUID))).toEqual({
      status: 404,
      body: { code: 3301, message: 'This recording does not exist.' },
    })
    emulator.setClock({ advanceMs: 3 * MINUTE })
    const { status, body } = await json(recordingPath(UUID))
    expect(status).toBe(200)
    expect(body).toMatchObject({
      uuid: UUID,
      id: 81000000004,
      account_id: 'demo-account',
      host_id: 'demo-host',
      topic: 'Orientation',
      type: '2',
      start_time: iso(T0 - 62 * MINUTE),
      duration: 60,
      recording_count: 4,
    })
    const files = body.recording_files as Record<string, unknown>[]
    expect(files.map((f) => [f.file_type, f.file_extension, f.recording_type])).toEqual([
      ['MP4', 'MP4', 'shared_screen_with_speaker_view'],
      ['M4A', 'M4A', 'audio_only'],
      ['TRANSCRIPT', 'VTT', 'audio_transcript'],
      ['CHAT', 'TXT', 'chat_file'],
    ])
    for (const file of files) {
      expect(file).toMatchObject({
        meeting_id: UUID,
        recording_start: iso(T0 - 62 * MINUTE),
        recording_end: iso(T0 - 2 * MINUTE),
        status: 'completed',
        play_url: `http://127.0.0.1:4010/rec/play/${file.id}`,
        download_url: `http://127.0.0.1:4010/rec/download/${file.id}`,
      })
    }
    expect(body.total_size).toBe(files.reduce((sum, f) => sum + (f.file_size as number), 0))
    expect((await json(recordingPath(UUID))).body).toEqual(body)
  })

  test('the processing delay is an option: 0 makes a recording available as its instance ends', async () => {
    const emulator = createTestEmulator({ zoom: { recordingDelayMinutes: 0 } })
    putInstances(emulator, endedInstance(UUID, T0))
    const { json } = await recordingCalls(emulator)
    expect((await json(recordingPath(UUID))).status).toBe(200)
    expect(() => createTestEmulator({ zoom: { recordingDelayMinutes: -1 } })).toThrow(
      'zoom.recordingDelayMinutes must be a whole number from 0 to 10080, not -1',
    )
  })

  test('an instance still live, recording locally or not at all has none', async () => {
    const emulator = createTestEmulator()
    const { end_time: _, ...live } = endedInstance('live0000000000000000001==', T0 - DAY)
    putInstances(
      emulator,
      live,
      endedInstance('local000000000000000001==', ENDED_AT, { auto_recording: 'local' }),
      endedInstance('none0000000000000000001==', ENDED_AT, { auto_recording: 'none' }),
    )
    const { json } = await recordingCalls(emulator)
    for (const uuid of [
      'live0000000000000000001==',
      'local000000000000000001==',
      'none0000000000000000001==',
    ])
      expect((await json(recordingPath(uuid))).body).toEqual({
        code: 3301,
        message: 'This recording does not exist.',
      })
    expect((await json(recordingPath(81000000004))).status).toBe(404)
  })

  test("a meeting number answers its latest instance's recording, a UUID its own", async () => {
    const emulator = createTestEmulator()
    putInstances(
      emulator,
      endedInstance(UUID, ENDED_AT - DAY),
      endedInstance('rec0Instance0000000002==', ENDED_AT),
    )
    const { json } = await recordingCalls(emulator)
    expect((await json(recordingPath(81000000004))).body.uuid).toBe('rec0Instance0000000002==')
    expect((await json(recordingPath(encodeURIComponent(UUID)))).body.uuid).toBe(UUID)
  })

  test('a UUID that starts with / or contains // is found double encoded, and not encoded once', async () => {
    const emulator = createTestEmulator()
    const slashed = '/ajXp112QmuoKj48548//5=='
    putInstances(emulator, endedInstance(slashed, ENDED_AT))
    const { json } = await recordingCalls(emulator)
    const twice = encodeURIComponent(encodeURIComponent(slashed))
    expect((await json(recordingPath(twice))).body.uuid).toBe(slashed)
    expect((await json(recordingPath(encodeURIComponent(slashed)))).status).toBe(404)
  })

  test("another account's token sees none of the account's recordings", async () => {
    const { emulator } = await recorded()
    const other = await s2sToken(emulator, addOtherAccount(emulator))
    const response = await bearer(emulator, other)(recordingPath(UUID))
    expect(response.status).toBe(404)
  })
})

describe('downloading recording files', () => {
  test('each file downloads as its declared type: an MP4 and an M4A with their ftyp and moov boxes, a WEBVTT transcript, a chat text', async () => {
    const { emulator, json, token } = await recorded()
    const { body } = await json(recordingPath(UUID))
    const [mp4, m4a, vtt, chat] = body.recording_files as { download_url: string; file_size: number }[]
    const download = (file: { download_url: string } | undefined) =>
      emulator.fetch(file?.download_url ?? '', { headers: { authorization: `Bearer ${token}` } })

    const video = await download(mp4)
    expect(video.headers.get('content-type')).toBe('video/mp4')
    expect(video.headers.get('content-length')).toBe(String(mp4?.file_size))
    expect(video.headers.get('content-disposition')).toMatch(
      /^attachment; filename="GMT\d{8}-\d{6}_Recording\.mp4"$/,
    )
    const videoBytes = await bytesOf(video)
    expect(videoBytes.length).toBe(mp4?.file_size)
    expect(boxes(videoBytes).map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat'])
    expect(ascii(videoBytes, 8, 12)).toBe('isom')
    const moov = boxes(videoBytes)[1]
    const mvhd = new DataView(videoBytes.buffer, (moov?.at ?? 0) + 8)
    expect(ascii(videoBytes, (moov?.at ?? 0) + 12, (moov?.at ?? 0) + 16)).toBe('mvhd')
    expect(mvhd.getUint32(20)).toBe(1000)
    expect(mvhd.getUint32(24)).toBe(60 * MINUTE)

    const audio = await download(m4a)
    expect(audio.headers.get('content-type')).toBe('audio/mp4')
    const audioBytes = await bytesOf(audio)
    expect(ascii(audioBytes, 4, 12)).toBe('ftypM4A ')

    const transcript = await download(vtt)
    expect(transcript.headers.get('content-type')).toBe('text/vtt')
    const text = await transcript.text()
    expect(text.startsWith('WEBVTT\n\n')).toBe(true)
    expect(text).toContain('00:00:00.000 --> 00:00:05.000\nHost: Welcome to Orientation.')

    const messages = await download(chat)
    expect(messages.headers.get('content-type')).toBe('text/plain')
    expect(await messages.text()).toBe('00:00:05 From Host to Everyone:\n\tWelcome to Orientation.\n')
  })

  test('a download takes the token as Bearer or as the access_token query, and refuses none or a stranger', async () => {
    const { emulator, json, token } = await recorded()
    const { body } = await json(recordingPath(UUID))
    const url = (body.recording_files[0] as { download_url: string }).download_url
    expect((await emulator.fetch(`${url}?access_token=${token}`)).status).toBe(200)
    const none = await emulator.fetch(url)
    expect([none.status, await none.json()]).toEqual([401, { code: 124, message: 'Invalid access token.' }])
    expect((await emulator.fetch(`${url}?access_token=nope`)).status).toBe(401)
    const other = await s2sToken(emulator, addOtherAccount(emulator))
    expect((await emulator.fetch(url, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404)
    const play = (body.recording_files[0] as { play_url: string }).play_url
    const inline = await emulator.fetch(`${play}?access_token=${token}`)
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /)
  })

  test("a sandbox's token downloads that sandbox's files, by header or query", async () => {
    const emulator = createTestEmulator()
    const sandbox = emulator.createSandbox()
    putInstances(sandbox, endedInstance(UUID, ENDED_AT))
    const { accountId, clientId, clientSecret } = sandbox.credentials.zoom
    const token = await s2sToken(emulator, { type: 's2s', accountId, clientId, clientSecret })
    const answer = await bearer(emulator, token)(recordingPath(UUID))
    const body = (await answer.json()) as { recording_files: { download_url: string }[] }
    const url = body.recording_files[0]?.download_url ?? ''
    expect((await emulator.fetch(`${url}?access_token=${token}`)).status).toBe(200)
    expect((await emulator.fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
  })

  test('include_fields=download_access_token gives a token that downloads this recording until its ttl ends', async () => {
    const { emulator, json } = await recorded()
    putInstances(emulator, endedInstance('rec0Instance0000000002==', ENDED_AT, { id: 81000000005 }))
    const { body } = await json(`${recordingPath(UUID)}?include_fields=download_access_token&ttl=60`)
    const grant = body.download_access_token as string
    expect(grant).toMatch(/^\S{32,}$/)
    const url = (body.recording_files[2] as { download_url: string }).download_url
    const withGrant = { headers: { authorization: `Bearer ${grant}` } }
    expect((await emulator.fetch(url, withGrant)).status).toBe(200)
    const otherFile = (await json(recordingPath('rec0Instance0000000002=='))).body.recording_files[0]
      .download_url
    expect((await emulator.fetch(otherFile, withGrant)).status).toBe(404)
    expect((await json(recordingPath(UUID))).body).not.toHaveProperty('download_access_token')
    const journaled = JSON.stringify(emulator.requests().requests)
    expect(journaled).not.toContain(grant)
    expect(journaled).toContain('[redacted]')
    emulator.setClock({ advanceMs: 61_000 })
    const expired = await emulator.fetch(url, withGrant)
    expect([expired.status, await expired.json()]).toEqual([
      401,
      { code: 124, message: 'Access token is expired.' },
    ])
  })
})

describe("a user's recordings", () => {
  const list = (query = '') => `/v2/users/demo-host/recordings${query}`

  test('are listed from today to tomorrow by default, by start date within from and to, newest first', async () => {
    const emulator = createTestEmulator()
    putInstances(
      emulator,
      endedInstance('rec0Today000000000000001==', ENDED_AT),
      endedInstance('rec0Earlier0000000000001==', ENDED_AT - 3 * DAY, { id: 81000000005 }),
    )
    const { json } = await recordingCalls(emulator)
    const today = await json(list())
    expect(today.body).toMatchObject({
      from: '2026-11-22',
      to: '2026-11-23',
      total_records: 1,
      page_size: 30,
    })
    expect(today.body.meetings.map((m: { uuid: string }) => m.uuid)).toEqual(['rec0Today000000000000001=='])
    const week = await json(list('?from=2026-11-15&to=2026-11-22'))
    expect(
      week.body.meetings.map((m: { topic: string; start_time: string }) => [m.topic, m.start_time]),
    ).toEqual([
      ['Orientation', '2026-11-22T10:00:00Z'],
      ['Orientation', '2026-11-19T10:00:00Z'],
    ])
    expect((await json(list('?from=2026-11-20&to=2026-11-21'))).body.total_records).toBe(0)
  })

  test('refuse a range longer than a month or reversed, and an unknown user', async () => {
    const { json } = await recorded()
    expect(await json(list('?from=2026-10-01&to=2026-11-22'))).toEqual({
      status: 400,
      body: { code: 300, message: 'The date range must not be longer than one month.' },
    })
    expect((await json(list('?from=2026-11-22&to=2026-11-01'))).body.message).toBe(
      'The to date must not be earlier than the from date.',
    )
    expect((await json(list('?from=22-11-2026'))).status).toBe(400)
    expect((await json('/v2/users/nobody@example.edu/recordings')).body.code).toBe(1001)
  })

  test('come in pages of page_size, continued by next_page_token', async () => {
    const emulator = createTestEmulator()
    const uuids = [1, 2, 3].map((n) => `rec0Paged000000000000000${n}==`)
    putInstances(emulator, ...uuids.map((uuid, n) => endedInstance(uuid, ENDED_AT - n * HOUR)))
    const { json } = await recordingCalls(emulator)
    const first = await json(list('?page_size=2'))
    expect(first.body).toMatchObject({ page_count: 2, page_size: 2, total_records: 3 })
    const second = await json(list(`?next_page_token=${first.body.next_page_token}`))
    expect([...first.body.meetings, ...second.body.meetings].map((m: { uuid: string }) => m.uuid)).toEqual(
      uuids,
    )
    expect(second.body.next_page_token).toBe('')
  })
})

describe('trash, recovery and deletion', () => {
  test('a deleted recording goes to the trash, is listed there, and comes back when recovered', async () => {
    const { json } = await recorded()
    expect((await json(recordingPath(UUID), { method: 'DELETE' })).status).toBe(204)
    expect((await json(recordingPath(UUID))).status).toBe(404)
    expect((await json('/v2/users/demo-host/recordings')).body.total_records).toBe(0)
    const trash = await json('/v2/users/demo-host/recordings?trash=true')
    expect(trash.body.meetings[0].uuid).toBe(UUID)
    expect(trash.body.meetings[0].recording_files[0].deleted_time).toBe(iso(T0))
    const recover = { method: 'PUT', body: JSON.stringify({ action: 'recover' }) }
    expect((await json(`${recordingPath(encodeURIComponent(UUID))}/status`, recover)).status).toBe(204)
    expect((await json(recordingPath(UUID))).body.recording_count).toBe(4)
    expect((await json('/v2/users/demo-host/recordings?trash=true')).body.total_records).toBe(0)
  })

  test('one file goes to the trash by itself, listed with trash_type=recording_file, and is recovered alone', async () => {
    const { json } = await recorded()
    const fileId = (await json(recordingPath(UUID))).body.recording_files[1].id as string
    expect((await json(`${recordingPath(UUID)}/${fileId}`, { method: 'DELETE' })).status).toBe(204)
    const { body } = await json(recordingPath(UUID))
    expect(body.recording_files.map((f: { file_type: string }) => f.file_type)).toEqual([
      'MP4',
      'TRANSCRIPT',
      'CHAT',
    ])
    const files = await json('/v2/users/demo-host/recordings?trash=true&trash_type=recording_file')
    expect(files.body.meetings[0].recording_files.map((f: { id: string }) => f.id)).toEqual([fileId])
    expect((await json('/v2/users/demo-host/recordings?trash=true')).body.total_records).toBe(0)
    const recover = { method: 'PUT', body: JSON.stringify({ action: 'recover' }) }
    expect((await json(`${recordingPath(UUID)}/${fileId}/status`, recover)).status).toBe(204)
    expect((await json(recordingPath(UUID))).body.recording_count).toBe(4)
  })

  test('action=delete deletes for good: nothing to recover, the file does not download', async () => {
    const { emulator, json, token } = await recorded()
    const { body } = await json(recordingPath(UUID))
    const [first, ...rest] = body.recording_files as { id: string; download_url: string }[]
    expect(
      (await json(`${recordingPath(UUID)}/${first?.id}?action=delete`, { method: 'DELETE' })).status,
    ).toBe(204)
    const recover = { method: 'PUT', body: JSON.stringify({ action: 'recover' }) }
    expect((await json(`${recordingPath(UUID)}/${first?.id}/status`, recover)).body.code).toBe(3301)
    const auth = { headers: { authorization: `Bearer ${token}` } }
    expect((await emulator.fetch(first?.download_url ?? '', auth)).status).toBe(404)
    expect((await json(recordingPath(UUID))).body.recording_count).toBe(rest.length)
    expect((await json(`${recordingPath(UUID)}?action=delete`, { method: 'DELETE' })).status).toBe(204)
    expect((await json(recordingPath(UUID))).status).toBe(404)
    expect((await json(`${recordingPath(UUID)}/status`, recover)).body.code).toBe(3301)
  })

  test('what stays in the trash 30 days is deleted for good', async () => {
    const { emulator, json } = await recorded()
    await json(recordingPath(UUID), { method: 'DELETE' })
    emulator.setClock({ advanceMs: 30 * DAY - 1000 })
    const almost = await recordingCalls(emulator)
    expect((await almost.json('/v2/users/demo-host/recordings?trash=true')).body.total_records).toBe(1)
    emulator.setClock({ advanceMs: 1000 })
    const later = await recordingCalls(emulator)
    expect((await later.json('/v2/users/demo-host/recordings?trash=true')).body.total_records).toBe(0)
    const recover = { method: 'PUT', body: JSON.stringify({ action: 'recover' }) }
    expect((await later.json(`${recordingPath(UUID)}/status`, recover)).status).toBe(404)
  })

  test('what the user changed is state: it survives a state export and import', async () => {
    const { emulator, json } = await recorded()
    await json(recordingPath(UUID), { method: 'DELETE' })
    const snapshot = emulator.exportState()
    expect(snapshot.zoom.recordingChanges?.[UUID]).toEqual({ trashed_at: iso(T0) })
    emulator.reset()
    emulator.importState(snapshot)
    expect((await json('/v2/users/demo-host/recordings?trash=true')).body.meetings[0].uuid).toBe(UUID)
  })

  test('unknown files and bad actions are refused without a change', async () => {
    const { json } = await recorded()
    expect((await json(`${recordingPath(UUID)}/no-such-file`, { method: 'DELETE' })).body.code).toBe(3301)
    expect((await json(`${recordingPath(UUID)}?action=shred`, { method: 'DELETE' })).body.code).toBe(300)
    const bad = { method: 'PUT', body: JSON.stringify({ action: 'undelete' }) }
    expect((await json(`${recordingPath(UUID)}/status`, bad)).body.code).toBe(300)
    expect((await json(recordingPath(UUID))).body.recording_count).toBe(4)
  })
})

describe('recording settings', () => {
  test("answer Zoom's defaults, take changes, and the topic names the recording", async () => {
    const { json } = await recorded()
    const before = await json(`${recordingPath(UUID)}/settings`)
    expect(before.body).toMatchObject({
      share_recording: 'publicly',
      viewer_download: true,
      on_demand: false,
      approval_type: 2,
      topic: 'Orientation',
    })
    expect(before.body.password).toMatch(/^\S{8,10}$/)
    expect((await json(recordingPath(UUID))).body.password).toBe(before.body.password)
    const change = { share_recording: 'internally', viewer_download: false, topic: 'Orientation (edited)' }
    const patched = await json(`${recordingPath(UUID)}/settings`, {
      method: 'PATCH',
      body: JSON.stringify(change),
    })
    expect(patched.status).toBe(204)
    expect((await json(`${recordingPath(81000000004)}/settings`)).body).toMatchObject(change)
    expect((await json(recordingPath(UUID))).body.topic).toBe('Orientation (edited)')
  })

  test('refuse a passcode out of bounds, and answer 3301 for no recording', async () => {
    const { json } = await recorded()
    const short = { method: 'PATCH', body: JSON.stringify({ password: 'abc' }) }
    expect((await json(`${recordingPath(UUID)}/settings`, short)).body.code).toBe(300)
    expect((await json(`${recordingPath(81000000001)}/settings`)).body.code).toBe(3301)
  })
})

describe("LumiNUS's recording fields", () => {
  test('isPublishRecordURL and exportMultimediaWeb hold once the mapped meeting has a shared recording with its video', async () => {
    const emulator = createTestEmulator()
    const luminus = clientFor(emulator)
    expect((await luminus.syncMeeting(DEMO_MEETING_ID)).data).toMatchObject({
      isPublishRecordURL: false,
      exportMultimediaWeb: false,
    })
    const snapshot = emulator.exportState()
    const record = snapshot.luminus.meetings?.[DEMO_MEETING_ID]
    if (!record) throw new Error('seed changed')
    emulator.importState({
      ...snapshot,
      luminus: {
        ...snapshot.luminus,
        meetings: { [DEMO_MEETING_ID]: { ...record, exportMultimediaWeb: true } },
      },
      zoom: {
        ...snapshot.zoom,
        instances: { lecture: endedInstance('lecture', ENDED_AT, { id: 81000000001 }) },
      },
    })
    expect((await luminus.syncMeeting(DEMO_MEETING_ID)).data).toMatchObject({
      isPublishRecordURL: true,
      exportMultimediaWeb: true,
    })
    const { json } = await recordingCalls(emulator)
    await json(`${recordingPath('lecture')}/settings`, {
      method: 'PATCH',
      body: JSON.stringify({ share_recording: 'none' }),
    })
    expect((await luminus.syncMeeting(DEMO_MEETING_ID)).data?.isPublishRecordURL).toBe(false)
  })
})

describe('the dashboard', () => {
  test('lists each cloud recording with its topic, start and files linked to their downloads', async () => {
    const { emulator, json } = await recorded()
    const { body } = await json(recordingPath(UUID))
    const html = await (await emulator.request('/__emulator/dashboard/world')).text()
    expect(html).toContain(`data-recording="${UUID}"`)
    expect(html).toContain('2026-11-22 10:00:00 UTC')
    for (const file of body.recording_files as { id: string }[])
      expect(html).toContain(`href="/rec/download/${file.id}"`)
  })

  test('marks a recording still processing, which the API does not list yet, until its delay has passed', async () => {
    const emulator = createTestEmulator({ zoom: { recordingDelayMinutes: 30 } })
    putInstances(emulator, endedInstance(UUID, T0 - 10 * MINUTE))
    const { json } = await recordingCalls(emulator)
    const panel = async () => (await emulator.request('/__emulator/dashboard/world')).text()
    expect((await json(recordingPath(UUID))).status).toBe(404)
    expect(await panel()).toContain(
      `processing until ${iso(T0 + 20 * MINUTE)
        .slice(0, 19)
        .replace('T', ' ')} UTC`,
    )
    emulator.clock.advance(20 * MINUTE)
    expect((await json(recordingPath(UUID))).status).toBe(200)
    expect(await panel()).not.toContain('processing until')
  })
})
