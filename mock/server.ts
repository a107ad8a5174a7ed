/** @module startServer: the emulator on a local HTTP port, for CI jobs and vitest globalSetup. */
import type { AddressInfo } from 'node:net'
import { type HttpBindings, serve } from '@hono/node-server'
import { isConnectionDropped } from './control/drop.js'
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js'

export interface ServerOptions extends EmulatorOptions {
  /** 4010 by default; 0 picks a free port. */
  port?: number
  /** 127.0.0.1 by default. Any other than loopback needs `adminToken`. */
  host?: string
  /** Serve this emulator instead of creating one; loopback hosts only. */
  emulator?: Emulator
}

export interface RunningServer {
  url: string
  port: number
  emulator: Emulator
  close(): Promise<void>
}

/** Whether only this machine can reach an address. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)

export async function startServer({
  port = 4010,
  host = '127.0.0.1',
  emulator,
  ...options
}: ServerOptions = {}): Promise<RunningServer> {
  if (!isLoopback(host) && (options.adminToken === undefined || emulator !== undefined))
    throw new Error(
      `Refusing to listen on ${host} without an admin token: anyone who can reach it could reset, ` +
        'rewrite or read the emulator. Pass --admin-token <secret> (startServer({ adminToken }), ' +
        'without `emulator`), or bind 127.0.0.1.',
    )
  const served = emulator ?? createEmulator(options)
  const fetch = async (request: Request, env: HttpBindings | object): Promise<Response> => {
    try {
      return await served.fetch(request)
    } catch (error) {
      if (!isConnectionDropped(error) || !('incoming' in env)) throw error
      env.incoming.socket.destroy()
      return new Response(null, { status: 500 })
    }
  }
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        emulator: served,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}
