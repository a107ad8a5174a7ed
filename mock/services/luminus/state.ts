/** @module The LumiNUS slice of a world's state: modules, users, staff access, keys and meetings. */

export interface LuminusUser {
  /** NUSNET id, like `e0000001`. */
  id: string
  name: string
  email: string
}

export interface LuminusModule {
  id: string
  code: string
  name: string
}

export interface LuminusStaff {
  moduleId: string
  userId: string
  access: 'full' | 'read'
}

export interface LuminusSubscription {
  key: string
  userId: string
}

/** LumiNUS's own record of a Zoom meeting; the Zoom-derived fields are refreshed by Sync. */
export interface LuminusMeeting {
  id: string
  moduleId: string
  /** Zoom meeting number, as a string. */
  meetingID: string
  name: string
  startDate: string
  endDate: string
  createdDate: string
  creatorID: string
  /** 1 exam, 2 custom, 3 timetable. */
  meetingType: 1 | 2 | 3
  isSendEmail: boolean
  isPublishRecordURL: boolean
  exportMultimediaWeb: boolean
  channelID: string | null
  channelName: string | null
  publishMutimediaChannel: boolean
  /** Zoom's host key for the meeting's host, as LumiNUS stores it; empty when unknown. */
  hostKey?: string
  /** The Zoom-derived fields as of the last sync; absent until the first one. */
  lastKnown?: LuminusZoomFields
}

/** What Sync copies from the Zoom meeting into the LumiNUS record. */
export interface LuminusZoomFields {
  topic: string
  /** The Zoom user the meeting belongs to (its host's email). */
  apiUserName: string
  meetingDuration: number
  meetingPassword: string
  joinUrl: string
  isWaitingRoom: boolean
  muteUponEntry: boolean
  meetingAuthentication: boolean
  authenticationOpt: string
  alternativeHosts: string
  /** 0 none, 1 local, 2 cloud. */
  recordType: 0 | 1 | 2
  notFoundInZoom: boolean
}

/** An Azure API Management rate-limit window of one subscription key. */
export interface RateLimitWindow {
  startedAt: number
  calls: number
}

export interface LuminusState {
  users: Map<string, LuminusUser>
  modules: Map<string, LuminusModule>
  /** By `moduleId|userId`. */
  staff: Map<string, LuminusStaff>
  /** By key. */
  subscriptions: Map<string, LuminusSubscription>
  meetings: Map<string, LuminusMeeting>
  /** By subscription key; only used when the rate limit is configured. */
  rateLimitWindows: Map<string, RateLimitWindow>
}

export const createLuminusState = (): LuminusState => ({
  users: new Map(),
  modules: new Map(),
  staff: new Map(),
  subscriptions: new Map(),
  meetings: new Map(),
  rateLimitWindows: new Map(),
})

declare module '../../core/store.js' {
  interface Store {
    luminus: LuminusState
  }
  interface Credentials {
    /** A staff member's subscription key, and a student's. */
    luminus: { subscriptionKey: string; studentKey: string }
  }
}
declare module '../../core/context.js' {
  interface ServiceOptions {
    luminus: {
      /** Azure API Management `rate-limit` policy per subscription key; off when absent. */
      rateLimit?: { calls: number; renewalPeriodSeconds: number }
    }
  }
}
declare module '../../core/request-tags.js' {
  interface ServiceNames {
    luminus: 'luminus'
  }
}
