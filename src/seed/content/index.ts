import type { Payload } from 'payload'

import type { Article, Campaign, Region, Topic, User } from '@/payload-types'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { DEMO_EMAIL_DOMAIN } from '@/startup/demoAccounts'
import { CASE_STATUSES, CASE_STATUS_LABELS } from '@/workflow/caseStatus'

import { demoOrganizations } from '../organizations'
import { demoArticles, type ArticleSeed } from './articles'
import { campaignData, startOfHour } from './campaign'
import { CASE_REGIONS } from './cases'
import { seedComments } from './comments'
import { LICHENG, YONGAN, eventSeeds } from './events'
import { context, covers, newTally, type Tally } from './helpers'
import { seedImages, type ImageIds } from './images'
import { PAIRING_REGIONS, pairingSeeds } from './pairings'
import { seedCases, type CaseSummary } from './seedCases'
import { TOPIC_SLUG, topicData } from './topic'
import { idOf, regionLookup, stores, upsertBySlug, upsertCampaign, type Seed } from './upsert'

/** e.g. "15 cases (1 草稿, 1 已提交, …), 38 audit events, 20 reviews, 1127 votes, 2 objections". */
const describeCases = (cases: CaseSummary) => {
  const total = Object.values(cases.byStatus).reduce((sum, count) => sum + count, 0)
  const byStatus = CASE_STATUSES.filter((status) => cases.byStatus[status] > 0)
    .map((status) => `${cases.byStatus[status]} ${CASE_STATUS_LABELS[status].zh}`)
    .join(', ')
  return (
    `${total} cases (${byStatus}), ${cases.events} audit events, ${cases.reviews} reviews, ${cases.votes} votes, ` +
    `${cases.objections} objections`
  )
}

type ArticleRefs = {
  campaign: Campaign['id']
  topic: Topic['id']
  editor: User['id']
  images: ImageIds
  regionId: (code: string) => Region['id']
}

const articleData = (seed: ArticleSeed, refs: ArticleRefs): Seed<'articles'> => ({
  slug: seed.slug,
  kicker: seed.kicker,
  title: seed.title,
  summary: seed.summary,
  dateline: seed.dateline,
  body: lexicalParagraphs(seed.body),
  source: seed.source,
  reporters: seed.reporters,
  responsibleEditor: refs.editor,
  heroImage: refs.images[seed.image],
  regions: seed.regions.map(refs.regionId),
  categories: seed.categories,
  campaign: refs.campaign,
  topics: [refs.topic],
  publishedAt: seed.publishedAt,
  _status: 'published',
})

/** Related reading between articles, named by slug, so it is set once all of them exist. */
const linkRelated = async (payload: Payload, articles: Map<string, Article>, tally: Tally) => {
  for (const seed of demoArticles) {
    const doc = articles.get(seed.slug)
    if (!doc || !seed.related) continue
    const relatedArticles = seed.related.map((slug) => articles.get(slug)?.id).filter((id) => id != null)
    if (covers(doc.relatedArticles, relatedArticles)) continue
    const data = { relatedArticles, _status: 'published' as const }
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data,
      draft: false,
      overrideAccess: true,
      context,
      depth: 0,
    })
    tally.updated++
  }
}

/** Articles the topic page recommends in its related-reading block. */
const TOPIC_READING = [
  'yongan-anzhenbao-livestream',
  'licheng-livestream',
  'fuqing-liancheng-tongwei',
  'minning-cooperation',
]

/**
 * The demo content of the 2020 campaign: images, the campaign and its case call (cases in every status with their
 * history, reviews, votes and objections), its two livestream events, the topic page, the articles and the pairing
 * aids they report. Idempotent: a rerun finds everything (by slug; cases by title; the campaign by name and year)
 * and writes only what differs — in practice the case-call windows, which follow the clock.
 */
export const seedContent = async (payload: Payload) => {
  const tally = newTally()
  const store = stores(payload)
  const images = await seedImages(payload, tally)
  const codes = [
    ...demoArticles.flatMap((article) => article.regions),
    ...CASE_REGIONS,
    YONGAN,
    LICHENG,
    ...PAIRING_REGIONS,
    '350400',
    '350000',
  ]
  const regionId = await regionLookup(payload, codes)
  const editor = await idOf(payload, 'users', 'email', `editor${DEMO_EMAIL_DOMAIN}`)
  if (editor == null) throw new Error('The demo editor account must exist before the demo content')
  const portalName = demoOrganizations.find((org) => org.key === 'portal')?.name
  const portal = portalName ? await idOf(payload, 'organizations', 'name', portalName) : undefined

  const now = new Date()
  const campaign = await upsertCampaign(payload, campaignData({ portal, now }), tally)
  const cases = await seedCases(payload, { campaign, images, regionId, hour: startOfHour(now) }, tally)
  await upsertBySlug(store.events, eventSeeds({ campaign, regionId, images }), tally)

  // Articles point at the topic and the topic's related reading at articles: a new topic starts without that block
  // and is completed below, once the articles exist
  let topic = await idOf(payload, 'topics', 'slug', TOPIC_SLUG)
  if (topic == null) {
    topic = (await store.topics.create(topicData({ campaign, regionId, images }))).id
    tally.created++
  }
  const refs = { campaign, topic, editor, images, regionId }
  const articles = await upsertBySlug(
    store.articles,
    demoArticles.map((seed) => articleData(seed, refs)),
    tally,
  )
  await linkRelated(payload, articles, tally)
  const related = TOPIC_READING.map((slug) => articles.get(slug)?.id).filter((id) => id != null)
  await upsertBySlug(store.topics, [topicData({ campaign, regionId, images, related })], tally)
  const pairings = pairingSeeds({ regionId, topic, articleId: (slug) => articles.get(slug)?.id })
  await upsertBySlug(store.pairings, pairings, tally)
  await seedComments(payload, articles.get('yongan-anzhenbao-livestream')?.id ?? null, editor, tally)

  payload.logger.info(
    `demo content: ${Object.keys(images).length} images, 1 campaign, 2 livestream events, 1 topic, ` +
      `${demoArticles.length} articles, ${pairings.length} pairing aids, ${describeCases(cases)} (${tally.created} created, ${tally.updated} updated, ` +
      `${tally.unchanged} unchanged)`,
  )
}
