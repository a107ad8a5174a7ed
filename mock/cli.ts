#!/usr/bin/env node
/** @module The zoom-lti-mock command: starts the server, logs one line per request, stops on SIGINT/SIGTERM. */
import { HELP, serverOptions, UsageError } from './cli-options.js'
import { DEMO_CREDENTIALS } from './seed/demo.js'
import { startServer } from './server.js'
import { EMULATED_HOSTS } from './tls/hosts.js'

async function main(): Promise<void> {
  if (process.argv[2] === 'ca') {
    const { runCaCommand } = await import('./tls/ca-command.js')
    return runCaCommand(process.argv.slice(3), process.env, (text) => process.stdout.write(text))
  }
  const { help, webhooks, ...options } = serverOptions(process.argv.slice(2), process.env)
  if (help) {
    process.stdout.write(HELP)
    return
  }
  const server = await startServer(options)
  const { lti, zoom, luminus } = DEMO_CREDENTIALS
  console.log(
    `zoom-lti-mock listening on ${server.url} — LTI key ${lti.key} / secret ${lti.secret}; ` +
      `Zoom account ${zoom.accountId}, client ${zoom.clientId} / ${zoom.clientSecret}; ` +
      `LumiNUS key ${luminus.subscriptionKey}`,
  )
  if (server.httpsUrl) console.log(`HTTPS on ${server.httpsUrl} as ${EMULATED_HOSTS.join(', ')}`)
  if (options.proxy)
    console.log(`Proxy for the same hosts: HTTPS_PROXY=${server.url} (every other host refused)`)
  if (server.caFile) console.log(`Trust the CA certificate ${server.caFile} (zoom-lti-mock ca says how)`)
  if (webhooks)
    console.log(
      `Zoom webhooks to ${webhooks.urls.join(', ')}` +
        (webhooks.generated
          ? ` — secret token ${webhooks.secretToken} (--webhook-secret to choose one)`
          : ''),
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
  if (error instanceof UsageError) console.error('Try zoom-lti-mock --help.')
  process.exit(1)
})
