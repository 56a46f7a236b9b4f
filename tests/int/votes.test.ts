import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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

const vote = (id: number, ip: string, cookie?: string) =>
  rest.post(`/case-submissions/${id}/vote`, { headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) } })

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

  it('refuses cases not in the vote and votes outside the window with 409', async () => {
    const submitted = await vote(await shortlisted('未入围', campaignId, 'submitted'), '10.0.0.3')
    expect(submitted.status).toBe(409)
    expect(submitted.data.errors[0].data.code).toBe('notShortlisted')
    const closed = await vote(await shortlisted('已截止', closedCampaignId), '10.0.0.3')
    expect(closed.status).toBe(409)
    expect(closed.data.errors[0].data.code).toBe('votingClosed')
    expect((await vote(999999, '10.0.0.3')).status).toBe(404)
  })

  it('counts exactly under load: 500 parallel votes from distinct voters add exactly 500', async () => {
    const id = await shortlisted('并发投票')
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => vote(id, `172.16.${Math.floor(i / 250)}.${i % 250}`)),
    )
    expect(results.filter((res) => res.status === 200)).toHaveLength(500)
    const doc = await app.payload.findByID({ collection: 'case-submissions', id })
    expect(doc.votes).toBe(500)
    expect((await app.payload.count({ collection: 'case-votes', where: { case: { equals: id } } })).totalDocs).toBe(500)
  }, 120_000)
})
