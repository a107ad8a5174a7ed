/** @module The forward proxy on the HTTP port: CONNECT and absolute-form requests for the emulated hosts reach the app; any other host is refused before anything is dialled. */
import { type IncomingMessage, type RequestListener, type Server, STATUS_CODES } from 'node:http'
import type { Server as TlsServer } from 'node:https'
import type { Duplex } from 'node:stream'
import { EMULATED_HOSTS, isEmulatedHost } from './hosts.js'

const ONLY = `zoom-lti-mock's proxy answers ${EMULATED_HOSTS.join(', ')} itself and forwards nothing`
const AUTHORITY = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]]+):(\d{1,5})$/i

/** What the proxy refuses, as the control API words its errors. */
const refusal = (message: string) => JSON.stringify({ error: message })

function refuseTunnel(socket: Duplex, status: number, message: string): void {
  const body = refusal(message)
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}

/**
 * `CONNECT host:443` for an emulated host: 200, then the tunnelled bytes go to the TLS server as
 * a connection of its own, which terminates TLS with that host's certificate and answers with the app.
 */
function tunnel(tlsServer: TlsServer, tunnels: Set<Duplex>) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // The HTTP server no longer watches a socket it handed over.
    socket.on('error', () => socket.destroy())
    const target = AUTHORITY.exec(req.url ?? '')
    if (!target) {
      refuseTunnel(socket, 400, `CONNECT needs host:port, such as api.zoom.us:443, not "${req.url}"`)
      return
    }
    const [, host = '', port] = target
    if (!isEmulatedHost(host) || port !== '443') {
      refuseTunnel(socket, 403, `${ONLY}: CONNECT ${req.url} refused`)
      return
    }
    tunnels.add(socket)
    socket.once('close', () => tunnels.delete(socket))
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length > 0) socket.unshift(head)
    tlsServer.emit('connection', socket)
  }
}

/** The address is the emulator's own: a loopback name on the port it listens on. */
const isOwnAddress = (url: URL, ownPort: number) =>
  Number(url.port || (url.protocol === 'https:' ? 443 : 80)) === ownPort &&
  /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(url.hostname)

/** Absolute-form requests (`GET http://api.zoom.us/v2/users`) to an emulated host or the emulator itself go to the app; others get 403. */
function absoluteForm(listener: RequestListener, ownPort: () => number): RequestListener {
  return (req, res) => {
    const target = req.url ?? ''
    if (!/^https?:\/\//i.test(target)) return listener(req, res)
    let url: URL
    try {
      url = new URL(target)
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end(refusal(`"${target}" is not a URL`))
      return
    }
    const defaultPort = url.port === ''
    if ((isEmulatedHost(url.hostname) && defaultPort) || isOwnAddress(url, ownPort()))
      return listener(req, res)
    res.writeHead(403, { 'content-type': 'application/json' }).end(refusal(`${ONLY}: ${url.host} refused`))
  }
}

export interface Proxy {
  /** The HTTP server's request listener: the app's, with absolute-form requests checked first. */
  listener: RequestListener
  /** Listens for CONNECT on the HTTP server. */
  attach(server: Server): void
  /** Ends the tunnels still open. */
  closeTunnels(): void
}

export function createProxy(listener: RequestListener, tlsServer: TlsServer, ownPort: () => number): Proxy {
  const tunnels = new Set<Duplex>()
  return {
    listener: absoluteForm(listener, ownPort),
    attach: (server) => server.on('connect', tunnel(tlsServer, tunnels)),
    closeTunnels: () => {
      for (const socket of tunnels) socket.destroy()
    },
  }
}
