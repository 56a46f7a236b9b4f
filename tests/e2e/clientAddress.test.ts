import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { VOTE_LIMITS } from '@/workflow/voteRules'

import { renderTemplate, startNginx, type RunningNginx } from '../../bench/nginx'
import { freePort } from '../helpers/freePort'
import { proofFrom } from '../helpers/proofOfWork'

import { editorRest } from './editorRest'

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
/** A case no other test votes on from this machine's loopback address, so its per-address count starts at 0. */
let untouchedCaseId: number

beforeAll(async () => {
  const res = await fetch(`${loopback()}/api/case-submissions?where[status][equals]=shortlisted&limit=100&depth=0`)
  const { docs } = await res.json()
  caseId = docs[0].id
  untouchedCaseId = docs[docs.length - 1].id
})

/** A forged address for every way a client can name one, as a client rotating them on each request sends. */
const forgedAddress = (n: number) => ({
  'X-Real-IP': `198.51.100.${n}`,
  'X-Forwarded-For': `203.0.113.${n}`,
  // The header server.mjs fills in itself: a client writing it must not be believed either
  'X-Newsroom-Socket-Address': '127.0.0.1',
})

/** Six votes with one voter cookie (the one the first answer set), each naming another client every way it can. */
const sixVotes = async (base: string) => {
  const statuses: number[] = []
  let cookie: string | undefined
  for (let n = 1; n <= 6; n++) {
    const res = await fetch(`${base}/api/case-submissions/${caseId}/vote`, {
      method: 'POST',
      body: JSON.stringify({ proof: await proofFrom(base, caseId) }),
      headers: { 'Content-Type': 'application/json', ...forgedAddress(n), ...(cookie ? { cookie } : {}) },
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

const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0

describe.skipIf(!hasNginx)('the shipped nginx front and forged address headers', () => {
  let front: RunningNginx | undefined
  let frontURL = ''
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-address-front-'))

  beforeAll(async () => {
    const [port, stamper] = [await freePort(), await freePort()]
    fs.chmodSync(prefix, 0o755)
    const config = renderTemplate(fs.readFileSync(path.resolve('deploy/nginx.conf'), 'utf8'), {
      NEWSROOM_LISTEN: `127.0.0.1:${port}`,
      NEWSROOM_UPSTREAM: new URL(loopback()).host,
      NEWSROOM_STAMPER: `127.0.0.1:${stamper}`,
    })
    front = await startNginx(prefix, config, port)
    frontURL = `http://127.0.0.1:${port}`
  })

  afterAll(async () => {
    await front?.stop()
    fs.rmSync(prefix, { recursive: true, force: true })
  })

  it('gives a client that keeps no cookie and names a new address each time only its own address’s handful of votes', async () => {
    const answers: { status: number; code?: string }[] = []
    for (let n = 1; n <= VOTE_LIMITS.perAddressPerCasePerDay + 3; n++) {
      const res = await fetch(`${frontURL}/api/case-submissions/${untouchedCaseId}/vote`, {
        method: 'POST',
        body: JSON.stringify({ proof: await proofFrom(frontURL, untouchedCaseId) }),
        headers: { 'Content-Type': 'application/json', ...forgedAddress(n) },
      })
      const body = await res.json()
      answers.push({ status: res.status, code: body.errors?.[0]?.data?.code })
    }
    // Each answer set a new voter cookie that was not sent back, so only the address, as nginx saw it, ties them
    const accepted = answers.filter((answer) => answer.status === 200)
    expect(accepted).toHaveLength(VOTE_LIMITS.perAddressPerCasePerDay)
    expect(answers.slice(VOTE_LIMITS.perAddressPerCasePerDay)).toEqual(
      Array.from({ length: 3 }, () => ({ status: 429, code: 'networkLimitReached' })),
    )
  })

  it('counts the page views of a client that names a new address each time once, as one reader', async () => {
    const editor = await editorRest(loopback())
    const oldest = await (
      await editor('GET', '/articles?where[_status][equals]=published&sort=publishedAt&depth=0&limit=1')
    ).json()
    const id = String(oldest.docs[0].id)
    const threeDays = async () => {
      const totals = await editor(
        'GET',
        `/view-totals?where[viewedCollection][equals]=articles&where[docId][equals]=${id}`,
      )
      return ((await totals.json()).docs[0]?.threeDays as number | undefined) ?? 0
    }
    /** Beacons for the article, the nth naming another reader every way it can. */
    const views = async (base: string, numbers: number[]) => {
      for (const n of numbers) {
        const res = await fetch(`${base}/api/page-views/beacon`, {
          method: 'POST',
          body: JSON.stringify({ collection: 'articles', id }),
          headers: { 'Content-Type': 'application/json', ...forgedAddress(n) },
        })
        expect([204, 429]).toContain(res.status)
      }
    }
    const ten = Array.from({ length: 10 }, (_, index) => index + 1)
    /** The stored three-day total once the view buffer has written (every five seconds; a margin for a busy server). */
    const afterFlush = async () => {
      await new Promise((resolve) => setTimeout(resolve, 8_000))
      return threeDays()
    }
    // One view first, so the stored total is today's (a total counted on an earlier day is only an upper bound)
    await views(loopback(), [200])
    const before = await afterFlush()
    await views(frontURL, ten)
    // However many readers the headers name, nginx names the one connection: at most one view (none if counted before)
    const throughFront = await afterFlush()
    expect(throughFront - before).toBeLessThanOrEqual(1)
    // The same ten from the loopback address, which the app trusts as its front, are ten readers, and count
    await views(loopback(), ten)
    expect(await afterFlush()).toBe(throughFront + 10)
  })
})
