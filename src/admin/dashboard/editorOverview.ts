import type { Payload, Where } from 'payload'

import { voteDay } from '@/workflow/voteRules'

import { dashboardRead } from './dashboardRead'

/** The case statuses an editor acts on, in the order the campaign reaches them. */
export const CAMPAIGN_STEPS = [
  { status: 'submitted', label: '待初审' },
  { status: 'shortlisted', label: '待评分' },
  { status: 'proposed', label: '公示中' },
  { status: 'excellent', label: '优秀案例' },
] as const

export type EditorOverview = {
  campaign: { id: number | string; name: string } | null
  cases: { status: string; label: string; count: number }[]
  casesTotal: number
  pendingObjections: number
  votesToday: number
  livestream: { events: number; totalSalesFen: number; visits: number | null }
  scheduled: Awaited<ReturnType<typeof scheduledPublications>>
  mostRead: { collection: string; docId: string; title: string; count: number }[]
}

/** The campaign editors work on: the one whose call for cases opened last, else the newest by year. */
export const currentCampaign = async (payload: Payload) => {
  const { docs } = await payload.find({
    ...dashboardRead,
    collection: 'campaigns',
    sort: ['-caseCall.submissionOpens', '-year', '-createdAt'],
    limit: 1,
    select: { name: true },
  })
  return docs[0] ? { id: docs[0].id, name: docs[0].name } : null
}

const SCHEDULED_SHOWN = 10
const MOST_READ_SHOWN = 5
// Few events exist (one per county stop of a tour); the cap keeps the sum bounded should that change
const EVENTS_SUMMED = 500

const titlesOf = async (payload: Payload, collection: string, ids: (number | string)[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await payload.find({
    ...dashboardRead,
    collection: collection as 'articles',
    where: { id: { in: ids } },
    limit: ids.length,
    draft: true,
    select: { title: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.title]))
}

/** Publications and withdrawals waiting in the jobs queue, soonest first. */
export const scheduledPublications = async (payload: Payload, where: Where = {}, limit = SCHEDULED_SHOWN) => {
  const { docs } = await payload.find({
    ...dashboardRead,
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, where] },
    sort: 'waitUntil',
    limit,
  })
  const jobs = docs.flatMap((job) => {
    const input = job.input as { type?: string; doc?: { relationTo?: string; value?: number | string } } | null
    const doc = input?.doc
    return doc?.relationTo && doc.value != null && job.waitUntil
      ? [{ collection: doc.relationTo, id: doc.value, at: job.waitUntil, action: input?.type ?? 'publish' }]
      : []
  })
  const collections = [...new Set(jobs.map((job) => job.collection))]
  const titles = new Map(
    await Promise.all(
      collections.map(
        async (collection) =>
          [
            collection,
            await titlesOf(
              payload,
              collection,
              jobs.filter((job) => job.collection === collection).map((job) => job.id),
            ),
          ] as const,
      ),
    ),
  )
  return jobs.map((job) => ({ ...job, title: titles.get(job.collection)?.get(String(job.id)) ?? '（已删除）' }))
}

const mostReadToday = async (payload: Payload, now: Date) => {
  const { docs } = await payload.find({
    ...dashboardRead,
    collection: 'page-views',
    where: { day: { equals: voteDay(now) } },
    sort: '-count',
    limit: MOST_READ_SHOWN,
  })
  const byCollection = new Map<string, string[]>()
  for (const view of docs) {
    byCollection.set(view.viewedCollection, [...(byCollection.get(view.viewedCollection) ?? []), view.docId])
  }
  const titles = new Map(
    await Promise.all(
      [...byCollection].map(
        async ([collection, ids]) => [collection, await titlesOf(payload, collection, ids)] as const,
      ),
    ),
  )
  return docs.map((view) => ({
    collection: view.viewedCollection,
    docId: view.docId,
    count: view.count,
    title: titles.get(view.viewedCollection)?.get(view.docId) ?? view.docId,
  }))
}

const livestreamTotals = async (payload: Payload) => {
  const { docs, totalDocs } = await payload.find({
    ...dashboardRead,
    collection: 'livestream-events',
    limit: EVENTS_SUMMED,
    select: { current: true },
  })
  const recorded = docs.filter((event) => event.current?.visits != null)
  return {
    events: totalDocs,
    totalSalesFen: docs.reduce((sum, event) => sum + (event.current?.totalSalesFen ?? 0), 0),
    // Unknown stays unknown: no recorded visit count is not zero visits
    visits: recorded.length ? recorded.reduce((sum, event) => sum + (event.current?.visits ?? 0), 0) : null,
  }
}

/** Everything on the editor's start page, each figure from a count or a short, capped query. */
export const editorOverview = async (payload: Payload, now = new Date()): Promise<EditorOverview> => {
  const campaign = await currentCampaign(payload)
  const inCampaign: Where = campaign ? { campaign: { equals: campaign.id } } : {}
  const count = async (collection: 'case-submissions' | 'case-objections' | 'case-votes', where: Where) =>
    (await payload.count({ ...dashboardRead, collection, where })).totalDocs
  const [cases, casesTotal, pendingObjections, votesToday, livestream, scheduled, mostRead] = await Promise.all([
    Promise.all(
      CAMPAIGN_STEPS.map(async (step) => ({
        ...step,
        count: await count('case-submissions', { and: [inCampaign, { status: { equals: step.status } }] }),
      })),
    ),
    count('case-submissions', { and: [inCampaign, { status: { not_equals: 'draft' } }] }),
    count('case-objections', { status: { equals: 'pending' } }),
    count('case-votes', { and: [{ day: { equals: voteDay(now) } }, { voided: { not_equals: true } }] }),
    livestreamTotals(payload),
    scheduledPublications(payload),
    mostReadToday(payload, now),
  ])
  return {
    campaign,
    cases,
    casesTotal,
    pendingObjections,
    votesToday,
    livestream,
    scheduled,
    mostRead,
  }
}
