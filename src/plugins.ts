import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { chineseAdminFields } from '@/admin/chineseAdminFields'
import { anyone } from '@/access/anyone'
import { CACHE_TAGS } from '@/data/cacheTags'
import { redirectFields } from '@/fields/redirectFields'
import { capApiReads } from '@/hooks/capApiReads'
import { refuseMalformedRequests } from '@/hooks/refuseMalformedRequests'
import { collectionLabels, label } from '@/i18n/label'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'
import { seoFields } from '@/seo/seoFields'

const SITE_NAME = '新闻专题'

const revalidateRedirects = revalidateOnChange(() => [CACHE_TAGS.redirects])

/** Search-engine fields on what readers see, and redirects so an old address keeps working after a slug change. */
export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['articles', 'topics', 'livestream-events'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => (doc?.title ? `${doc.title} · ${SITE_NAME}` : SITE_NAME),
    generateDescription: ({ doc }) => doc?.summary ?? doc?.intro ?? '',
    fields: seoFields,
  }),
  redirectsPlugin({
    collections: ['articles', 'topics', 'livestream-events'],
    overrides: {
      access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
      labels: collectionLabels('跳转', 'Redirect', 'Redirects'),
      admin: { group: label('系统', 'System') },
      hooks: { afterChange: [revalidateRedirects.afterChange], afterDelete: [revalidateRedirects.afterDelete] },
      fields: redirectFields,
    },
  }),
  // Last, so they reach every collection, the plugins' own included.
  chineseAdminFields,
  refuseMalformedRequests,
  capApiReads,
]
