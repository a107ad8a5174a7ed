/** @module A user's settings through the API: GET (whole, one `option`, or `custom_query_fields`) and PATCH (a field-by-field merge, all or nothing). */
import type { components } from '../../../src/generated/zoom.js'
import { token } from '../../../src/ids.js'
import type { FieldError } from '../../../src/zoom/meeting-rules.js'
import type { World } from '../../core/world.js'
import { validationFailed } from './errors.js'
import type { AuthenticationOption, StoredUserSettings, ZoomUser } from './state.js'
import { deepMerge, settingsWith, type UserSettings, userSettingsOf } from './user-settings.js'

type Schemas = components['schemas']
export type SettingsOption = 'meeting_authentication' | 'recording_authentication' | 'meeting_security'
export type SettingsUpdate = Schemas['UserSettingsUpdate']
type AuthenticationEdit = NonNullable<SettingsUpdate['authentication_option']>

const GROUPS = [
  'schedule_meeting',
  'in_meeting',
  'email_notification',
  'recording',
  'telephony',
  'feature',
  'tsp',
  'audio_conferencing',
  'profile',
] as const

/** The body fields each option (none: `''`) may change. */
const FIELDS_OF: Record<SettingsOption | '', readonly string[]> = {
  '': [
    'schedule_meeting',
    'in_meeting',
    'email_notification',
    'recording',
    'telephony',
    'feature',
    'tsp',
    'meeting_security',
  ],
  meeting_authentication: [
    'meeting_authentication',
    'allow_authentication_exception',
    'authentication_option',
  ],
  recording_authentication: ['recording_authentication', 'authentication_option'],
  meeting_security: ['meeting_security'],
}

/** Only the fields named in `names` (at any depth), in their groups; groups left with none are left out. */
function onlyFields(value: Record<string, unknown>, names: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (names.has(key)) kept[key] = inner
    else if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      const nested = onlyFields(inner as Record<string, unknown>, names)
      if (Object.keys(nested).length > 0) kept[key] = nested
    }
  }
  return kept
}

/** What GET answers: the option's object, else the settings groups (only `customFields`, when given). */
export function settingsAnswer(settings: UserSettings, option?: SettingsOption, customFields?: string) {
  if (option === 'meeting_security') return { meeting_security: settings.meeting_security }
  if (option) return settings[option]
  const groups = Object.fromEntries(GROUPS.map((group) => [group, settings[group]]))
  const names = (customFields ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  return names.length > 0 ? onlyFields(groups, new Set(names)) : groups
}

/** The option list after one edit of `authentication_option`, or the field errors that refuse it. */
function editedOptions(
  options: readonly AuthenticationOption[],
  edit: AuthenticationEdit,
  kind: 'meeting' | 'recording',
): { options: AuthenticationOption[] } | { errors: FieldError[] } {
  const wrongType = kind === 'meeting' ? 'internally' : 'enforce_login_with_same_account'
  if (edit.type === wrongType)
    return {
      errors: [{ field: 'authentication_option.type', message: `Invalid ${kind} authentication type.` }],
    }
  let edited: AuthenticationOption[]
  let targetId: string
  if (edit.action === undefined) {
    if (edit.name === undefined || edit.type === undefined)
      return {
        errors: [{ field: 'authentication_option', message: 'A new option needs a name and a type.' }],
      }
    const added: AuthenticationOption = {
      id: token(16),
      name: edit.name,
      type: edit.type,
      default_option: false,
      visible: true,
      ...(edit.domains === undefined ? {} : { domains: edit.domains }),
    }
    edited = [...options, added]
    targetId = added.id
  } else {
    const target = options.find((option) => option.id === edit.id)
    if (!target) {
      const message = `Authentication option does not exist: ${edit.id ?? ''}.`
      return { errors: [{ field: 'authentication_option.id', message }] }
    }
    const { action, id: _, default_option: _d, ...fields } = edit
    const changed = action === 'update' ? { ...target, ...fields } : { ...target, visible: action === 'show' }
    edited = options.map((option) => (option.id === target.id ? changed : option))
    targetId = target.id
  }
  if (!edit.default_option) return { options: edited }
  return { options: edited.map((option) => ({ ...option, default_option: option.id === targetId })) }
}

/** What only a licensed user may have. */
function licenceErrors(user: ZoomUser, settings: UserSettings): FieldError[] {
  const errors: FieldError[] = []
  if (settings.recording.auto_recording === 'cloud' && !settings.recording.cloud_recording)
    errors.push({
      field: 'recording.auto_recording',
      message: 'Cloud recording is not enabled for this user.',
    })
  if (user.type !== 1) return errors
  if (settings.recording.cloud_recording)
    errors.push({ field: 'recording.cloud_recording', message: 'Cloud recording needs a licensed user.' })
  if (settings.feature.webinar)
    errors.push({ field: 'feature.webinar', message: 'A webinar license needs a licensed user.' })
  return errors
}

export class ZoomUserSettings {
  constructor(private readonly world: World) {}

  private get state() {
    return this.world.store.zoom
  }

  get(user: ZoomUser): UserSettings {
    return userSettingsOf(this.state, user)
  }

  /** Merges what `body` sets into the user's stored changes, or throws 400/300 and changes nothing. */
  update(user: ZoomUser, option: SettingsOption | undefined, body: SettingsUpdate): void {
    const allowed = FIELDS_OF[option ?? '']
    const misplaced = Object.keys(body).filter((field) => !allowed.includes(field))
    if (misplaced.length > 0)
      throw validationFailed(
        misplaced.map((field) => ({
          field,
          message: `This field cannot be changed with option=${option ?? '(none)'}.`,
        })),
      )
    const stored = this.state.userSettings.get(user.id) ?? {}
    const {
      authentication_option: edit,
      meeting_authentication,
      recording_authentication,
      allow_authentication_exception,
      ...groups
    } = body
    let next: StoredUserSettings = deepMerge(stored, groups)
    // One setting in two places: the waiting room of in_meeting is meeting_security's.
    const waitingRoom = groups.meeting_security?.waiting_room ?? groups.in_meeting?.waiting_room
    if (waitingRoom !== undefined)
      next = deepMerge(next, {
        in_meeting: { waiting_room: waitingRoom },
        meeting_security: { waiting_room: waitingRoom },
      })
    if (option === 'meeting_authentication' || option === 'recording_authentication') {
      const kind = option === 'meeting_authentication' ? 'meeting' : 'recording'
      const current = this.get(user)[option].authentication_options ?? []
      const result = edit ? editedOptions(current, edit, kind) : { options: undefined }
      if ('errors' in result) throw validationFailed(result.errors)
      const enabled = option === 'meeting_authentication' ? meeting_authentication : recording_authentication
      const change = {
        ...(enabled === undefined ? {} : { enabled }),
        ...(allow_authentication_exception === undefined ? {} : { allow_authentication_exception }),
        ...(result.options ? { options: result.options } : {}),
      }
      next = { ...next, [option]: { ...stored[option], ...change } }
    }
    const errors = licenceErrors(user, settingsWith(user, next))
    if (errors.length > 0) throw validationFailed(errors)
    this.state.userSettings.set(user.id, next)
  }
}
