/** @module The app over TLS: an HTTPS server that picks the leaf certificate by SNI and refuses any other name (or none) in the handshake. */
import type { RequestListener } from 'node:http'
import { createServer, type Server } from 'node:https'
import { createSecureContext } from 'node:tls'
import type { LeafCertificates } from './leaf-certificates.js'

export function createTlsServer(listener: RequestListener, leaves: LeafCertificates): Server {
  // Without a certificate the handshake ends in a handshake_failure alert, which clients report as such.
  const noCertificate = createSecureContext({})
  const server = createServer(
    {
      SNICallback: (servername, done) => {
        leaves.contextFor(servername).then(
          (context) => done(null, context ?? noCertificate),
          (error: Error) => done(error),
        )
      },
    },
    listener,
  )
  // A handshake for another name, without SNI, or broken off: that client's socket closes, nothing else.
  server.on('tlsClientError', (_error, socket) => socket.destroy())
  return server
}
