import type { Payload } from 'payload'

import { lexicalParagraphs } from '@/lib/lexicalParagraphs'
import { loadRegions } from '@/regions/loadRegions'
import { updateViewTotals } from '@/views/viewTotals'

import { pngImage } from './files'

const context = { disableRevalidate: true }

/**
 * A little of everything the reader pages and the admin's hot calls read (tests/int/hotQueries.test.ts): Fujian's
 * regions, a campaign with its topic page of every block kind, three published articles in three regions, a live
 * event, a case on the site and page views counted into the totals. Small on purpose: the plans, not the timings,
 * are what is checked. Answers the ids of what it made, by name (campaign, topic, article0–2, event, case).
 */
export const seedHotQueryFixtures = async (payload: Payload, editorId: number): Promise<Record<string, number>> => {
  const ids: Record<string, number> = {}
  const region: Record<string, number> = {}
  await loadRegions(payload)
  const { docs } = await payload.find({
    collection: 'regions',
    where: { code: { in: ['350000', '350400', '350481', '350982'] } },
    pagination: false,
  })
  for (const doc of docs) region[doc.code] = doc.id
  const buffer = await pngImage(800, 450)
  const image = await payload.create({
    collection: 'media',
    data: { alt: '直播现场' },
    file: { data: buffer, mimetype: 'image/png', name: 'live.png', size: buffer.length },
    context,
  })
  ids.campaign = (await payload.create({ collection: 'campaigns', data: { name: '福建足迹', year: 2020 }, context })).id
  ids.topic = (
    await payload.create({
      collection: 'topics',
      data: { title: '福建足迹', slug: 'fujian', campaign: ids.campaign, _status: 'published' },
      context,
    })
  ).id
  for (const [index, code] of ['350481', '350400', '350982'].entries()) {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: `直播带货第${index + 1}站`,
        body: lexicalParagraphs(['直播带货。']) as never,
        source: '东南网',
        responsibleEditor: editorId,
        heroImage: image.id,
        regions: [region[code]],
        topics: [ids.topic],
        categories: ['cooperation'],
        campaign: ids.campaign,
        reporters: ['记者甲'],
        _status: 'published',
      },
      context,
    })
    ids[`article${index}`] = doc.id
  }
  const event = await payload.create({
    collection: 'livestream-events',
    data: {
      title: '永安直播',
      slug: 'yongan',
      campaign: ids.campaign,
      region: region['350481'],
      _status: 'published',
      snapshots: [{ asOf: '2020-07-09T21:00:00+08:00', onlineSalesFen: 100 }],
    },
    context,
  })
  ids.event = event.id
  ids.case = (
    await payload.create({
      collection: 'case-submissions',
      data: {
        title: '永安案例',
        type: '创新模式',
        status: 'excellent' as 'draft',
        campaign: ids.campaign,
        region: region['350481'],
        publishedOnSite: true,
      },
      context: { ...context, caseTransition: true },
    })
  ).id
  await payload.update({
    collection: 'topics',
    id: ids.topic,
    data: {
      layout: [
        {
          blockType: 'statCounters',
          campaign: ids.campaign,
          counters: [{ label: '稿件', source: 'computed', metric: 'articles' }],
        },
        { blockType: 'livestreamHighlights', campaign: ids.campaign },
        { blockType: 'caseShowcase', campaign: ids.campaign },
        { blockType: 'articleList', heading: '专题', filter: 'topic' },
        { blockType: 'articleList', heading: '三明', filter: 'region', region: region['350400'] },
        { blockType: 'articleList', heading: '协作', filter: 'category', category: 'cooperation' },
        { blockType: 'regionGrid', parent: region['350000'] },
      ],
    },
    context,
  })
  for (const key of ['article0', 'article1']) {
    await payload.create({
      collection: 'page-views',
      data: { viewedCollection: 'articles', docId: String(ids[key]), day: '2099-01-01', count: 3 },
      overrideAccess: true,
    })
  }
  await updateViewTotals(payload, 'articles', [String(ids.article0), String(ids.article1)])

  return ids
}
