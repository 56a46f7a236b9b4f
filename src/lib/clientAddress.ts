import { BlockList, isIP } from 'node:net'

import type { PayloadRequest } from 'payload'

import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from './socketAddress.mjs'

/** The shipped nginx front runs on the same machine (deploy/README.md). */
export const DEFAULT_TRUSTED_PROXIES = '127.0.0.1,::1'

/** `::ffff:203.0.113.9`, as a dual-stack socket reports an IPv4 peer, is 203.0.113.9. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/** A comma list of addresses and CIDR ranges (`10.0.0.0/8`, `fd00::/8`); throws on an entry that is neither. */
export const parseTrustedProxies = (list: string): BlockList => {
  const trusted = new BlockList()
  for (const entry of list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, bits, extra] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    const prefix = Number(bits)
    const valid = isIP(address) !== 0 && extra === undefined
    if (valid && bits === undefined) trusted.addAddress(plain(address), family)
    else if (valid && /^\d+$/.test(bits) && prefix <= (family === 'ipv6' ? 128 : 32)) {
      trusted.addSubnet(plain(address), prefix, family)
    } else throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an address nor an address/prefix range`)
  }
  return trusted
}

let parsed: { list: string; trusted: BlockList } | undefined

/** TRUSTED_PROXIES, read once (again only if it changes). */
export const trustedProxies = (list = process.env.TRUSTED_PROXIES ?? DEFAULT_TRUSTED_PROXIES): BlockList => {
  if (parsed?.list !== list) parsed = { list, trusted: parseTrustedProxies(list) }
  return parsed.trusted
}

const isTrusted = (trusted: BlockList, address: string) => {
  const version = isIP(address)
  return version !== 0 && trusted.check(address, version === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The address of the client a request came from, for per-client limits and the audit trail. The connection's own
 * address (set by server.mjs) unless that is a trusted proxy (TRUSTED_PROXIES): then the proxy's X-Real-IP, else
 * the nearest X-Forwarded-For entry that is not itself a trusted proxy (a client can write entries to the left of
 * those its proxies appended, never to the right). Any other peer's forwarding headers are its own words and are
 * ignored, so one client cannot pose as many. Null when the server did not say where the request came from.
 */
export const clientAddress = (
  req: Pick<PayloadRequest, 'headers'>,
  trusted: BlockList = trustedProxies(),
): string | null => {
  if (!process.env[SOCKET_ADDRESS_MARK]) return null
  const socket = plain(req.headers.get(SOCKET_ADDRESS_HEADER) ?? '')
  if (!socket) return null
  if (!isTrusted(trusted, socket)) return socket
  const realIp = plain(req.headers.get('x-real-ip') ?? '')
  if (realIp) return realIp
  const forwarded = (req.headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean)
  const nearest = [...forwarded].reverse().find((address) => !isTrusted(trusted, address))
  // A chain of trusted proxies only: the first of them is as near the client as anyone can tell
  return nearest ?? forwarded[0] ?? socket
}
