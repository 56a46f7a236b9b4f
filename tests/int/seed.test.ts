import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { topicBlocks } from '@/blocks/topicBlocks'
import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'
import { seedDemo } from '@/seed'
import { countPhotos, missingCaseFields } from '@/workflow/caseRequirements'
import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'
import { decideTransition, type CaseFacts } from '@/workflow/caseTransitions'
import { missingForPublish } from '@/workflow/publishGuard'
import { mayReview } from '@/workflow/reviewerAssignment'

import { loginAs } from '../helpers/loginAs'
import { restClient } from '../helpers/rest'
import { startPayload, type TestApp } from '../helpers/startPayload'

let app: TestApp
const password = 'Seed-Test-Password-1'

const counts = async () => {
  const out: Record<string, number> = {}
  const collections = [
    'users',
    'organizations',
    'regions',
    'articles',
    'topics',
    'livestream-events',
    'pairing-aids',
    'campaigns',
    'case-submissions',
    'audit-events',
    'case-reviews',
    'case-votes',
    'case-objections',
    'media',
  ] as const
  for (const collection of collections) {
    out[collection] = (await app.payload.count({ collection })).totalDocs
  }
  // An unchanged document gets no new version on a rerun
  for (const collection of ['articles', 'topics', 'livestream-events', 'pairing-aids'] as const) {
    out[`${collection} versions`] = (await app.payload.countVersions({ collection })).totalDocs
  }
  return out
}

beforeAll(async () => {
  app = await startPayload()
  await seedDemo(app.payload, { password })
})
afterAll(() => app?.close())

describe('the demo seed', () => {
  it('creates the six demo accounts, each able to log in, submitters in units A and B', async () => {
    const rest = restClient(app.config)
    for (const who of ['admin', 'editor', 'reviewer', 'reviewer2', 'submitter', 'submitter2']) {
      expect(await loginAs(rest, `${who}@demo.local`, password)).toBeTruthy()
    }
    const submitters = await app.payload.find({
      collection: 'users',
      where: { roles: { contains: 'submitter' } },
      pagination: false,
      depth: 1,
    })
    const unitOf = Object.fromEntries(submitters.docs.map((u) => [u.email, (u.organization as { name: string }).name]))
    expect(unitOf).toMatchObject({
      'submitter@demo.local': '永安市人民政府办公室',
      'submitter2@demo.local': '寿宁县下党乡人民政府',
    })
    // Every unit with cases has its own submitter, and no two submitters share a unit
    expect(new Set(Object.values(unitOf)).size).toBe(submitters.totalDocs)
  })

  it('publishes at least 12 articles, each with what the publish guard requires', async () => {
    const { docs } = await app.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 1,
    })
    expect(docs.length).toBeGreaterThanOrEqual(12)
    for (const article of docs) {
      const heroImage = typeof article.heroImage === 'object' ? article.heroImage : null
      expect(missingForPublish({ ...article, heroImage }), article.slug ?? article.title).toEqual([])
      expect(article.responsibleEditor).toMatchObject({ email: 'editor@demo.local' })
    }
  })

  it('records both livestream events with the reported totals as current figures', async () => {
    const { docs } = await app.payload.find({
      collection: 'livestream-events',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
    })
    const bySlug = Object.fromEntries(docs.map((event) => [event.slug, event]))
    expect(bySlug['yongan-2020-07-09']?.current?.totalSalesFen).toBe(400_000_000)
    expect(bySlug['licheng-2020']?.current?.totalSalesFen).toBe(1_438_000_000)
    expect(bySlug['licheng-2020']?.current?.visits).toBeGreaterThanOrEqual(3_000_000)
  })

  it('publishes the topic page, its layout using every topic block', async () => {
    const { docs } = await app.payload.find({
      collection: 'topics',
      where: { slug: { equals: 'fujian-zuji-2020' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]._status).toBe('published')
    const used = new Set(docs[0].layout?.map((block) => block.blockType))
    for (const block of topicBlocks) expect(used, block.slug).toContain(block.slug)
  })

  it('has excellent cases published on the site for the special report’s showcase', async () => {
    const cases = await app.payload.find({
      collection: 'case-submissions',
      where: { and: [{ status: { equals: 'excellent' } }, { publishedOnSite: { equals: true } }] },
      pagination: false,
      depth: 0,
    })
    expect(cases.totalDocs).toBe(3)
    expect(new Set(cases.docs.map((doc) => doc.type)).size).toBe(3)
    for (const doc of cases.docs) expect(doc.photos?.length).toBe(1)
  })

  describe('the case call', () => {
    const SCORED: CaseStatus[] = ['shortlisted', 'proposed', 'excellent', 'not-selected']
    let cases: CaseSubmission[]

    beforeAll(async () => {
      cases = (await app.payload.find({ collection: 'case-submissions', pagination: false, depth: 0 })).docs
    })

    it('has at least 12 cases in every status, of all four types, from five regions and several units', () => {
      expect(cases.length).toBeGreaterThanOrEqual(12)
      expect(new Set(cases.map((doc) => doc.status))).toEqual(new Set(CASE_STATUSES))
      expect(new Set(cases.map((doc) => doc.type))).toEqual(new Set(['政策指导', '扶贫经验', '人物事迹', '创新模式']))
      expect(new Set(cases.map((doc) => relationId(doc.region))).size).toBeGreaterThanOrEqual(5)
      expect(new Set(cases.map((doc) => relationId(doc.organization))).size).toBeGreaterThanOrEqual(5)
    })

    it('shows unit A a draft, a case returned with the reviewer’s comment and a shortlisted case', async () => {
      const rest = restClient(app.config)
      const token = await loginAs(rest, 'submitter@demo.local', password)
      const me = await rest.get('/users/me', { token })
      const unit = relationId(me.data.user.organization)
      const list = await rest.get(`/case-submissions?where[organization][equals]=${unit}&limit=100&depth=0`, { token })
      const byStatus = new Map<string, CaseSubmission>(list.data.docs.map((doc: CaseSubmission) => [doc.status, doc]))
      expect([...byStatus.keys()]).toEqual(expect.arrayContaining(['draft', 'returned', 'shortlisted']))
      const returned = byStatus.get('returned') as CaseSubmission
      const trail = await rest.get(`/audit-events?where[case][equals]=${returned.id}&sort=at`, { token })
      expect(trail.data.docs.map((event: { to: string }) => event.to)).toEqual(['submitted', 'returned'])
      expect(trail.data.docs[1].comment).toContain('请补充')
      // Units see what happened to their case, not which reviewer did it
      expect(trail.data.docs[1].actor).toBeUndefined()
    })

    it('has two reviews and votes matching their rows on every case that reached the shortlist', async () => {
      const reviewers = await app.payload.find({
        collection: 'users',
        where: { email: { in: ['reviewer@demo.local', 'reviewer2@demo.local'] } },
        depth: 0,
      })
      const reviewerIds = reviewers.docs.map((user) => user.id).sort()
      for (const doc of cases) {
        const reviews = await app.payload.find({ collection: 'case-reviews', where: { case: { equals: doc.id } } })
        const votes = await app.payload.count({ collection: 'case-votes', where: { case: { equals: doc.id } } })
        expect(doc.votes, doc.title).toBe(votes.totalDocs)
        if (!SCORED.includes(doc.status)) {
          expect(reviews.totalDocs, doc.title).toBe(0)
          expect(votes.totalDocs, doc.title).toBe(0)
          continue
        }
        expect(reviews.docs.map((review) => relationId(review.reviewer)).sort(), doc.title).toEqual(reviewerIds)
        for (const review of reviews.docs) expect(review.total).toBeGreaterThan(0)
        expect(votes.totalDocs, doc.title).toBeGreaterThan(0)
      }
    })

    it('records every case’s path from draft to its status as legal moves by the right people', async () => {
      const users = await app.payload.find({ collection: 'users', pagination: false, depth: 0 })
      const actor = (id: unknown) => {
        const user = users.docs.find((doc) => doc.id === id)
        return user ? { id: user.id, roles: user.roles, organization: relationId(user.organization) } : null
      }
      const [campaign] = (await app.payload.find({ collection: 'campaigns', depth: 0 })).docs
      const objections = await app.payload.find({ collection: 'case-objections', pagination: false, depth: 0 })
      for (const doc of cases) {
        const { docs: events } = await app.payload.find({
          collection: 'audit-events',
          where: { case: { equals: doc.id } },
          sort: 'at',
          pagination: false,
          depth: 0,
        })
        expect(events.map((event) => event.from)[0] ?? 'draft', doc.title).toBe('draft')
        expect(events.at(-1)?.to ?? 'draft', doc.title).toBe(doc.status)
        if (doc.status !== 'draft') {
          expect(doc.assignedReviewers?.length, doc.title).toBe(2)
          for (const id of doc.assignedReviewers ?? []) {
            const reviewer = users.docs.find((user) => user.id === relationId(id))
            expect(reviewer?.roles).toContain('reviewer')
            expect(
              mayReview(
                { id: reviewer!.id, organization: relationId(reviewer?.organization) },
                relationId(doc.organization),
              ),
            ).toBe(true)
          }
        }
        events.forEach((event, i) => {
          if (i > 0) expect(event.from, doc.title).toBe(events[i - 1].to)
          expect(Date.parse(event.at)).toBeLessThan(Date.now())
          const upheld = objections.docs.filter(
            (objection) =>
              relationId(objection.case) === doc.id &&
              objection.status === 'upheld' &&
              Date.parse(objection.decidedAt as string) <= Date.parse(event.at),
          )
          const facts: CaseFacts = {
            status: event.from,
            organization: relationId(doc.organization),
            unitApproved: true,
            assignedReviewers: (doc.assignedReviewers ?? []).map((id) => relationId(id) as number),
            missingRequiredFields: missingCaseFields(doc as unknown as Record<string, unknown>),
            photoCount: countPhotos(doc.photos),
            submissionWindow: {
              opens: campaign.caseCall?.submissionOpens ?? null,
              closes: campaign.caseCall?.submissionCloses ?? null,
            },
            publicityEndsAt: doc.publicityEndsAt ?? null,
            upheldObjections: upheld.length,
          }
          const verdict = decideTransition(actor(event.actor), facts, {
            to: event.to,
            comment: event.comment,
            now: new Date(event.at),
          })
          expect(verdict, `${doc.title}: ${event.from} → ${event.to}`).toMatchObject({ ok: true })
        })
      }
    })

    it('keeps proposed cases in publicity and shows an objection pending on one, upheld on one not selected', async () => {
      for (const doc of cases.filter((c) => c.status === 'proposed')) {
        expect(Date.parse(doc.publicityEndsAt as string)).toBeGreaterThan(Date.now())
      }
      for (const doc of cases.filter((c) => c.status === 'excellent')) {
        expect(Date.parse(doc.publicityEndsAt as string)).toBeLessThan(Date.now())
      }
      const objections = (await app.payload.find({ collection: 'case-objections', pagination: false, depth: 0 })).docs
      const statusOf = (id: unknown) => cases.find((doc) => doc.id === relationId(id as number))?.status
      expect(objections.filter((o) => o.status === 'pending').map((o) => statusOf(o.case))).toEqual(['proposed'])
      const upheld = objections.filter((o) => o.status === 'upheld')
      expect(upheld.map((o) => statusOf(o.case))).toEqual(['not-selected'])
      const { docs: trail } = await app.payload.find({
        collection: 'audit-events',
        where: { case: { equals: relationId(upheld[0].case) } },
        sort: 'at',
        depth: 0,
      })
      expect(trail.map((event) => event.to)).toEqual(['submitted', 'shortlisted', 'proposed', 'not-selected'])
      expect(trail.at(-1)?.comment).toContain('异议成立')
    })

    it('ranks the shortlisted cases for the editor by the blended score', async () => {
      const rest = restClient(app.config)
      const token = await loginAs(rest, 'editor@demo.local', password)
      const [campaign] = (await app.payload.find({ collection: 'campaigns', depth: 0 })).docs
      const res = await rest.get(`/campaigns/${campaign.id}/ranking`, { token })
      expect(res.status).toBe(200)
      const ranked: { id: number; score: number; votes: number; reviews: number; rank: number }[] = res.data.cases
      const shortlisted = cases.filter((doc) => doc.status === 'shortlisted')
      expect(ranked.map((entry) => entry.id).sort()).toEqual(shortlisted.map((doc) => doc.id).sort())
      expect(ranked.length).toBeGreaterThanOrEqual(3)
      for (const entry of ranked) {
        expect(entry.reviews).toBe(2)
        expect(entry.votes).toBe(shortlisted.find((doc) => doc.id === entry.id)?.votes)
      }
      const scores = ranked.map((entry) => entry.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
      // Distinct scores, so the order says something
      expect(ranked.map((entry) => entry.rank)).toEqual(ranked.map((_, i) => i + 1))
    })
  })

  it('publishes the pairing aids with the figures the coverage reports, linked to their articles and the topic', async () => {
    const { docs } = await app.payload.find({
      collection: 'pairing-aids',
      where: { _status: { equals: 'published' } },
      sort: 'slug',
      depth: 1,
    })
    const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
    expect([...bySlug.keys()]).toEqual(['fujian-changji', 'fujian-ningxia', 'fuqing-liancheng', 'fuqing-tongwei'])
    const tongwei = bySlug.get('fuqing-tongwei')!
    expect([tongwei.fundsFen, tongwei.projects, tongwei.villagesPaired]).toEqual([22_173_350_000, 426, 198])
    expect(typeof tongwei.helped === 'object' && tongwei.helped.code).toBe('621121')
    const ningxia = bySlug.get('fujian-ningxia')!
    expect([ningxia.startYear, ningxia.cadresSent, ningxia.cadreBatches]).toEqual([1996, 183, 11])
    // Figures the coverage does not give are demo values, and the pair says so to readers
    expect(bySlug.get('fuqing-liancheng')!.figuresNote).toContain('演示数据')
    for (const doc of docs) {
      expect(doc.relatedArticles?.length, doc.slug ?? '').toBeGreaterThan(0)
      expect(doc.topics?.length, doc.slug ?? '').toBe(1)
    }
  })

  it('duplicates nothing when run again, and takes a new password', async () => {
    const before = await counts()
    const caseState = async () =>
      (await app.payload.find({ collection: 'case-submissions', pagination: false, depth: 0, sort: 'id' })).docs.map(
        (doc) => [doc.title, doc.status, doc.votes, doc.publicityEndsAt, doc.updatedAt],
      )
    const casesBefore = await caseState()
    await seedDemo(app.payload, { password: 'Changed-Password-2' })
    expect(await counts()).toEqual(before)
    expect(await caseState()).toEqual(casesBefore)
    await expect(loginAs(restClient(app.config), 'editor@demo.local', 'Changed-Password-2')).resolves.toBeTruthy()
  })
})
