import ipaddr from 'ipaddr.js'

/**
 * The network an address belongs to, as limits count it: its /24 for IPv4 and its /64 for IPv6 (what one household
 * or one customer of an ISP is usually handed, so rotating addresses inside it does not make one client many).
 * IPv4-mapped IPv6 (`::ffff:203.0.113.9`) is the IPv4 address. Anything that is not an address is its own network.
 */
export const networkKey = (address: string): string => {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return `${parsed.toByteArray().slice(0, 3).join('.')}.0/24`
  const hextets = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16))
  return `${hextets.join(':')}::/64`
}
