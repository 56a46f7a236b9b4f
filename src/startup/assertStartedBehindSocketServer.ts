import { trustedProxies } from '@/lib/clientAddress'
import { SOCKET_ADDRESS_MARK } from '@/lib/socketAddress.mjs'

/**
 * Per-client limits (votes, objections, registrations, view counts) need each request's real address, which only
 * server.mjs (`npm start`) supplies. Under a bare `next start` a client could claim any address, so production
 * refuses to start that way. A TRUSTED_PROXIES entry that is not an address or range also stops the start here,
 * rather than on the first request.
 */
export const assertStartedBehindSocketServer = () => {
  trustedProxies()
  if (!process.env[SOCKET_ADDRESS_MARK]) {
    throw new Error(
      'Started without server.mjs: run the production server with `npm start`, not `next start`, so client ' +
        'addresses come from the connection. 请用 npm start 启动生产服务器（不要直接运行 next start）。',
    )
  }
}
