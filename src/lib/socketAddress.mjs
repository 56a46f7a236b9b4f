/**
 * The one request header the app trusts for where a request came from: server.mjs replaces whatever a client sent
 * under this name with the address of the connection the request arrived on.
 */
export const SOCKET_ADDRESS_HEADER = 'x-newsroom-socket-address'

/**
 * Set in the environment by server.mjs. Without it (`next start`, `next dev`) nothing strips the header above, so a
 * client could write it: the app then believes no address header at all.
 */
export const SOCKET_ADDRESS_MARK = 'NEWSROOM_SOCKET_ADDRESS'
