import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { publishables } from '../helpers/editorialFixtures'
import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'
import { loginAs } from '../helpers/loginAs'
import { TEST_PASSWORD } from '../helpers/seedUsers'

let app: TestApp
let rest: RestClient
let cast: Cast
let tokens: Record<string, string>
let caseId: number
let reviewer2: string
let campaignId: number

const scores = (n: number) => ({ typicality: n, innovation: n, effectiveness: n, replicability: n })

beforeAll(async () => {
  ;({ app, rest, cast, tokens } = await startWithCast())
  const { region, image } = await publishables(app.payload, cast)
  const second = await app.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@test.local', password: TEST_PASSWORD, roles: ['reviewer'] },
  })
  reviewer2 = await loginAs(rest, 'reviewer2@test.local')
  const campaign = await app.payload.create({
    collection: 'campaigns',
    data: { name: '福建足迹', year: 2020, caseCall: { expertWeight: 70, voteWeight: 30 } },
  })
  campaignId = campaign.id
  const doc = await app.payload.create({
    collection: 'case-submissions',
    data: {
      campaign: campaign.id,
      title: '森林生态银行',
      type: '创新模式',
      region: region.id,
      organization: cast.units.a.id,
      summary: '顺昌把分散林木集中经营。',
      body: lexicalParagraphs(['顺昌县探索森林生态银行。']) as never,
      photos: [image.id],
      assignedReviewers: [cast.users.reviewer.id, second.id],
      status: 'shortlisted',
    },
    context: { caseTransition: true },
  })
  caseId = doc.id
})
afterAll(() => app?.close())

describe('expert scoring', () => {
  it('is blind: a reviewer sees others’ scores only after submitting their own', async () => {
    const first = await rest.post('/case-reviews', {
      token: tokens.reviewer,
      json: { case: caseId, scores: scores(8), comment: '可推广' },
    })
    expect(first.status).toBe(201)
    expect(first.data.doc.total).toBe(8)
    const before = await rest.get(`/case-reviews?where[case][equals]=${caseId}`, { token: reviewer2 })
    expect(before.data.totalDocs).toBe(0)
    const second = await rest.post('/case-reviews', {
      token: reviewer2,
      json: { case: caseId, scores: { ...scores(6), innovation: 9 } },
    })
    expect(second.status).toBe(201)
    expect(second.data.doc.total).toBe(6.75)
    const after = await rest.get(`/case-reviews?where[case][equals]=${caseId}`, { token: reviewer2 })
    expect(after.data.totalDocs).toBe(2)
  })

  it('allows one review per reviewer and case, with whole scores from 1 to 10', async () => {
    const again = await rest.post('/case-reviews', {
      token: tokens.reviewer,
      json: { case: caseId, scores: scores(5) },
    })
    expect(again.status).toBe(409)
    expect(again.data.errors[0].message).toBe('Review already exists')
  })

  it('refuses bad scores and reviewers not assigned, and is closed to units and readers', async () => {
    await app.payload.create({
      collection: 'users',
      data: { email: 'outsider@test.local', password: TEST_PASSWORD, roles: ['reviewer'] },
    })
    const outsider = await loginAs(rest, 'outsider@test.local')
    const notAssigned = await rest.post('/case-reviews', { token: outsider, json: { case: caseId, scores: scores(7) } })
    expect(notAssigned.status).toBe(403)
    const own = await rest.get(`/case-reviews?where[reviewer][equals]=${cast.users.reviewer.id}`, {
      token: tokens.reviewer,
    })
    const bad = await rest.patch(`/case-reviews/${own.data.docs[0].id}`, {
      token: tokens.reviewer,
      json: { scores: { ...scores(7), typicality: 11 } },
    })
    expect(bad.status).toBe(400)
    const fraction = await rest.patch(`/case-reviews/${own.data.docs[0].id}`, {
      token: tokens.reviewer,
      json: { scores: { ...scores(7), typicality: 7.5 } },
    })
    expect(fraction.status).toBe(400)
    expect(fraction.data.errors[0].message).toBe('Scores must be whole numbers from 1 to 10')
    for (const token of [tokens.submitter, undefined]) {
      const read = await rest.get('/case-reviews', { token })
      expect(read.status).toBe(403)
      const write = await rest.post('/case-reviews', { token, json: { case: caseId, scores: scores(9) } })
      expect(write.status).toBe(403)
    }
    const editor = await rest.get('/case-reviews', { token: tokens.editor })
    expect(editor.data.totalDocs).toBe(2)
  })

  it('feeds the ranking editors decide from: the mean expert score and the vote share, weighted 70/30', async () => {
    const other = await app.payload.create({
      collection: 'case-submissions',
      data: { campaign: campaignId, title: '只有投票', type: '扶贫经验', status: 'shortlisted' },
      context: { caseTransition: true },
    })
    await app.payload.db.updateOne({ collection: 'case-submissions', id: other.id, data: { votes: { $inc: 40 } } })
    const res = await rest.get(`/campaigns/${campaignId}/ranking`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(res.data.weights).toEqual({ expertWeight: 70, voteWeight: 30 })
    const [first, second] = res.data.cases
    expect(first).toMatchObject({ title: '森林生态银行', expertMean: 7.375, expertPart: 51.63, votePart: 0, rank: 1 })
    expect(second).toMatchObject({
      title: '只有投票',
      expertMean: null,
      votes: 40,
      voteShare: 1,
      votePart: 30,
      rank: 2,
    })
    expect((await rest.get(`/campaigns/${campaignId}/ranking`, { token: tokens.submitter })).status).toBe(403)
    // Blind review: a reviewer would learn the other experts' scores from the means
    expect((await rest.get(`/campaigns/${campaignId}/ranking`, { token: tokens.reviewer })).status).toBe(403)
    expect((await rest.get(`/campaigns/${campaignId}/ranking`)).status).toBe(401)
  })
})
