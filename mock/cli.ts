#!/usr/bin/env node
/** @module The zoom-lti-mock command: starts the server with the demo seed and stops on SIGINT/SIGTERM. */
import { parseArgs } from 'node:util'
import { DEMO_CREDENTIALS } from './seed/demo.js'
import { startServer } from './server.js'

const HELP = `zoom-lti-mock — local emulator of Zoom LTI Pro, Zoom REST API v2 and LumiNUS

Usage: zoom-lti-mock [options]

  --port <n>     port to listen on (default 4010, env PORT; 0 picks a free port)
  --host <addr>  address to bind (default 127.0.0.1, env HOST)
  -h, --help     show this help
`

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0–65535, not "${value}"`)
  return port
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const server = await startServer({
    port: parsePort(values.port ?? process.env.PORT ?? '4010'),
    host: values.host ?? process.env.HOST ?? '127.0.0.1',
  })
  const { lti, zoom, luminus } = DEMO_CREDENTIALS
  console.log(
    `zoom-lti-mock listening on ${server.url} — LTI key ${lti.key} / secret ${lti.secret}; ` +
      `Zoom account ${zoom.accountId}, client ${zoom.clientId} / ${zoom.clientSecret}; ` +
      `LumiNUS key ${luminus.subscriptionKey}`,
  )
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`zoom-lti-mock: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
