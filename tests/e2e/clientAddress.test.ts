import os from 'node:os'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { proofFrom } from '../helpers/proofOfWork'

/**
 * The demo server started by `npm run demo` (server.mjs, TRUSTED_PROXIES by default 127.0.0.1,::1). Reached on this
 * machine's own network address it sees a client that is not a trusted proxy; on the loopback address it sees the
 * nginx front's place.
 */
const loopback = () => inject('baseURL')
const direct = () => {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address
  if (!address) throw new Error('This machine has no network address besides loopback')
  return loopback().replace('127.0.0.1', address)
}

let caseId: number

beforeAll(async () => {
  const res = await fetch(`${loopback()}/api/case-submissions?where[status][equals]=shortlisted&limit=1&depth=0`)
  caseId = (await res.json()).docs[0].id
})

/** Six votes with one voter cookie (the one the first answer set), each naming another client every way it can. */
const sixVotes = async (base: string) => {
  const statuses: number[] = []
  let cookie: string | undefined
  for (let n = 1; n <= 6; n++) {
    const res = await fetch(`${base}/api/case-submissions/${caseId}/vote`, {
      method: 'POST',
      body: JSON.stringify({ proof: await proofFrom(base, caseId) }),
      headers: {
        'Content-Type': 'application/json',
        'X-Real-IP': `198.51.100.${n}`,
        'X-Forwarded-For': `203.0.113.${n}`,
        // The header server.mjs fills in itself: a client writing it must not be believed either
        'X-Newsroom-Socket-Address': '127.0.0.1',
        ...(cookie ? { cookie } : {}),
      },
    })
    cookie ??= res.headers.get('set-cookie')?.split(';')[0]
    statuses.push(res.status)
  }
  return statuses
}

describe('the production server and forged address headers', () => {
  it('gives a client that connects directly one vote per case, whatever addresses its headers name', async () => {
    expect(await sixVotes(direct())).toEqual([200, 429, 429, 429, 429, 429])
  })

  it('tells apart the readers a trusted proxy on this machine names', async () => {
    expect(await sixVotes(loopback())).toEqual([200, 200, 200, 200, 200, 200])
  })
})
