/** @module A user's cloud recordings, as `GET /users/{userId}/recordings` lists them: by start date (`from`, `to`, at most a month apart) or from the trash, newest first, in pages. */
import { invalidDateRange } from './errors.js'
import { type FilterChoices, type Page, paginate } from './pagination.js'
import type { CloudRecording, RecordingFile } from './recording-derivation.js'
import { visibleFiles } from './recordings-model.js'
import { addMonths, DATE_RANGE_MESSAGES } from './report-dates.js'

const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const isDate = (value: string) => DATE.test(value) && Number.isFinite(Date.parse(value))
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export type TrashType = 'meeting_recordings' | 'recording_file'

export interface RecordingFilters extends Record<string, string> {
  from: string
  to: string
  trash: 'true' | 'false'
  trash_type: TrashType
}

/** A listed recording and the files it lists: outside the trash, its visible ones; in it, the trashed ones. */
export interface ListedRecording {
  recording: CloudRecording
  files: RecordingFile[]
}

export interface RecordingListQuery {
  from?: string | undefined
  to?: string | undefined
  trash: boolean
  trash_type: TrashType
  page_size: number
  next_page_token?: string | undefined
  sent: (name: string) => boolean
}

/** Zoom's defaults: from today (UTC) to tomorrow, as the spec's example has it. */
function dateRange(query: RecordingListQuery, now: number): { from: string; to: string } {
  const from = query.from || dateOf(now)
  const to = query.to || dateOf(now + DAY_MS)
  const start = Date.parse(from)
  const end = Date.parse(to)
  if (end < start) throw invalidDateRange(DATE_RANGE_MESSAGES.toBeforeFrom)
  if (end > addMonths(start, 1)) throw invalidDateRange(DATE_RANGE_MESSAGES.longerThanAMonth)
  return { from, to }
}

function listed(
  recording: CloudRecording,
  { from, to, trash, trash_type }: RecordingFilters,
): ListedRecording[] {
  if (trash === 'true') {
    if (trash_type === 'meeting_recordings')
      return recording.trashedAt ? [{ recording, files: recording.files }] : []
    const trashed = recording.trashedAt ? [] : recording.files.filter((f) => f.trashedAt)
    return trashed.length > 0 ? [{ recording, files: trashed }] : []
  }
  const day = recording.instance.start_time.slice(0, 10)
  const files = visibleFiles(recording)
  return !recording.trashedAt && files.length > 0 && day >= from && day <= to ? [{ recording, files }] : []
}

const CHOICES: FilterChoices<RecordingFilters> = {
  from: isDate,
  to: isDate,
  trash: ['true', 'false'],
  trash_type: ['meeting_recordings', 'recording_file'],
}

/** One page of `recordings` (the host's) as the query filters them; the trash is not filtered by date. */
export function listRecordings(
  hostId: string,
  recordings: CloudRecording[],
  query: RecordingListQuery,
  now: number,
): Page<ListedRecording> & { from: string; to: string } {
  const filters: RecordingFilters = {
    ...dateRange(query, now),
    trash: query.trash ? 'true' : 'false',
    trash_type: query.trash_type,
  }
  let used = filters
  const page = paginate<ListedRecording, RecordingFilters>(
    `${hostId}|recordings`,
    {
      filters,
      sent: query.sent,
      page_size: query.page_size,
      page_number: 1,
      next_page_token: query.next_page_token,
    },
    CHOICES,
    now,
    ({ recording }) => [-Date.parse(recording.instance.start_time), recording.instance.uuid],
    (chosen) => {
      used = chosen
      return recordings.flatMap((recording) => listed(recording, chosen))
    },
  )
  return { ...page, from: used.from, to: used.to }
}
