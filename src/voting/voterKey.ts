import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The voter's cookie: a random id, signed so it cannot be forged to vote as someone else. */
export const VOTER_COOKIE = 'newsroom-voter'

const sign = (secret: string, id: string) => createHmac('sha256', secret).update(`voter:${id}`).digest('base64url')

export const newVoterCookie = (secret: string) => {
  const id = randomBytes(16).toString('base64url')
  return `${id}.${sign(secret, id)}`
}

/** The id inside a validly signed cookie, or null. */
export const voterIdFrom = (secret: string, cookie: string | undefined | null): string | null => {
  const [id, signature] = (cookie ?? '').split('.')
  if (!id || !signature) return null
  const expected = Buffer.from(sign(secret, id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

/**
 * Who voted, as the rules count it: the cookie id together with a keyed hash of the address, so clearing cookies
 * alone does not give a new vote and no raw address is ever stored.
 */
export const voterKey = (secret: string, voterId: string, ip: string) =>
  createHash('sha256')
    .update(`${voterId}|${addressHash(secret, ip)}`)
    .digest('hex')

/** A keyed hash of a client address: enough to count requests from one address, never the address itself. */
export const addressHash = (secret: string, ip: string) => createHmac('sha256', secret).update(`ip:${ip}`).digest('hex')
