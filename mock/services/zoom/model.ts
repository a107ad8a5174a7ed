/** @module ZoomModel: the Zoom account's users and meetings as one facade, for the routes and for LTI Pro; never imports Hono. */
import type { MeetingBodySent } from '../../../src/zoom/meeting-rules.js'
import type { ServiceOptions } from '../../core/context.js'
import type { World } from '../../core/world.js'
import { ZoomAccountDirectory } from './account-model.js'
import { ZoomMeetings } from './meetings-model.js'
import { ZoomRecordings } from './recordings-model.js'
import { ZoomRegistrants } from './registrants-model.js'
import { ZoomReports } from './reports-model.js'
import { ZoomUserSettings } from './settings-model.js'
import type { ZoomMeeting } from './state.js'
import { ZoomUsers } from './users-model.js'
import { ZoomWebinars } from './webinars-model.js'

export class ZoomModel {
  readonly users: ZoomUsers
  readonly meetings: ZoomMeetings
  readonly webinars: ZoomWebinars
  readonly registrants: ZoomRegistrants
  /** Reports and dashboard metrics of what happened. */
  readonly reports: ZoomReports
  readonly settings: ZoomUserSettings
  readonly directory: ZoomAccountDirectory
  readonly recordings: ZoomRecordings

  /** With `accountId`, sees only that account's users and their meetings (a token's view); else the whole world. */
  constructor(
    readonly world: World,
    readonly options: ServiceOptions['zoom'],
    readonly accountId?: string,
  ) {
    this.users = new ZoomUsers(world, accountId)
    this.meetings = new ZoomMeetings(world, this.users)
    this.webinars = new ZoomWebinars(world, this.users)
    this.registrants = new ZoomRegistrants(world)
    this.reports = new ZoomReports(world, this.users, options.plan, accountId ?? '')
    this.settings = new ZoomUserSettings(world)
    this.directory = new ZoomAccountDirectory(world, this.users, this.meetings, accountId)
    this.recordings = new ZoomRecordings(world, this.users, options.recordingDelayMinutes)
  }

  /** userId is an id, an email or 'me'; throws ZoomError: 404/1001 unknown user, 400/300 validation (errors[]), 429 daily limit. */
  createMeeting(userId: string, body: MeetingBodySent): ZoomMeeting {
    return this.meetings.create(userId, body)
  }
}
