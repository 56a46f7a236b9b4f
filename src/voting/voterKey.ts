import { createHash, createHmac, createSecretKey, randomUUID, timingSafeEqual, type KeyObject } from 'node:crypto'

/** The voter's cookie: a random id, signed so it cannot be forged to vote as someone else. */
export const VOTER_COOKIE = 'newsroom-voter'

// The secret as a key object, made once: from the string, every HMAC of every vote would import it again
const keys = new Map<string, KeyObject>()
const hmac = (secret: string, text: string) => {
  let key = keys.get(secret)
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'))
    keys.set(secret, key)
  }
  return createHmac('sha256', key).update(text)
}

const sign = (secret: string, id: string) => hmac(secret, `voter:${id}`).digest('base64url')

/** A new voter: a random id (a UUID's 122 bits, from Node's pool of entropy) and its signed cookie. */
export const newVoter = (secret: string) => {
  const id = randomUUID().replace(/-/g, '')
  return { id, cookie: `${id}.${sign(secret, id)}` }
}

/** The id inside a validly signed cookie, or null. */
export const voterIdFrom = (secret: string, cookie: string | undefined | null): string | null => {
  const [id, signature] = (cookie ?? '').split('.')
  if (!id || !signature) return null
  const expected = Buffer.from(sign(secret, id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

/** A keyed hash of a client address: enough to count requests from one address, never the address itself. */
export const addressHash = (secret: string, ip: string) => hmac(secret, `ip:${ip}`).digest('hex')

/**
 * Who voted, as the rules count it: the cookie id together with the keyed hash of the address (addressHash), so
 * clearing cookies alone does not give a new vote and no raw address is ever stored.
 */
export const voterKey = (voterId: string, hashedAddress: string) =>
  createHash('sha256').update(`${voterId}|${hashedAddress}`).digest('hex')
