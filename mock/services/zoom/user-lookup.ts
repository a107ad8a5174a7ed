/** @module How a Zoom user is named and found by email: shared by the users model and what happens of meetings. */
import type { UserTable, ZoomUser } from './state.js'

export const displayName = (u: ZoomUser): string => u.display_name ?? `${u.first_name} ${u.last_name}`.trim()

/** Users stored with `email` (in any case), oldest first. */
export const usersWithEmail = (users: UserTable, email: string): ZoomUser[] =>
  [...users.members('email', email.toLowerCase())].flatMap((id) => users.get(id) ?? [])
