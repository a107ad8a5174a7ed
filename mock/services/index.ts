/** @module SERVICES: the emulated services, in the order their routes are registered; adding a service is one folder and one line here. */
import type { ServiceModule } from '../core/service.js'
import { ltiPro } from './lti-pro/index.js'
import { luminus } from './luminus/index.js'
import { zoom } from './zoom/index.js'

export const SERVICES: readonly ServiceModule[] = [ltiPro, zoom, luminus]
