import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access/editorialAccess'
import { topicBlocks } from '@/blocks/topicBlocks'
import { CACHE_TAGS } from '@/data/cacheTags'
import { editorialVersions } from '@/fields/editorialVersions'
import { livePreview, readerPaths } from '@/fields/livePreview'
import { commentsPostModeratedField } from '@/fields/commentsPostModerated'
import { publishedAtField } from '@/fields/publishedAt'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n/label'
import { recordSlugRedirect } from '@/hooks/recordSlugRedirect'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'
import { searchIndexHooks } from '@/search/searchIndexHooks'

const revalidate = revalidateOnChange((doc) => [
  CACHE_TAGS.topics,
  ...(typeof doc.slug === 'string' ? [CACHE_TAGS.topic(doc.slug)] : []),
])

const search = searchIndexHooks('topics')

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: collectionLabels('专题', 'Topic', 'Topics'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', '_status', 'updatedAt'],
    livePreview: livePreview(readerPaths.topic),
    preview: (doc) => `/preview?path=${encodeURIComponent(readerPaths.topic(String(doc.slug)))}`,
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultPopulate: { title: true, slug: true, intro: true, theme: true, publishedAt: true },
  hooks: {
    afterChange: [recordSlugRedirect('topics', readerPaths.topic), revalidate.afterChange, search.afterChange],
    afterDelete: [revalidate.afterDelete, search.afterDelete],
  },
  fields: [
    { name: 'title', label: label('专题名称', 'Title'), type: 'text', required: true },
    {
      name: 'campaign',
      label: label('所属活动', 'Campaign'),
      type: 'relationship',
      relationTo: 'campaigns',
      index: true,
    },
    { name: 'intro', label: label('导语', 'Intro'), type: 'textarea' },
    {
      name: 'theme',
      label: label('主题样式', 'Theme'),
      type: 'group',
      fields: [
        {
          name: 'primaryColor',
          label: label('主色', 'Primary colour'),
          type: 'text',
          defaultValue: '#b8232f',
          validate: (value: string | null | undefined) =>
            !value || /^#[0-9a-fA-F]{6}$/.test(value) || '颜色格式为 #RRGGBB (colour as #RRGGBB)',
        },
        { name: 'banner', label: label('横幅图', 'Banner'), type: 'upload', relationTo: 'media' },
      ],
    },
    { name: 'layout', label: label('版面', 'Layout'), type: 'blocks', blocks: topicBlocks },
    slugField(),
    publishedAtField,
    commentsPostModeratedField(),
  ],
}
