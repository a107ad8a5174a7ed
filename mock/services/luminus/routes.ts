/** @module LumiNUS Zoom Conferencing API routes under /zoom, behind the emulated Azure API Management. */
import { Hono } from 'hono'
import type { operations } from '../../../src/generated/luminus.js'
import { requestValidator } from '../../core/pipeline/validation.js'
import type { EmulatorContext } from '../../core/service.js'
import { availableRecordingsOf } from '../zoom/recordings-model.js'
import { apimRateLimit, type LuminusEnv, subscriptionKeyAuth } from './auth.js'
import { LUMINUS_REQUEST_ERRORS } from './errors.js'
import { LuminusModel } from './model.js'

export const luminusRoutes = (ctx: EmulatorContext) =>
  new Hono<LuminusEnv>().get(
    '/zoom/Meeting/:ID/Sync',
    subscriptionKeyAuth(),
    apimRateLimit(ctx.options),
    requestValidator<operations>(ctx.contracts, 'luminus.yaml', () => LUMINUS_REQUEST_ERRORS)('syncMeeting'),
    (c) => {
      const world = c.get('world')
      const delay = ctx.options.zoom.recordingDelayMinutes
      const recordings = (meetingNumber: string) => availableRecordingsOf(world, meetingNumber, delay)
      return c.json(new LuminusModel(world.store, recordings).sync(c.req.param('ID'), c.get('userId')))
    },
  )
