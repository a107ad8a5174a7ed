/** @module The physical baseline: a bare node:http server answering a fixed JSON body; prints its port. */
import { createServer } from 'node:http'

const body = JSON.stringify({ status: 'ok' })
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
  response.end(body)
})
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
})
process.once('SIGTERM', () => server.close(() => process.exit(0)))
