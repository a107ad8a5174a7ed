/** @module How a stored user reads: the full object of GET, the list item, the answer to a create. */
import type { components } from '../../../src/generated/zoom.js'
import type { ZoomUser } from './state.js'
import { displayName } from './users-model.js'

type Schemas = components['schemas']
const ROLE_IDS: Record<string, string> = { Owner: '0', Admin: '1', Member: '2' }

const common = (u: ZoomUser) => ({
  id: u.id,
  first_name: u.first_name,
  last_name: u.last_name,
  display_name: displayName(u),
  email: u.email,
  type: u.type,
  pmi: u.pmi,
  timezone: u.timezone,
  verified: u.status === 'active' ? (1 as const) : (0 as const),
  dept: u.dept,
  created_at: u.created_at,
  user_created_at: u.created_at,
  language: u.language,
  status: u.status,
  role_id: ROLE_IDS[u.role_name] ?? '2',
})

export const userListItem = (u: ZoomUser): Schemas['UserListItem'] => common(u)

export const userView = (u: ZoomUser): Schemas['User'] => ({
  ...common(u),
  role_name: u.role_name,
  use_pmi: u.use_pmi ?? false,
  personal_meeting_url: `https://zoom.us/j/${u.pmi}`,
  account_id: u.account_id,
  login_types: u.created_by_action === 'ssoCreate' ? [101] : [100],
})

export const createdUser = (u: ZoomUser): Schemas['CreatedUser'] => ({
  id: u.id,
  first_name: u.first_name,
  last_name: u.last_name,
  email: u.email,
  type: u.type,
})
