/** @module createEmulator: the emulator of every service in SERVICES, with the dashboard, its default world seeded with the demo. */
import { assembleEmulator, type Emulator, type EmulatorOptions } from './core/emulator.js'
import { loginPage } from './dashboard/login.js'
import { dashboardRoutes } from './dashboard/routes.js'
import { DEMO_CREDENTIALS, seedDemo } from './seed/demo.js'
import { SERVICES } from './services/index.js'

/** The one Hono app behind the server, the MSW handlers and in-process use. */
export const createEmulator = (options: EmulatorOptions = {}): Emulator =>
  assembleEmulator(
    {
      services: SERVICES,
      dashboard: { routes: dashboardRoutes, loginPage },
      credentials: DEMO_CREDENTIALS,
      seed: seedDemo,
    },
    options,
  )
