/** @module The zoom-lti-mock command line: its help and its options, turned into server options. */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { type CliWebhooks, cliWebhooks, withCliWebhooks } from './cli-webhooks.js'
import type { StateSnapshot } from './control/state.js'
import { clockInstant } from './core/clock.js'
import { formatRequestLog, isDashboardTraffic } from './log.js'
import { readSnapshotFile, StateFileError } from './persistence.js'
import { isHostAddress, type ServerOptions } from './server.js'
import { MAX_RECORDING_DELAY_MINUTES } from './services/zoom/recording-access.js'
import { ZOOM_PLANS, type ZoomPlan } from './services/zoom/state.js'
import { defaultCaDir } from './tls/ca-dir.js'

export const HELP = `zoom-lti-mock — local emulator of Zoom LTI Pro, Zoom REST API v2 and LumiNUS

Usage: zoom-lti-mock [options]
       zoom-lti-mock ca [--ca-dir <dir>] [--path]   the local CA and how to trust it

  --port <n>            port to listen on (default 4010, env PORT; 0 picks a free port)
  --host <addr>         IP address to bind, or localhost (default 127.0.0.1, env
                        HOST); any other than loopback needs --admin-token
  --admin-token <t>     the dashboard, the docs and every control call but health
                        need it: "Authorization: Bearer <t>" or the dashboard's
                        login (env ZOOM_LTI_MOCK_ADMIN_TOKEN)
  --seed <file>         start from a state snapshot (JSON, as GET /__emulator/state
                        gives it); reset returns to it
  --state-file <path>   keep the default world's state in this file: loaded at
                        start (created when missing), written atomically after
                        changes and on exit; refuses to start if it is invalid
  --contracts <dir>     validate requests against the OpenAPI contracts in this
                        folder (default: the package's contracts/)
  --now <instant>       freeze the clock at this ISO instant (default: wall clock)
  --journal-size <n>    requests each world's journal keeps (default 1000)
  --journal-bytes <n>   bytes of bodies each world's journal keeps, plus 1 KiB
                        an entry (default 4194304, 4 MiB)
  --max-bulk-jobs <n>   LTI Pro bulk jobs each world keeps; past it the oldest
                        finished ones are forgotten (default 1000)
  --latency <ms>        delay every service response by this many ms
  --fault-seed <n>      seed for fault rules with a probability (default 1)
  --rate-limits         turn on Zoom's per-second (and per-minute) rate limits
  --zoom-plan <plan>    the Zoom account's plan: pro (default), business,
                        education or basic (free); it sets the figures
                        --rate-limits applies, and basic has no reports and
                        pro no dashboard metrics
  --webhook <url>       send every Zoom event to this URL, signed (repeatable);
                        each world starts subscribed, reset keeps it
  --webhook-secret <t>  the secret token that signs them (default: a random one,
                        printed once at start)
  --webhook-allow-host <host>  let webhook URLs name this host besides loopback
                        (repeatable; * for any)
  --zoom-recording-delay <minutes>
                        minutes after a meeting ends until its cloud recording
                        is available (default 5)
  --cors                let browser pages on any origin call the emulator
                        (off by default: no Access-Control-Allow-Origin)
  --https <port>        also serve over TLS on this port, as applications.zoom.us,
                        api.zoom.us, zoom.us and luminus.azure-api.net (SNI)
  --proxy               the HTTP port is also a proxy for those hosts (CONNECT
                        and http:// requests); it refuses every other host
  --ca-dir <dir>        the local CA's folder for --https and --proxy, made on
                        first use (env ZOOM_LTI_MOCK_CA_DIR; default
                        ~/.config/zoom-lti-mock/ca); see zoom-lti-mock ca --help
  --quiet               no line per request
  -h, --help            show this help
`

/** A command line this command cannot run with: the message names the option or variable at fault. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** `source` is what the person wrote: `--port` or the environment variable `PORT`. */
function parseInteger(source: string, value: string, min: number, max: number): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${source} must be a whole number from ${min} to ${max}, not "${value}"`)
  return n
}

function parseHost(source: string, value: string): string {
  if (!isHostAddress(value))
    throw new UsageError(
      `${source} "${value}" is not an IP address: bind one, such as 127.0.0.1 or 0.0.0.0 (or localhost)`,
    )
  return value
}

function readSeed(path: string): StateSnapshot {
  const snapshot = readSnapshotFile(path, '--seed', 'fix it or pass another file')
  if (!snapshot)
    throw new StateFileError(path, 'does not exist; pass a file saved from GET /__emulator/state', '--seed')
  return snapshot
}

function zoomOptions(
  rateLimits: boolean | undefined,
  plan: string | undefined,
  allowHosts: string[],
  recordingDelay: string | undefined,
) {
  if (plan !== undefined && !(ZOOM_PLANS as readonly string[]).includes(plan))
    throw new UsageError(`--zoom-plan must be one of ${ZOOM_PLANS.join(', ')}, not "${plan}"`)
  const zoom = {
    ...(rateLimits ? { rateLimits } : {}),
    ...(plan === undefined ? {} : { plan: plan as ZoomPlan }),
    ...(allowHosts.length > 0 ? { webhookAllowHosts: allowHosts.map((host) => host.toLowerCase()) } : {}),
    ...(recordingDelay === undefined
      ? {}
      : {
          recordingDelayMinutes: parseInteger(
            '--zoom-recording-delay',
            recordingDelay,
            0,
            MAX_RECORDING_DELAY_MINUTES,
          ),
        }),
  }
  return Object.keys(zoom).length > 0 ? { zoom } : {}
}

/** `--https`, `--proxy` and the CA's folder they need. */
function secureOptions(
  httpsPort: string | undefined,
  proxy: boolean | undefined,
  caDir: string | undefined,
  env: NodeJS.ProcessEnv,
): Pick<ServerOptions, 'httpsPort' | 'proxy' | 'caDir'> {
  if (httpsPort === undefined && !proxy) {
    if (caDir !== undefined)
      throw new UsageError('--ca-dir needs --https or --proxy (or zoom-lti-mock ca --ca-dir)')
    return {}
  }
  return {
    ...(httpsPort === undefined ? {} : { httpsPort: parseInteger('--https', httpsPort, 0, 65_535) }),
    ...(proxy ? { proxy } : {}),
    caDir: caDir ?? (env.ZOOM_LTI_MOCK_CA_DIR || defaultCaDir(env)),
  }
}

const optionsSpec = {
  port: { type: 'string' },
  host: { type: 'string' },
  'admin-token': { type: 'string' },
  seed: { type: 'string' },
  'state-file': { type: 'string' },
  contracts: { type: 'string' },
  now: { type: 'string' },
  'journal-size': { type: 'string' },
  'journal-bytes': { type: 'string' },
  'max-bulk-jobs': { type: 'string' },
  latency: { type: 'string' },
  'fault-seed': { type: 'string' },
  'rate-limits': { type: 'boolean' },
  'zoom-plan': { type: 'string' },
  webhook: { type: 'string', multiple: true },
  'webhook-secret': { type: 'string' },
  'webhook-allow-host': { type: 'string', multiple: true },
  'zoom-recording-delay': { type: 'string' },
  cors: { type: 'boolean' },
  https: { type: 'string' },
  proxy: { type: 'boolean' },
  'ca-dir': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const takesValue = (flag: string) =>
  flag.startsWith('--') && optionsSpec[flag.slice(2) as keyof typeof optionsSpec]?.type === 'string'
const isOption = (arg: string) =>
  arg === '-h' || (arg.startsWith('--') && Object.hasOwn(optionsSpec, arg.slice(2).split('=')[0] ?? ''))

/** `--port -1` means the value -1: an argument after an option that takes a value is that value unless it is an option itself. */
function joinDashValues(args: string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const next = args[i + 1]
    if (takesValue(arg) && next?.startsWith('-') && !isOption(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  return joined
}

/** parseArgs, its errors said in the words of this command's other messages. */
function parseCommandLine(args: string[]) {
  try {
    return parseArgs({ args: joinDashValues(args), options: optionsSpec, strict: true }).values
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    const option = /'(-[\w-]+)/.exec(message)?.[1]
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
      throw new UsageError(
        message.includes('does not take') ? `${option} takes no value` : `${option} needs a value`,
      )
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`${option} is not an option`)
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`${message.split('.')[0]}: options start with --`)
    throw error
  }
}

/** Server options from the command line and the environment; throws with a message naming the option. */
export function serverOptions(
  args: string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void = console.log,
): ServerOptions & { help?: boolean; webhooks?: CliWebhooks } {
  const v = parseCommandLine(args)
  if (v.help) return { help: true }
  const allowHosts = v['webhook-allow-host'] ?? []
  const webhooks = cliWebhooks(v.webhook ?? [], v['webhook-secret'], allowHosts, (m) => new UsageError(m))
  const adminToken = v['admin-token'] ?? env.ZOOM_LTI_MOCK_ADMIN_TOKEN
  if (v.now !== undefined && !Number.isFinite(Date.parse(v.now)))
    throw new UsageError(`--now must be an ISO instant, not "${v.now}"`)
  if (v.now !== undefined) {
    try {
      clockInstant(v.now)
    } catch (error) {
      throw new UsageError(`--now ${v.now}: ${(error as Error).message}`)
    }
  }
  if (v.contracts !== undefined && !existsSync(v.contracts))
    throw new UsageError(`--contracts ${v.contracts}: no such folder`)
  const options: ServerOptions = {
    port:
      v.port !== undefined
        ? parseInteger('--port', v.port, 0, 65_535)
        : parseInteger('PORT', env.PORT || '4010', 0, 65_535),
    host: v.host !== undefined ? parseHost('--host', v.host) : parseHost('HOST', env.HOST || '127.0.0.1'),
    ...(adminToken ? { adminToken } : {}),
    ...(v.seed === undefined ? {} : { state: readSeed(v.seed) }),
    ...(v['state-file'] === undefined ? {} : { stateFile: v['state-file'] }),
    ...(v.contracts === undefined ? {} : { contractsDir: v.contracts }),
    ...(v.now === undefined ? {} : { now: v.now }),
    ...(v['journal-size'] === undefined
      ? {}
      : { journalSize: parseInteger('--journal-size', v['journal-size'], 1, 1_000_000) }),
    ...(v['journal-bytes'] === undefined
      ? {}
      : { journalBytes: parseInteger('--journal-bytes', v['journal-bytes'], 1, 2 ** 32) }),
    ...(v['max-bulk-jobs'] === undefined
      ? {}
      : { ltiPro: { maxBulkJobs: parseInteger('--max-bulk-jobs', v['max-bulk-jobs'], 1, 1_000_000) } }),
    ...(v.latency === undefined ? {} : { latencyMs: parseInteger('--latency', v.latency, 0, 300_000) }),
    ...(v['fault-seed'] === undefined
      ? {}
      : { faultSeed: parseInteger('--fault-seed', v['fault-seed'], 0, 2 ** 32 - 1) }),
    ...zoomOptions(v['rate-limits'], v['zoom-plan'], allowHosts, v['zoom-recording-delay']),
    ...(v.cors ? { cors: true } : {}),
    ...secureOptions(v.https, v.proxy, v['ca-dir'], env),
    ...(v.quiet ? {} : { onRequest: (log) => isDashboardTraffic(log) || print(formatRequestLog(log)) }),
  }
  return webhooks ? { ...withCliWebhooks(options, webhooks), webhooks } : options
}
