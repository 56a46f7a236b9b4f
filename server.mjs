/**
 * `npm start`: Next's production server behind a plain Node HTTP server, for one reason: route handlers cannot see
 * the connection a request came on, and without it the app cannot tell a reverse proxy's X-Real-IP from one a
 * client wrote. Each request gets the connection's address in SOCKET_ADDRESS_HEADER (any such header the client
 * sent is dropped first); src/lib/clientAddress.ts decides from it whether the forwarding headers count.
 * Reader pages also get their script nonce and Content-Security-Policy here (src/csp/withScriptNonce.mjs), after
 * Next's cache, so cached pages stay cached. A reader's vote is answered here without Next (SERVER_ROUTES).
 * Takes `next start`'s -p/--port and -H/--hostname (or PORT and HOSTNAME), and stops as it does on SIGTERM/SIGINT.
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

import { mayBeReaderPage, withScriptNonce } from './src/csp/withScriptNonce.mjs'
import { SERVER_ROUTES } from './src/http/serverRoutes.mjs'
import { backgroundWorkDone } from './src/lib/backgroundWork.mjs'
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from './src/lib/socketAddress.mjs'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME

process.env.NODE_ENV ||= 'production'
// As `next start` does: the app fetches its own pages on this port (src/script/traditionalPage.ts)
process.env.PORT = String(port)
process.env[SOCKET_ADDRESS_MARK] = '1'
// The name `next start` gives its process, by which tools find the server (bench/rss.ts)
process.title = 'next-server'

const app = next({ dev: false, port, hostname })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer((req, res) => {
  delete req.headers[SOCKET_ADDRESS_HEADER]
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
  // The reader's vote, registered by the app as it starts (src/http/serverVoteRoute.ts), skips Next's routing
  const answer = globalThis[SERVER_ROUTES]?.(req)
  if (answer) return void answer(res).then((answered) => answered || handle(req, res))
  if (mayBeReaderPage(req)) withScriptNonce(req, res)
  void handle(req, res)
})
server.listen(port, hostname, () => console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`))

/** How long a stopping server waits for mail still being sent; a deploy must not hang on a dead mail server. */
const MAIL_GRACE_MS = 10_000

let stopping = false
const stop = (exitCode) => {
  if (stopping) return
  stopping = true
  // Pending requests finish first, then the mail they started (a mail server that does not answer gets
  // MAIL_GRACE_MS), then Next closes
  server.close(() =>
    backgroundWorkDone(MAIL_GRACE_MS)
      .then(() => app.close())
      .finally(() => process.exit(exitCode)),
  )
}
process.on('SIGTERM', () => stop(143))
process.on('SIGINT', () => stop(130))
