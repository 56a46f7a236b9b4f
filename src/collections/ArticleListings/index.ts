import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { collectionLabels, label } from '@/i18n/label'

const never = () => false

/**
 * One row per published article and list it belongs to (see listingKeys.ts), written only by the articles' hooks.
 * The reader site lists and counts an area's, a topic's or a category's articles here with one indexed query each:
 * filtering articles by their many-valued regions, topics or categories makes the database walk every article.
 */
export const ArticleListings: CollectionConfig<'article-listings'> = {
  slug: 'article-listings',
  labels: collectionLabels('稿件列表索引', 'Article listing', 'Article listings'),
  admin: { hidden: true },
  access: { read: anyone, create: never, update: never, delete: never },
  // Newest first within a list, creation time breaking ties as it does for the articles themselves
  indexes: [{ fields: ['listing', 'publishedAt', 'createdAt'] }],
  fields: [
    { name: 'articleId', label: label('稿件编号', 'Article id'), type: 'text', required: true, index: true },
    { name: 'listing', label: label('列表', 'Listing'), type: 'text', required: true },
    { name: 'publishedAt', label: label('发布时间', 'Published at'), type: 'date' },
  ],
}
