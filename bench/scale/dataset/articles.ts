import { ARTICLE_CATEGORIES } from '@/collections/Articles/categories'
import type { BulkDocument } from '@/import/bulk/bulkImport'
import type { Id } from '@/import/bulk/writeDocuments'
import { lexicalParagraphs } from '@/lib/lexicalParagraphs'

import { paragraphs, reporters, summary, title } from './chineseText'
import type { Random } from './random'
import type { Setup } from './setup'

const HOUR = 3_600_000
const CATEGORIES = Object.keys(ARTICLE_CATEGORIES) as (keyof typeof ARTICLE_CATEGORIES)[]

/** Twenty articles mention the rare word, however many there are: a search with a handful of results. */
const RARE_ARTICLES = 20

/** An image from the media library placed in the body, as an editor inserts one. */
const uploadNode = (image: Id) => ({
  type: 'upload',
  version: 3,
  format: '',
  fields: null,
  relationTo: 'media',
  value: image,
})

const body = (random: Random, place: string, year: number, image: Id | null, rare: boolean) => {
  const lexical = lexicalParagraphs(paragraphs(random, place, year, 1_000, 3_000, rare))
  if (image != null) (lexical.root.children as unknown[]).splice(1, 0, uploadNode(image))
  return lexical
}

export type ArticleOptions = {
  count: number
  /** The span the archive covers, oldest first. */
  from: Date
  to: Date
  /** The demo's campaign and topic: its share of the coverage is what the measured topic page shows. */
  demo: { campaign: Id; topic: Id; year: number }
  /** Ids of articles written so far, for related reading; the import adds to it batch by batch. */
  written: Id[]
}

/**
 * 100,000 articles over ten years in date order, as an archive is imported: 98 % published (each with everything
 * publishing needs), the rest drafts; one or two Fujian regions each; half of them in a campaign of their year and its
 * topic; a fifth with an image in the body; some with related reading.
 */
export function* articles(random: Random, setup: Setup, options: ArticleOptions): Generator<BulkDocument<'articles'>> {
  const span = options.to.getTime() - options.from.getTime()
  const rareEvery = Math.max(1, Math.floor(options.count / RARE_ARTICLES))
  for (let index = 0; index < options.count; index++) {
    const published = new Date(options.from.getTime() + (span * (index + random.next())) / options.count)
    const year = published.getFullYear()
    const regions = random.some(setup.regions, random.chance(0.8) ? 1 : 2)
    const place = regions[0].name
    const campaigns = setup.campaigns.filter((campaign) => campaign.year === year)
    const demoYear = year === options.demo.year && random.chance(0.5)
    const campaign = demoYear ? null : random.chance(0.5) ? (random.pick(campaigns) ?? null) : null
    const draft = random.chance(0.02)
    const related = options.written.length > 10 && random.chance(0.1) ? random.int(1, 3) : 0
    yield {
      title: title(random, place, year),
      kicker: random.chance(0.2) ? `${place}见闻` : undefined,
      summary: summary(random, place, year).slice(0, 290),
      dateline: `东南网${published.getMonth() + 1}月${published.getDate()}日讯`,
      body: body(
        random,
        place,
        year,
        random.chance(0.2) ? random.pick(setup.images) : null,
        index % rareEvery === rareEvery - 1,
      ) as never,
      source: random.chance(0.7) ? '东南网' : '福建日报',
      reporters: reporters(random),
      responsibleEditor: random.pick(setup.editors) as number,
      heroImage: random.pick(setup.images) as number,
      regions: regions.map((region) => region.id as number),
      categories: random.some(CATEGORIES, random.int(1, 2)),
      campaign: (demoYear ? options.demo.campaign : campaign?.id) as number | undefined,
      topics: (demoYear ? [options.demo.topic] : campaign ? [campaign.topic] : []) as number[],
      relatedArticles: [
        ...new Set(Array.from({ length: related }, () => options.written[random.int(0, options.written.length - 1)])),
      ] as number[],
      _status: draft ? 'draft' : 'published',
      publishedAt: draft ? undefined : published.toISOString(),
      createdAt: new Date(published.getTime() - random.int(1, 48) * HOUR).toISOString(),
      updatedAt: new Date(Math.min(published.getTime() + random.int(0, 72) * HOUR, options.to.getTime())).toISOString(),
    }
  }
}
