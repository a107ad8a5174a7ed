/**
 * @module The files of a cloud recording, made in code: a tiny valid MP4 and M4A (an ISO base media
 * file: `ftyp`, then `moov` with its `mvhd` giving the duration, then an empty `mdat`), a WEBVTT
 * transcript and a chat text, each a few hundred bytes.
 */
import { createHash } from 'node:crypto'
import type { ZoomInstance } from './state.js'

export type RecordingFileType = 'MP4' | 'M4A' | 'TRANSCRIPT' | 'CHAT'

export interface RecordingFileKind {
  file_type: RecordingFileType
  file_extension: 'MP4' | 'M4A' | 'VTT' | 'TXT'
  recording_type: 'shared_screen_with_speaker_view' | 'audio_only' | 'audio_transcript' | 'chat_file'
  content_type: string
}

/** The files every cloud recording has, in the order Zoom lists them. */
export const RECORDING_FILE_KINDS: readonly RecordingFileKind[] = [
  {
    file_type: 'MP4',
    file_extension: 'MP4',
    recording_type: 'shared_screen_with_speaker_view',
    content_type: 'video/mp4',
  },
  { file_type: 'M4A', file_extension: 'M4A', recording_type: 'audio_only', content_type: 'audio/mp4' },
  {
    file_type: 'TRANSCRIPT',
    file_extension: 'VTT',
    recording_type: 'audio_transcript',
    content_type: 'text/vtt',
  },
  { file_type: 'CHAT', file_extension: 'TXT', recording_type: 'chat_file', content_type: 'text/plain' },
]

export interface RecordingFileContent extends RecordingFileKind {
  /** Stable: derived from the instance uuid and the file type. */
  id: string
  bytes: Uint8Array<ArrayBuffer>
}

const u32 = (n: number) => {
  const bytes = new Uint8Array(4)
  new DataView(bytes.buffer).setUint32(0, n >>> 0)
  return bytes
}
const ascii = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(new TextEncoder().encode(text))
const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(parts.flatMap((part) => [...part]))
/** An ISO BMFF box: its 32-bit size (header included), its four-character type, its payload. */
const box = (type: string, ...payload: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const body = concat(payload)
  return concat([u32(8 + body.length), ascii(type), body])
}

/** A version 0 movie header: 1000 units a second, the duration in ms (at most 2^32 - 1), rate 1.0, volume 1.0, identity matrix. */
function movieHeader(durationMs: number): Uint8Array {
  const fields = [0, 0, 0, 1000, Math.min(durationMs, 0xffffffff), 0x00010000]
  const matrix = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000]
  return box(
    'mvhd',
    ...fields.map(u32),
    Uint8Array.of(0x01, 0x00), // volume 1.0
    new Uint8Array(10), // reserved
    ...matrix.map(u32),
    new Uint8Array(24), // pre_defined
    u32(1), // next track id
  )
}

const BRANDS = { MP4: ['isom', 'isom', 'iso2', 'mp41'], M4A: ['M4A ', 'M4A ', 'mp42', 'isom'] } as const

function isoMedia(kind: 'MP4' | 'M4A', durationMs: number): Uint8Array<ArrayBuffer> {
  const [major, ...compatible] = BRANDS[kind]
  const ftyp = box('ftyp', ascii(major), u32(0x200), ...compatible.map(ascii))
  return concat([ftyp, box('moov', movieHeader(durationMs)), box('mdat')])
}

/** One line of text, safe in a VTT cue or a chat line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replaceAll('-->', '->').trim()

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 23)

const transcript = (topic: string, durationMs: number): Uint8Array<ArrayBuffer> =>
  ascii(
    `WEBVTT\n\n1\n00:00:00.000 --> ${clock(Math.min(5000, durationMs))}\nHost: Welcome to ${oneLine(topic)}.\n`,
  )

const chat = (topic: string) => ascii(`00:00:05 From Host to Everyone:\n\tWelcome to ${oneLine(topic)}.\n`)

/** A stable id in the shape of Zoom's recording file ids (a UUID), from the instance and the file type. */
export function recordingFileId(instanceUuid: string, type: RecordingFileType): string {
  const hex = createHash('sha256').update(`zoom-recording:${instanceUuid}:${type}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The four files of the instance's recording; the same bytes (and so sizes) every time. */
export function recordingFileContents(instance: ZoomInstance & { end_time: string }): RecordingFileContent[] {
  const durationMs = Math.max(0, Date.parse(instance.end_time) - Date.parse(instance.start_time))
  const bytes: Record<RecordingFileType, Uint8Array<ArrayBuffer>> = {
    MP4: isoMedia('MP4', durationMs),
    M4A: isoMedia('M4A', durationMs),
    TRANSCRIPT: transcript(instance.topic, durationMs),
    CHAT: chat(instance.topic),
  }
  return RECORDING_FILE_KINDS.map((kind) => ({
    ...kind,
    id: recordingFileId(instance.uuid, kind.file_type),
    bytes: bytes[kind.file_type],
  }))
}
