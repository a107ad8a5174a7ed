/** @module `--https` and `--proxy` around the app's request listener: the local CA, the leaf certificates this server issues, the TLS server and the proxy. */

import type { RequestListener, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type LocalCa, openCa } from './ca.js'
import { leafCertificates } from './leaf-certificates.js'
import { createProxy } from './proxy.js'
import { createTlsServer } from './tls-server.js'

export interface SecureOptions {
  caDir: string
  /** Serve TLS on this port (0: a free one). */
  httpsPort?: number
  /** Accept proxy requests on the HTTP port. */
  proxy?: boolean
}

export interface SecureServing {
  ca: LocalCa
  /** What the HTTP server answers with: the app, behind the proxy's checks with `proxy`. */
  httpListener: RequestListener
  /** Once the HTTP server listens: the proxy on it, and the TLS server on `httpsPort` (its port number then). */
  start(
    http: Server,
    listen: (server: Server, port: number) => Promise<AddressInfo>,
  ): Promise<number | undefined>
  close(): Promise<void>
}

export async function secureServing(
  listener: RequestListener,
  options: SecureOptions,
): Promise<SecureServing> {
  const ca = await openCa(options.caDir)
  const tlsServer = createTlsServer(listener, leafCertificates(ca))
  let httpPort = 0
  const proxy = options.proxy ? createProxy(listener, tlsServer, () => httpPort) : undefined
  return {
    ca,
    httpListener: proxy?.listener ?? listener,
    async start(http, listen) {
      httpPort = (http.address() as AddressInfo).port
      proxy?.attach(http)
      if (options.httpsPort === undefined) return undefined
      return (await listen(tlsServer, options.httpsPort)).port
    },
    async close() {
      proxy?.closeTunnels()
      tlsServer.closeAllConnections()
      if (tlsServer.listening) await new Promise((done) => tlsServer.close(done))
    },
  }
}
