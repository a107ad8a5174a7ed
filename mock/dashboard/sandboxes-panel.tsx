/** @module The sandboxes panel: every sandbox with its credentials, each with a copy button, and buttons that create and delete them (`/__emulator/sandboxes`). */
import type { FC } from 'hono/jsx'
import type { ServiceModule } from '../core/service.js'
import type { World } from '../core/world.js'
import { Section } from './components.js'

export const SANDBOXES_FRAGMENT = '/__emulator/dashboard/sandboxes'

/** Each credential of a world with its service's title: `[LTI Pro key, demo-lti-key]`. */
const credentialsOf = (world: World, services: readonly ServiceModule[]): [string, string][] =>
  services.flatMap((service) =>
    Object.entries(world.credentials[service.key] as unknown as Record<string, string>).map(
      ([name, value]): [string, string] => [`${service.title} ${name}`, value],
    ),
  )

const Sandbox: FC<{ world: World; services: readonly ServiceModule[]; current: boolean }> = ({
  world,
  services,
  current,
}) => (
  <article class="sandbox" data-sandbox={world.id} aria-labelledby={`${world.id}-name`}>
    <h3 id={`${world.id}-name`}>
      <a href={`/?sandbox=${encodeURIComponent(world.id)}`}>{world.id}</a>
      {current ? ' (shown)' : ''}
    </h3>
    <dl class="sandbox-credentials">
      {credentialsOf(world, services).map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>
            <code>{value}</code>
            <button
              type="button"
              data-action="copy"
              data-copy={value}
              aria-label={`Copy ${label} of ${world.id}`}
            >
              Copy
            </button>
          </dd>
        </>
      ))}
    </dl>
    <button type="button" class="danger" data-action="delete-sandbox" data-sandbox={world.id}>
      Delete {world.id}
    </button>
  </article>
)

/** `sandboxes`: every sandbox, oldest first (the default world is not one); the script re-renders it from SANDBOXES_FRAGMENT. */
export const SandboxesPanel: FC<{
  sandboxes: World[]
  current: World
  services: readonly ServiceModule[]
}> = ({ sandboxes, current, services }) => (
  <Section
    id="sandboxes"
    title="Sandboxes"
    count={sandboxes.length}
    note="Isolated worlds with the seed's structure and their own credentials: requests carrying them reach that sandbox."
  >
    {sandboxes.length === 0 ? (
      <p class="empty">No sandboxes.</p>
    ) : (
      sandboxes.map((world) => (
        <Sandbox world={world} services={services} current={world.id === current.id} />
      ))
    )}
    <p class="controls">
      <button type="button" data-action="create-sandbox">
        Create a sandbox
      </button>
    </p>
  </Section>
)
