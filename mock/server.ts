/** @module startServer: the emulator on a local HTTP port, for CI jobs and vitest globalSetup. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js'

export interface ServerOptions extends EmulatorOptions {
  /** 4010 by default; 0 picks a free port. */
  port?: number
  /** 127.0.0.1 by default. */
  host?: string
  /** Serve this emulator instead of creating one. */
  emulator?: Emulator
}

export interface RunningServer {
  url: string
  port: number
  emulator: Emulator
  close(): Promise<void>
}

export async function startServer({
  port = 4010,
  host = '127.0.0.1',
  emulator,
  ...options
}: ServerOptions = {}): Promise<RunningServer> {
  const served = emulator ?? createEmulator(options)
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: (request) => served.fetch(request), port, hostname: host },
      (info: AddressInfo) => {
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
      },
    )
    server.once('error', reject)
  })
}
