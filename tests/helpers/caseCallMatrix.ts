import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { openCaseCallCampaign, publishables } from './editorialFixtures'
import { loginAs } from './loginAs'
import { TEST_PASSWORD } from './seedUsers'
import { startWithCast } from './startWithCast'

/**
 * The cast of the case-call role matrix: every role, and cases of unit A in six statuses. "unit" is unit A's
 * submitter (the owner), "otherUnit" unit B's, "reviewer" is assigned to every case past draft, "reviewer2" to none;
 * "reader" has no account. One review, and two audit events (one by the unit, one by the reviewer), exist.
 */
export const ROLES = ['reader', 'unit', 'otherUnit', 'reviewer', 'reviewer2', 'editor', 'admin'] as const
export type Who = (typeof ROLES)[number]
export const FIXTURE_STATUSES = ['draft', 'submitted', 'rejected', 'shortlisted', 'proposed', 'excellent'] as const
export type FixtureStatus = (typeof FIXTURE_STATUSES)[number]

export const startCaseCallMatrix = async () => {
  const { app, rest, cast, tokens } = await startWithCast()
  const reviewer2 = await app.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@test.local', password: TEST_PASSWORD, roles: ['reviewer'], name: '许专家' },
  })
  const token: Partial<Record<Who, string>> = {
    reader: undefined,
    unit: tokens.submitter,
    otherUnit: tokens.submitter2,
    reviewer: tokens.reviewer,
    reviewer2: await loginAs(rest, 'reviewer2@test.local'),
    editor: tokens.editor,
    admin: tokens.admin,
  }
  const cases = {} as Record<FixtureStatus, number>
  const { region, image } = await publishables(app.payload, cast)
  const campaign = await openCaseCallCampaign(app.payload)
  for (const status of FIXTURE_STATUSES) {
    const doc = await app.payload.create({
      collection: 'case-submissions',
      data: {
        campaign: campaign.id,
        title: `案例（${status}）`,
        type: '创新模式',
        region: region.id,
        organization: cast.units.a.id,
        summary: '下党乡推行茶园认购。',
        body: lexicalParagraphs(['下党乡把茶园交给城里人认购。']) as never,
        photos: [image.id],
        contactPerson: '林晓华',
        phone: '0598-3600000',
        email: 'yongan@example.cn',
        status,
        assignedReviewers: status === 'draft' ? [] : [cast.users.reviewer.id],
        publishedOnSite: status === 'excellent',
        publicityEndsAt: status === 'proposed' ? new Date(Date.now() - 1000).toISOString() : undefined,
      },
      context: { caseTransition: true },
    })
    cases[status] = doc.id as number
  }
  await app.payload.create({
    collection: 'case-reviews',
    data: {
      case: cases.shortlisted,
      reviewer: cast.users.reviewer.id,
      scores: { typicality: 8, innovation: 7, effectiveness: 9, replicability: 8 },
    },
    user: cast.users.reviewer,
  })
  await app.payload.create({
    collection: 'audit-events',
    data: {
      case: cases.submitted,
      organization: cast.units.a.id,
      from: 'draft',
      to: 'submitted',
      actor: cast.users.submitter.id,
      at: new Date().toISOString(),
      ip: '203.0.113.5',
    },
    overrideAccess: true,
  })
  await app.payload.create({
    collection: 'audit-events',
    data: {
      case: cases.rejected,
      organization: cast.units.a.id,
      from: 'submitted',
      to: 'rejected',
      actor: cast.users.reviewer.id,
      at: new Date().toISOString(),
      comment: '材料不全',
      ip: '203.0.113.6',
    },
    overrideAccess: true,
  })
  const reviewer2Id = reviewer2.id
  const as = (who: Who) => ({ token: token[who] })
  return { app, rest, cast, cases, reviewer2Id, as }
}

export type CaseCallMatrix = Awaited<ReturnType<typeof startCaseCallMatrix>>
