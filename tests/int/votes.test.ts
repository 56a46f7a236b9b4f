import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { missingId } from '../helpers/missingId'
import { castVote } from '../helpers/proofOfWork'
import type { RestClient } from '../helpers/rest'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp
let rest: RestClient
let campaignId: number
let closedCampaignId: number

const DAY = 24 * 60 * 60 * 1000

const campaign = (opens: number, closes: number) =>
  app.payload.create({
    collection: 'campaigns',
    data: {
      name: `投票活动${opens}`,
      year: 2020,
      caseCall: {
        expertWeight: 70,
        voteWeight: 30,
        votingOpens: new Date(opens).toISOString(),
        votingCloses: new Date(closes).toISOString(),
      },
    },
  })

const shortlisted = async (title: string, campaignIdArg = campaignId, status = 'shortlisted') =>
  (
    await app.payload.create({
      collection: 'case-submissions',
      data: { campaign: campaignIdArg, title, type: '扶贫经验', status: status as 'shortlisted' },
      context: { caseTransition: true },
    })
  ).id

const vote = (id: number | string, ip: string, cookie?: string) =>
  castVote(rest, id, { headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) } })

beforeAll(async () => {
  ;({ app, rest } = await startWithCast())
  campaignId = (await campaign(Date.now() - DAY, Date.now() + DAY)).id
  closedCampaignId = (await campaign(Date.now() - 3 * DAY, Date.now() - DAY)).id
})
afterAll(() => app?.close())

describe('the public vote', () => {
  it('takes a reader’s vote without an account, once per case and day', async () => {
    const id = await shortlisted('赤溪村')
    const first = await vote(id, '10.0.0.1')
    expect(first.status).toBe(200)
    expect(first.data.votes).toBe(1)
    const cookie = first.headers.get('set-cookie')?.split(';')[0] as string
    expect(cookie).toMatch(/^newsroom-voter=/)
    const again = await vote(id, '10.0.0.1', cookie)
    expect(again.status).toBe(429)
    expect(again.data.errors[0].message).toBe('Already voted for this case today')
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0)
    const rows = await app.payload.find({ collection: 'case-votes', where: { case: { equals: id } } })
    expect(rows.totalDocs).toBe(1)
    expect(JSON.stringify(rows.docs)).not.toContain('10.0.0.1')
  })

  it('counts a vote without making it the case’s last change (the library and the admin sort by that)', async () => {
    const id = await shortlisted('下党村')
    const before = (await app.payload.findByID({ collection: 'case-submissions', id })).updatedAt
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await vote(id, '10.0.0.5')).status).toBe(200)
    const after = await app.payload.findByID({ collection: 'case-submissions', id })
    expect(after.votes).toBe(1)
    expect(after.updatedAt).toBe(before)
  })

  it('allows at most ten votes a day per voter', async () => {
    let cookie: string | undefined
    for (let i = 0; i < 10; i++) {
      const res = await vote(await shortlisted(`案例${i}`), '10.0.0.2', cookie)
      expect(res.status).toBe(200)
      cookie ??= res.headers.get('set-cookie')?.split(';')[0]
    }
    const eleventh = await vote(await shortlisted('第十一个'), '10.0.0.2', cookie)
    expect(eleventh.status).toBe(429)
    expect(eleventh.data.errors[0].data.code).toBe('dailyLimitReached')
  })

  it('holds both limits for one voter whose votes arrive together, repeats included', async () => {
    const first = await vote(await shortlisted('同时投票0'), '10.0.0.4')
    const cookie = first.headers.get('set-cookie')?.split(';')[0] as string
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => shortlisted(`同时投票${i + 1}`)))
    // Each of the twelve twice, all at once: one vote per case, nine more in all (the first already counted)
    const results = await Promise.all([...ids, ...ids].map((id) => vote(id, '10.0.0.4', cookie)))
    expect(results.filter((res) => res.status === 200)).toHaveLength(9)
    const codes = results.filter((res) => res.status === 429).map((res) => res.data.errors[0].data.code)
    expect(codes).toHaveLength(15)
    expect(new Set(codes)).toEqual(new Set(['alreadyVotedToday', 'dailyLimitReached']))
    const counted = await app.payload.find({ collection: 'case-submissions', where: { id: { in: ids } }, limit: 12 })
    expect(counted.docs.reduce((sum, doc) => sum + (doc.votes ?? 0), 0)).toBe(9)
    expect(counted.docs.every((doc) => (doc.votes ?? 0) <= 1)).toBe(true)
  })

  it('refuses cases not in the vote and votes outside the window with 409', async () => {
    const submitted = await vote(await shortlisted('未入围', campaignId, 'submitted'), '10.0.0.3')
    expect(submitted.status).toBe(409)
    expect(submitted.data.errors[0].data.code).toBe('notShortlisted')
    const closed = await vote(await shortlisted('已截止', closedCampaignId), '10.0.0.3')
    expect(closed.status).toBe(409)
    expect(closed.data.errors[0].data.code).toBe('votingClosed')
    expect((await vote(missingId(app.payload), '10.0.0.3')).status).toBe(404)
  })

  it('counts exactly under load: 500 parallel votes from distinct voters add exactly 500', async () => {
    const id = await shortlisted('并发投票')
    const results = await Promise.all(
      // Distinct networks: one network has an allowance of its own (tested below)
      Array.from({ length: 500 }, (_, i) => vote(id, `172.${16 + Math.floor(i / 250)}.${i % 250}.1`)),
    )
    expect(results.filter((res) => res.status === 200)).toHaveLength(500)
    const doc = await app.payload.findByID({ collection: 'case-submissions', id })
    expect(doc.votes).toBe(500)
    expect((await app.payload.count({ collection: 'case-votes', where: { case: { equals: id } } })).totalDocs).toBe(500)
  }, 120_000)
})
