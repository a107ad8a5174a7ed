/** @module One world's whole picture: its clock with controls, its credentials and every service's panels. */
import type { FC } from 'hono/jsx'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { Section } from './components.js'
import { FaultsPanel } from './faults-panel.js'
import { offset, utc } from './format.js'

const HOUR = 3_600_000
const STEPS: [label: string, ms: number][] = [
  ['+1 hour', HOUR],
  ['+1 day', 24 * HOUR],
  ['+1 week', 7 * 24 * HOUR],
]

export const ClockCard: FC<{ world: World }> = ({ world }) => {
  const now = world.clock.now()
  return (
    <Section id="clock" title="Emulator clock">
      <p class="clock-now">
        <time id="clock-now" datetime={new Date(now).toISOString()} data-ms={String(now)}>
          {utc(now)}
        </time>{' '}
        <span class="muted">offset from the wall clock: {offset(world.clock.offsetMs())}</span>
      </p>
      <div class="controls">
        {STEPS.map(([label, ms]) => (
          <button type="button" data-action="advance" data-ms={String(ms)}>
            {label}
          </button>
        ))}
        <label>
          Set to (UTC){' '}
          <input
            id="clock-set"
            type="datetime-local"
            step="1"
            value={new Date(now).toISOString().slice(0, 19)}
          />
        </label>
        <button type="button" data-action="set-clock">
          Set
        </button>
      </div>
    </Section>
  )
}

export const Credentials: FC<{ world: World; services: readonly ServiceModule[] }> = ({
  world,
  services,
}) => (
  <Section id="credentials" title="Credentials" note="Requests carrying these credentials reach this world.">
    <dl class="credentials">
      {services.map((service) => {
        const View = service.dashboard?.Credentials
        return View ? <View credentials={world.credentials[service.key]} /> : null
      })}
    </dl>
  </Section>
)

/** The part of the page that the client refreshes: everything that changes with the world's state. */
export const WorldPanels: FC<{ world: World; services: readonly ServiceModule[] }> = ({
  world,
  services,
}) => (
  <>
    <ClockCard world={world} />
    <Credentials world={world} services={services} />
    {services.map((service) => {
      const Panels = service.dashboard?.Panels
      return Panels ? <Panels world={world} /> : null
    })}
    <FaultsPanel world={world} />
  </>
)
