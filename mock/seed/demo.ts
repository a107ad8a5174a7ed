/** @module The demo seed: the fixed world (README, "Demo credentials") that `npm start`, the tests and every sandbox begin with. */
import { CLOCK_RANGE } from '../core/clock.js'
import type { Credentials, Store } from '../core/store.js'
import {
  defaultMeetingSettings,
  defaultWebinarSettings,
  type ZoomMeeting,
  type ZoomWebinar,
} from '../services/zoom/state.js'

export const DEMO_CREDENTIALS: Credentials = {
  lti: { key: 'demo-lti-key', secret: 'demo-lti-secret' },
  zoom: {
    accountId: 'demo-account',
    clientId: 'demo-client-id',
    clientSecret: 'demo-client-secret',
    jwtKey: 'demo-jwt-key',
    jwtSecret: 'demo-jwt-secret',
  },
  luminus: { subscriptionKey: 'demo-subscription-key', studentKey: 'demo-student-key' },
}

export const DEMO = {
  domain: 'https://lms.example.edu',
  contexts: [
    { contextId: 'demo-context-1', courseId: '101', title: 'CS1010 Programming Methodology' },
    { contextId: 'demo-context-2', courseId: '102', title: 'CS2030 Programming Methodology II' },
  ],
  adminId: 'demo-admin',
  hostId: 'demo-host',
  timezone: 'Asia/Singapore',
  luminus: {
    moduleId: '00000000-0000-4000-8000-0000000000a1',
    meetingId: '00000000-0000-4000-8000-000000000001',
    staffId: 'e0000001',
    studentId: 'e0000002',
  },
} as const

const HOUR = 3_600_000
const DAY = 24 * HOUR
const YEAR = 366 * DAY

const isoSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`

interface DemoMeeting {
  id: number
  topic: string
  type: ZoomMeeting['type']
  /** Hours from the current hour; absent for type 3. */
  startsInHours?: number
  duration: number
  context?: 'demo-context-1' | 'demo-context-2'
  recurrence?: ZoomMeeting['recurrence']
  /** Records to the cloud: its instances have cloud recordings. */
  cloudRecording?: true
}

/** demo-host's meetings: upcoming and past, most of them linked to a course. */
export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    id: 81000000001,
    topic: 'Week 1 Lecture',
    type: 2,
    startsInHours: 24,
    duration: 120,
    context: 'demo-context-1',
  },
  {
    id: 81000000002,
    topic: 'Week 2 Lecture',
    type: 2,
    startsInHours: 192,
    duration: 120,
    context: 'demo-context-1',
  },
  { id: 81000000003, topic: 'Consultation hours', type: 3, duration: 60, context: 'demo-context-1' },
  {
    id: 81000000004,
    topic: 'Orientation',
    type: 2,
    startsInHours: -168,
    duration: 90,
    context: 'demo-context-1',
  },
  {
    id: 81000000005,
    topic: 'Week 0 Briefing',
    type: 2,
    startsInHours: -48,
    duration: 60,
    context: 'demo-context-1',
    cloudRecording: true,
  },
  {
    id: 81000000006,
    topic: 'Tutorial Group A',
    type: 8,
    startsInHours: 50,
    duration: 60,
    context: 'demo-context-2',
    recurrence: { type: 2, repeat_interval: 1, weekly_days: '3', end_times: 10 },
  },
  { id: 81000000007, topic: 'Office chat', type: 2, startsInHours: 72, duration: 30 },
]

/** demo-host's one webinar (demo-host's settings enable webinars): two days ahead, taking registrations approved at once. */
export const DEMO_WEBINAR_ID = 82000000001

function demoWebinar(now: number): ZoomWebinar {
  const hour = Math.floor(now / HOUR) * HOUR
  return {
    uuid: Buffer.from('demo-webinar-001').toString('base64'),
    id: DEMO_WEBINAR_ID,
    host_id: DEMO.hostId,
    host_email: 'host@example.edu',
    topic: 'Open Day Webinar',
    type: 5,
    start_time: isoSeconds(hour + 48 * HOUR),
    duration: 90,
    timezone: DEMO.timezone,
    agenda: 'What studying computing here is like.',
    created_at: isoSeconds(hour - 30 * DAY),
    password: 'Open0001',
    h323_passcode: '820001',
    encrypted_passcode: Buffer.from('Open0001-encrypted-demo-pwd').toString('base64url').slice(0, 32),
    settings: { ...defaultWebinarSettings(), approval_type: 0 },
  }
}

function demoMeeting(m: DemoMeeting, now: number): ZoomMeeting {
  const hour = Math.floor(now / HOUR) * HOUR
  const password = `Demo${String(m.id).slice(-4)}`
  return {
    uuid: Buffer.from(`demo-meeting-${String(m.id).slice(-3)}`).toString('base64'),
    id: m.id,
    host_id: DEMO.hostId,
    host_email: 'host@example.edu',
    topic: m.topic,
    type: m.type,
    ...(m.startsInHours === undefined ? {} : { start_time: isoSeconds(hour + m.startsInHours * HOUR) }),
    duration: m.duration,
    timezone: DEMO.timezone,
    agenda: '',
    created_at: isoSeconds(hour - 30 * DAY),
    password,
    h323_password: String(m.id).slice(-6),
    pstn_password: String(m.id).slice(-6),
    encrypted_password: Buffer.from(`${password}-encrypted-demo-pwd`).toString('base64url').slice(0, 32),
    pre_schedule: false,
    settings: {
      ...defaultMeetingSettings(),
      ...(m.cloudRecording ? { auto_recording: 'cloud' as const } : {}),
    },
    ...(m.recurrence ? { recurrence: m.recurrence } : {}),
  }
}

/** Fills an empty store with the demo world, its times relative to `now`, under the given credentials. */
export function seedDemo(store: Store, clockNow: number, credentials: Credentials = DEMO_CREDENTIALS): void {
  // Near either end of the clock's range the demo world is placed a year inside it, so none of its times leaves the range.
  const now = Math.min(Math.max(clockNow, CLOCK_RANGE.min + YEAR), CLOCK_RANGE.max - YEAR)
  const { lti, zoom, luminus } = credentials
  const createdAt = isoSeconds(Math.floor(now / DAY) * DAY - 90 * DAY)

  store.zoom.accounts.set(zoom.accountId, { id: zoom.accountId, ...zoom })
  for (const [id, email, first, role, pmi] of [
    [DEMO.adminId, 'admin@example.edu', 'Ada', 'Admin', 5550000001],
    [DEMO.hostId, 'host@example.edu', 'Harper', 'Member', 5550000002],
  ] as const) {
    store.zoom.users.set(id, {
      id,
      account_id: zoom.accountId,
      email,
      first_name: first,
      last_name: 'Demo',
      type: 2,
      role_name: role,
      status: 'active',
      pmi,
      timezone: DEMO.timezone,
      language: 'en-US',
      dept: 'Computing',
      created_at: createdAt,
      created_by_action: 'create',
    })
  }

  store.zoom.userSettings.set(DEMO.hostId, { feature: { webinar: true } })
  store.zoom.webinars.set(String(DEMO_WEBINAR_ID), demoWebinar(now))
  store.zoom.groups.set('demo-group-staff', {
    id: 'demo-group-staff',
    account_id: zoom.accountId,
    name: 'Teaching staff',
    member_ids: [DEMO.adminId, DEMO.hostId],
  })
  store.zoom.trackingFields.set('demo-tracking-course', {
    id: 'demo-tracking-course',
    account_id: zoom.accountId,
    field: 'Course code',
    required: false,
    visible: true,
    recommended_values: ['CS1010', 'CS2030'],
  })

  store.lti.credentials.set(lti.key, { key: lti.key, secret: lti.secret, accountId: zoom.accountId })
  for (const course of DEMO.contexts) {
    store.lti.courses.set(`${lti.key}|${DEMO.domain}|${course.contextId}`, {
      credentialKey: lti.key,
      domain: DEMO.domain,
      ...course,
    })
  }

  for (const m of DEMO_MEETINGS) {
    store.zoom.meetings.set(String(m.id), demoMeeting(m, now))
    const course = DEMO.contexts.find((c) => c.contextId === m.context)
    if (!course) continue
    store.lti.associations.set(`${lti.key}|${m.id}|${DEMO.domain}|${course.contextId}`, {
      credentialKey: lti.key,
      meetingId: String(m.id),
      contextId: course.contextId,
      domain: DEMO.domain,
      courseId: course.courseId,
      createdAt: now - 30 * DAY,
    })
  }

  const { moduleId, meetingId, staffId, studentId } = DEMO.luminus
  store.luminus.users.set(staffId, { id: staffId, name: 'Harper Demo', email: 'host@example.edu' })
  store.luminus.users.set(studentId, { id: studentId, name: 'Sam Student', email: 'e0000002@u.example.edu' })
  store.luminus.modules.set(moduleId, { id: moduleId, code: 'CS1010', name: 'Programming Methodology' })
  store.luminus.staff.set(`${moduleId}|${staffId}`, { moduleId, userId: staffId, access: 'full' })
  store.luminus.subscriptions.set(luminus.subscriptionKey, { key: luminus.subscriptionKey, userId: staffId })
  store.luminus.subscriptions.set(luminus.studentKey, { key: luminus.studentKey, userId: studentId })
  const lecture = store.zoom.meetings.get('81000000001')
  if (lecture?.start_time) {
    const start = Date.parse(lecture.start_time)
    store.luminus.meetings.set(meetingId, {
      id: meetingId,
      moduleId,
      meetingID: String(lecture.id),
      name: lecture.topic,
      startDate: new Date(start).toISOString(),
      endDate: new Date(start + lecture.duration * 60_000).toISOString(),
      createdDate: createdAt,
      creatorID: staffId,
      meetingType: 2,
      isSendEmail: false,
      isPublishRecordURL: true,
      exportMultimediaWeb: false,
      channelID: null,
      channelName: null,
      publishMutimediaChannel: false,
    })
  }
}
