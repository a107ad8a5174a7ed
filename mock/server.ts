/** @module startServer: the emulator on a local HTTP port, for CI jobs and vitest globalSetup. */
import { createServer, type Server } from 'node:http'
import { type AddressInfo, isIP } from 'node:net'
import { getRequestListener, type HttpBindings } from '@hono/node-server'
import { isConnectionDropped } from './core/drop.js'
import { type Emulator, type EmulatorOptions, FETCH_OVER_HTTP } from './core/emulator.js'
import { createEmulator } from './emulator.js'
import { readStateFile, type StateWriter, stateWriter } from './persistence.js'

export interface ServerOptions extends EmulatorOptions {
  /** 4010 by default; 0 picks a free port. */
  port?: number
  /** 127.0.0.1 by default. Any other than loopback needs `adminToken`. */
  host?: string
  /** Serve this emulator instead of creating one; loopback hosts only, no `stateFile`. */
  emulator?: Emulator
  /**
   * Where the default world's state lives (`--state-file`): loaded at start (a missing file is
   * created; an unreadable or invalid one refuses the start), written atomically after changes and on close.
   */
  stateFile?: string
  /** Also serve the app over TLS on this port (0 picks a free one), for the emulated hosts' names (`--https`). */
  httpsPort?: number
  /** The HTTP port also answers proxy requests (CONNECT, absolute-form) for the emulated hosts, and refuses others (`--proxy`). */
  proxy?: boolean
  /** The local CA's folder for `httpsPort` and `proxy`; made on first use. */
  caDir?: string
}

export interface RunningServer {
  url: string
  port: number
  /** Present with `httpsPort`: `https://<host>:<port>`. */
  httpsUrl?: string
  httpsPort?: number
  /** Present with `httpsPort` or `proxy`: the CA certificate clients trust. */
  caFile?: string
  emulator: Emulator
  /** Present with `stateFile`. */
  stateWriter?: StateWriter
  /** Stops listening, then writes the state file if anything is pending. */
  close(): Promise<void>
}

/** Whether only this machine can reach an address. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)

/**
 * Whether the server can bind this host as given: an IP address, or `localhost` (always this
 * machine). Other names are refused: which interface a name resolves to cannot be judged loopback.
 */
export const isHostAddress = (host: string): boolean => isIP(host) !== 0 || host === 'localhost'

/** What a failed listen means to the person starting the server, and what to do about it. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(
        `Port ${port} is already in use on ${host}: stop what listens there, or pass --port 0 (startServer({ port: 0 })) to pick a free port`,
        { cause: error },
      )
    case 'EADDRNOTAVAIL':
      return new Error(`${host} is not an address of this machine: bind one it has, such as 127.0.0.1`, {
        cause: error,
      })
    default:
      return error
  }
}

export async function startServer({
  port = 4010,
  host = '127.0.0.1',
  emulator,
  httpsPort,
  proxy,
  caDir,
  ...options
}: ServerOptions = {}): Promise<RunningServer> {
  if (!isHostAddress(host))
    throw new Error(`"${host}" is not an IP address: bind one, such as 127.0.0.1 or 0.0.0.0 (or localhost)`)
  if (!isLoopback(host) && (options.adminToken === undefined || emulator !== undefined))
    throw new Error(
      `Refusing to listen on ${host} without an admin token: anyone who can reach it could reset, ` +
        'rewrite or read the emulator. Pass --admin-token <secret> (startServer({ adminToken }), ' +
        'without `emulator`), or bind 127.0.0.1.',
    )
  if (options.stateFile !== undefined && emulator !== undefined)
    throw new Error('A state file needs an emulator startServer creates: pass stateFile without `emulator`.')
  const secured = httpsPort !== undefined || proxy === true
  if (secured && caDir === undefined)
    throw new Error('HTTPS and the proxy need the local CA: pass caDir (--ca-dir), a folder of your own.')
  const { served, writer } = persistentEmulator(emulator, options)
  const fetch = async (request: Request, env: HttpBindings | object): Promise<Response> => {
    try {
      return await ('incoming' in env ? served[FETCH_OVER_HTTP](request, env) : served.fetch(request))
    } catch (error) {
      if (!isConnectionDropped(error) || !('incoming' in env)) throw error
      env.incoming.socket.destroy()
      return new Response(null, { status: 500 })
    }
  }
  const listener = getRequestListener(fetch, { hostname: host })
  const secure =
    !secured || caDir === undefined
      ? undefined
      : await import('./tls/secure-serving.js').then(({ secureServing }) =>
          secureServing(listener, {
            caDir,
            ...(httpsPort === undefined ? {} : { httpsPort }),
            proxy: proxy === true,
          }),
        )
  const server = createServer(secure?.httpListener ?? listener)
  const info = await listen(server, port, host)
  const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
  const close = async () => {
    await secure?.close()
    await new Promise<void>((done, fail) => {
      server.close((error) => (error ? fail(error) : done()))
      server.closeAllConnections()
    })
    await writer?.flush()
  }
  const tlsPort = await secure
    ?.start(server, (tlsServer, tlsPort) => listen(tlsServer, tlsPort, host))
    .catch(async (error: unknown) => {
      await close()
      throw error
    })
  return {
    url: `http://${shownHost}:${info.port}`,
    port: info.port,
    ...(tlsPort === undefined ? {} : { httpsUrl: `https://${shownHost}:${tlsPort}`, httpsPort: tlsPort }),
    ...(secure ? { caFile: secure.ca.certFile } : {}),
    emulator: served,
    ...(writer ? { stateWriter: writer } : {}),
    close,
  }
}

/** Listens on `host`, or fails with a message that says what to do. */
const listen = (server: Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)))
    server.listen(port, host, () => resolve(server.address() as AddressInfo))
  })

/** The emulator to serve, and with `stateFile` the writer that keeps the file up to date after every request that may change the state. */
function persistentEmulator(
  emulator: Emulator | undefined,
  { stateFile, ...options }: EmulatorOptions & { stateFile?: string },
): { served: Emulator; writer?: StateWriter } {
  if (emulator) return { served: emulator }
  if (stateFile === undefined) return { served: createEmulator(options) }
  const saved = readStateFile(stateFile)
  const { onRequest } = options
  const served = createEmulator({
    ...options,
    onRequest: (log) => {
      // Any service request may change a world (LTI Pro processes due bulk jobs on reads); control reads never do.
      if (log.service !== 'control' || log.method !== 'GET') writer.changed()
      onRequest?.(log)
    },
  })
  const writer = stateWriter(stateFile, () => served.exportState())
  if (saved) {
    // The clock follows --now or the wall clock, as with --seed: the file holds the store.
    const { clock: _ignored, ...withoutClock } = saved
    served.importState(withoutClock)
  } else writer.changed()
  return { served, writer }
}
