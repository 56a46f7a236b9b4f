import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access/editorialAccess'
import { articleListingsHooks as listings } from '@/collections/ArticleListings/articleListingsHooks'
import { CACHE_TAGS } from '@/data/cacheTags'
import { editorialVersions } from '@/fields/editorialVersions'
import { livePreview, readerPaths } from '@/fields/livePreview'
import { commentsPostModeratedField } from '@/fields/commentsPostModerated'
import { publishedAtField } from '@/fields/publishedAt'
import { bodyField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { collectionLabels, label, options } from '@/i18n/label'
import { recordSlugRedirect } from '@/hooks/recordSlugRedirect'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'
import { searchIndexHooks } from '@/search/searchIndexHooks'

import { ARTICLE_CATEGORIES } from './categories'
import { importOldPageEndpoint } from './endpoints/importOldPage'
import { copyEditorName } from './hooks/copyEditorName'
import { guardPublish } from './hooks/guardPublish'

const revalidate = revalidateOnChange((doc) => [
  CACHE_TAGS.articles,
  ...(typeof doc.slug === 'string' ? [CACHE_TAGS.article(doc.slug)] : []),
])

const search = searchIndexHooks('articles')

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: collectionLabels('稿件', 'Article', 'Articles'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'kicker', 'summary'],
    livePreview: livePreview(readerPaths.article),
    preview: (doc) => `/preview?path=${encodeURIComponent(readerPaths.article(String(doc.slug)))}`,
    components: { beforeListTable: ['@/components/admin/ImportOldPage#ImportOldPage'] },
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultPopulate: { title: true, slug: true, kicker: true, summary: true, publishedAt: true, heroImage: true },
  // Readers' newest-first lists (the published flag, then the sort with creation time breaking ties); a campaign's
  // published articles counted from the index alone
  indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }, { fields: ['campaign', '_status'] }],
  endpoints: [importOldPageEndpoint],
  hooks: {
    beforeChange: [copyEditorName, guardPublish],
    afterChange: [
      recordSlugRedirect('articles', readerPaths.article),
      revalidate.afterChange,
      search.afterChange,
      listings.afterChange,
    ],
    afterDelete: [revalidate.afterDelete, search.afterDelete, listings.afterDelete],
  },
  fields: [
    { name: 'kicker', label: label('引题', 'Kicker'), type: 'text' },
    { name: 'title', label: label('标题', 'Title'), type: 'text', required: true, maxLength: 120 },
    { name: 'summary', label: label('摘要', 'Summary'), type: 'textarea', maxLength: 300 },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('正文', 'Body'),
          fields: [
            {
              name: 'dateline',
              label: label('电头', 'Dateline'),
              type: 'text',
              admin: { placeholder: '东南网3月30日讯' },
            },
            bodyField({ name: 'body', label: label('正文', 'Body') }),
          ],
        },
        {
          label: label('稿件信息', 'Credits'),
          fields: [
            { name: 'heroImage', label: label('题图', 'Hero image'), type: 'upload', relationTo: 'media' },
            {
              type: 'row',
              fields: [
                { name: 'source', label: label('来源', 'Source'), type: 'text', admin: { placeholder: '东南网' } },
                {
                  name: 'responsibleEditor',
                  label: label('责任编辑', 'Responsible editor'),
                  type: 'relationship',
                  relationTo: 'users',
                  filterOptions: { roles: { in: ['editor', 'admin'] } },
                },
              ],
            },
            {
              name: 'responsibleEditorName',
              label: label('责任编辑署名', 'Responsible editor as printed'),
              type: 'text',
              admin: { readOnly: true, description: label('随责任编辑自动填写', 'Follows the responsible editor') },
            },
            { name: 'reporters', label: label('记者', 'Reporters'), type: 'text', hasMany: true },
          ],
        },
        {
          label: label('关联', 'Relations'),
          fields: [
            {
              name: 'campaign',
              label: label('所属活动', 'Campaign'),
              type: 'relationship',
              relationTo: 'campaigns',
              index: true,
            },
            {
              name: 'topics',
              label: label('所属专题', 'Topics'),
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              index: true,
            },
            {
              name: 'regions',
              label: label('地区', 'Regions'),
              type: 'relationship',
              relationTo: 'regions',
              hasMany: true,
              index: true,
            },
            {
              name: 'categories',
              label: label('栏目', 'Categories'),
              type: 'select',
              hasMany: true,
              options: options(ARTICLE_CATEGORIES),
            },
            {
              name: 'relatedArticles',
              label: label('相关阅读', 'Related articles'),
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: {
                description: label(
                  '不选时按相同专题或地区自动推荐',
                  'When empty, the site suggests by topic or region',
                ),
              },
            },
          ],
        },
        {
          label: label('迁移', 'Import'),
          fields: [
            { name: 'originalUrl', label: label('原文网址', 'Original URL'), type: 'text' },
            { name: 'importNote', label: label('导入说明', 'Import note'), type: 'textarea' },
          ],
        },
      ],
    },
    slugField(),
    publishedAtField,
    commentsPostModeratedField(),
  ],
}
