import type { Article } from '@/payload-types'

import { caseArticles } from './articlesCases'
import { cooperationArticles } from './articlesCooperation'
import { livestreamArticles } from './articlesLivestream'
import type { ImageKey } from './images'

export type ArticleCategory = NonNullable<Article['categories']>[number]

/** An article as written; relations are named by division code, image key and slug, and resolved when seeding. */
export type ArticleSeed = {
  slug: string
  kicker?: string
  title: string
  summary: string
  dateline: string
  body: string[]
  source: string
  reporters: string[]
  regions: string[]
  categories: ArticleCategory[]
  image: ImageKey
  /** Beijing wall-clock time, see cst() */
  publishedAt: string
  related?: string[]
}

export const demoArticles: ArticleSeed[] = [...livestreamArticles, ...caseArticles, ...cooperationArticles]
