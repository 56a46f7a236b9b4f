import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'
import { countPhotos, missingCaseFields } from '@/workflow/caseRequirements'
import { CASE_STATUSES, type CaseStatus } from '@/workflow/caseStatus'
import { decideTransition, type CaseFacts } from '@/workflow/caseTransitions'
import { mayReview } from '@/workflow/reviewerAssignment'

import { loginAs } from '../helpers/loginAs'
import { restClient } from '../helpers/rest'
import { SEED_PASSWORD as password, startSeededDemo } from '../helpers/seededDemo'
import type { TestApp } from '../helpers/startPayload'

let app: TestApp

beforeAll(async () => {
  app = await startSeededDemo()
})
afterAll(() => app?.close())

describe('the demo seed', () => {
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
})
