/** @module Zoom's rate limits: 100 meeting creates/updates per user per UTC day, and optional per-second categories by plan. */
import { formatGmt } from '../../../src/zoom/time.js'
import { CLOCK_RANGE } from '../../core/clock.js'
import { MESSAGES, tooManyRequests } from './errors.js'
import type { ZoomPlan, ZoomState } from './state.js'

export const DAILY_MEETING_WRITES = 100
const DAY_MS = 86_400_000

export type RateLimitCategory = 'Light' | 'Medium' | 'Heavy' | 'Resource-intensive'
/**
 * Requests per window per account, by plan and category, from Zoom's rate-limit table (Business+
 * covers Business and Education; Basic is the free plan): a second, or a minute for Resource-intensive.
 */
export const PER_SECOND_LIMITS: Record<ZoomPlan, Record<RateLimitCategory, number>> = {
  basic: { Light: 4, Medium: 2, Heavy: 1, 'Resource-intensive': 10 },
  pro: { Light: 30, Medium: 20, Heavy: 10, 'Resource-intensive': 10 },
  business: { Light: 80, Medium: 60, Heavy: 40, 'Resource-intensive': 20 },
  education: { Light: 80, Medium: 60, Heavy: 40, 'Resource-intensive': 20 },
}
/** How long a category's window lasts: Resource-intensive calls are counted per minute, the others per second. */
const windowMs = (category: RateLimitCategory) => (category === 'Resource-intensive' ? 60_000 : 1000)
/** The category meeting creates and updates are labelled with, shown on their daily-limit 429. */
const MEETING_WRITE_CATEGORY: RateLimitCategory = 'Light'

const dayKey = (userId: string, now: number) => `${userId}|${new Date(now).toISOString().slice(0, 10)}`
/** When a limit renews, as Zoom writes it; on the clock's last day or second, the end of its range. */
const renewsAt = (ms: number) => formatGmt(Math.min(ms, CLOCK_RANGE.max))
const nextMidnight = (now: number) => renewsAt((Math.floor(now / DAY_MS) + 1) * DAY_MS)

/** Throws Zoom's daily-limit 429 when the user has already created or updated 100 meetings today (UTC). */
export function assertDailyMeetingWrite(state: ZoomState, userId: string, now: number): void {
  const used = state.dailyMeetingWrites.get(dayKey(userId, now)) ?? 0
  if (used < DAILY_MEETING_WRITES) return
  throw tooManyRequests(MESSAGES.dailyLimit, {
    'X-RateLimit-Category': MEETING_WRITE_CATEGORY,
    'X-RateLimit-Type': 'Daily-limit',
    'X-RateLimit-Limit': String(DAILY_MEETING_WRITES),
    'X-RateLimit-Remaining': '0',
    'Retry-After': nextMidnight(now),
  })
}

/** Counts one successful meeting create or update against the host's day. */
export function countDailyMeetingWrite(state: ZoomState, userId: string, now: number): void {
  const key = dayKey(userId, now)
  state.dailyMeetingWrites.set(key, (state.dailyMeetingWrites.get(key) ?? 0) + 1)
}

/** Counts a call in its category's current window (second or minute) and throws the 429 past the limit. */
export function assertPerSecond(
  state: ZoomState,
  accountId: string,
  category: RateLimitCategory,
  plan: ZoomPlan,
  now: number,
): void {
  const window = windowMs(category)
  const started = Math.floor(now / window)
  const prefix = `${accountId}|${category}|`
  for (const key of state.perSecondCalls.keys())
    if (key.startsWith(prefix) && key !== `${prefix}${started}`) state.perSecondCalls.delete(key)
  const key = `${prefix}${started}`
  const used = (state.perSecondCalls.get(key) ?? 0) + 1
  state.perSecondCalls.set(key, used)
  const limit = PER_SECOND_LIMITS[plan][category]
  if (used <= limit) return
  throw tooManyRequests(MESSAGES.perSecondLimit, {
    'X-RateLimit-Category': category,
    'X-RateLimit-Type': window === 1000 ? 'QPS' : 'QPM',
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': '0',
    'Retry-After': renewsAt((started + 1) * window),
  })
}
