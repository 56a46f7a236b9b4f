import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { attachmentHeader } from '@/export/contentDisposition'
import { caseExportTable, FINALIST_STATUSES, type ExportCase } from '@/export/caseExportTable'
import { isSpreadsheetFormat, SPREADSHEET_TYPES, writeSpreadsheet } from '@/export/writeSpreadsheet'
import { fromAdminUi } from '@/lib/fromAdminUi'
import { relationId } from '@/lib/relationId'
import { asUserFacing } from '@/lib/UserFacingError'
import { campaignWeights, type Scores } from '@/workflow/scoring'

/** The stable English `message` API clients get for each refusal. */
const EXPORT_MESSAGES = {
  staffOnly: 'Staff only',
  badFormat: 'Format must be csv or xlsx',
  notFound: 'Campaign not found',
}

const refuse = (req: PayloadRequest, status: number, code: keyof typeof EXPORT_MESSAGES, zh: string) =>
  asUserFacing(
    new APIError(fromAdminUi(req) ? zh : EXPORT_MESSAGES[code], status, { code, errors: [{ message: zh }] }, true),
  )

// Cases are read a page at a time, each page with its reviews and submission times, so memory and query size stay
// bounded however many cases a campaign draws.
const PAGE_SIZE = 500

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'name' in value ? String(value.name) : null

/** When each case was first submitted, from its audit trail. */
const firstSubmissions = async (req: PayloadRequest, ids: (string | number)[]) => {
  const events = await req.payload.find({
    collection: 'audit-events',
    where: { and: [{ case: { in: ids } }, { to: { equals: 'submitted' } }] },
    sort: 'at',
    pagination: false,
    depth: 0,
    select: { case: true, at: true },
    req,
    user: req.user,
    overrideAccess: false,
  })
  const first = new Map<string, string>()
  for (const event of events.docs) {
    const key = String(relationId(event.case))
    if (!first.has(key)) first.set(key, event.at)
  }
  return first
}

const reviewsOf = async (req: PayloadRequest, ids: (string | number)[], into: Map<string, Scores[]>) => {
  const reviews = await req.payload.find({
    collection: 'case-reviews',
    where: { case: { in: ids } },
    pagination: false,
    depth: 0,
    select: { case: true, scores: true },
    req,
    user: req.user,
    overrideAccess: false,
  })
  for (const review of reviews.docs) {
    const key = String(relationId(review.case))
    into.set(key, [...(into.get(key) ?? []), review.scores as Scores])
  }
}

/**
 * The campaign's cases as the caller may read them: editors and admins all of them, a reviewer only those assigned
 * to them and never drafts (the collection's access would also let a reviewer read the public ones).
 */
const readCases = async (req: PayloadRequest, campaignId: string | number) => {
  const user = req.user
  const where: Where = {
    and: [
      { campaign: { equals: campaignId } },
      ...(hasRole(user, 'admin', 'editor')
        ? []
        : [{ assignedReviewers: { in: [user?.id] } }, { status: { not_equals: 'draft' } }]),
    ],
  }
  const cases: ExportCase[] = []
  const reviewsByCase = new Map<string, Scores[]>()
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'case-submissions',
      where,
      sort: 'id',
      page,
      limit: PAGE_SIZE,
      depth: 1,
      select: {
        title: true,
        type: true,
        region: true,
        organization: true,
        intake: true,
        status: true,
        votes: true,
        contactPerson: true,
        phone: true,
        email: true,
      },
      populate: { regions: { name: true }, organizations: { name: true } },
      req,
      user,
      overrideAccess: false,
    })
    const ids = result.docs.map((doc) => doc.id)
    if (ids.length > 0) {
      const submitted = await firstSubmissions(req, ids)
      await reviewsOf(req, ids, reviewsByCase)
      for (const doc of result.docs) {
        cases.push({
          id: doc.id,
          title: doc.title,
          type: doc.type,
          region: nameOf(doc.region),
          organization: nameOf(doc.organization),
          channel: doc.intake?.channel,
          recommender: doc.intake?.recommender,
          status: doc.status,
          submittedAt: submitted.get(String(doc.id)) ?? null,
          votes: doc.votes,
          contactPerson: doc.contactPerson,
          phone: doc.phone,
          email: doc.email,
        })
      }
    }
    if (!result.hasNextPage) return { cases, reviewsByCase }
  }
}

/**
 * Every finalist's vote count, whoever asks: a vote share is a case's votes over all finalists' votes, so a
 * reviewer's export needs the total even of cases it does not list. Only the counts are read.
 */
const finalistVotes = async (req: PayloadRequest, campaignId: string | number) => {
  const result = await req.payload.find({
    collection: 'case-submissions',
    where: { and: [{ campaign: { equals: campaignId } }, { status: { in: FINALIST_STATUSES } }] },
    pagination: false,
    depth: 0,
    select: { votes: true },
    req,
    overrideAccess: true,
  })
  return result.docs.map((doc) => ({ id: doc.id, votes: doc.votes }))
}

/**
 * GET /api/campaigns/:id/export?format=csv|xlsx (staff only): the campaign's cases with status, scores and votes as a
 * spreadsheet. Cases and reviews are read with the caller's own access, so a reviewer gets only their assigned cases
 * and only the scores blind review lets them see; contact details go to editors and admins only.
 */
export const exportCasesEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      throw refuse(req, req.user ? 403 : 401, 'staffOnly', '只有工作人员可以导出案例。')
    }
    const format = req.searchParams?.get('format') ?? 'xlsx'
    if (!isSpreadsheetFormat(format)) throw refuse(req, 400, 'badFormat', '导出格式只能是 csv 或 xlsx。')
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: req.routeParams?.id as string,
      depth: 0,
      select: { name: true, caseCall: true },
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!campaign) throw refuse(req, 404, 'notFound', '没有找到这个活动。')

    const { cases, reviewsByCase } = await readCases(req, campaign.id)
    const table = caseExportTable({
      viewer: req.user,
      cases,
      reviewsByCase,
      finalists: await finalistVotes(req, campaign.id),
      weights: campaignWeights(campaign.caseCall),
    })
    const body = await writeSpreadsheet(table, format)
    return new Response(body, {
      headers: {
        'Content-Type': SPREADSHEET_TYPES[format],
        'Content-Disposition': attachmentHeader(
          `${campaign.name}-案例.${format}`,
          `campaign-${campaign.id}-cases.${format}`,
        ),
        // Contact details and unpublished scores: never kept by a shared cache.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
