/** @module The framework's own ceiling: a Hono hello-world answering a fixed JSON body on @hono/node-server, with the emulator's process settings; prints its URL. */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono().get('/', (c) => c.json({ status: 'ok' }))
const server = serve(
  { fetch: app.fetch, port: Number(process.argv[2] ?? 0), hostname: '127.0.0.1' },
  (info) => {
    console.log(`listening on http://127.0.0.1:${info.port}`)
  },
)
process.once('SIGTERM', () => server.close(() => process.exit(0)))
