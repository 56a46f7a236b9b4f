import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { collectionLabels, label, options } from '@/i18n/label'
import { VIEWED } from '@/views/viewTarget'

import { viewBeaconEndpoint } from './endpoints/viewBeacon'

const never = () => false

/**
 * Daily view counters: one row per document and Beijing day, raised in batches by the view buffer (src/views), never
 * once per view and never through the API. The hot list sums them per period.
 */
export const PageViews: CollectionConfig<'page-views'> = {
  slug: 'page-views',
  labels: collectionLabels('阅读量', 'Daily views', 'Daily views'),
  admin: {
    group: label('统计', 'Statistics'),
    defaultColumns: ['viewedCollection', 'docId', 'day', 'count'],
  },
  access: { read: isStaff, create: never, update: never, delete: never },
  // Unique, so two servers creating the same day's row at once end with one row (the loser adds to it instead).
  indexes: [
    { fields: ['viewedCollection', 'docId', 'day'], unique: true },
    { fields: ['viewedCollection', 'day'] },
    // Today's most read on the editors' start page: the day's rows walked by count, not every row sorted
    { fields: ['day', 'count', 'createdAt'] },
  ],
  endpoints: [viewBeaconEndpoint],
  fields: [
    {
      name: 'viewedCollection',
      label: label('内容类型', 'Collection'),
      type: 'select',
      required: true,
      options: options(VIEWED),
    },
    // Text, so SQLite's numeric ids and MongoDB's object ids fit alike
    { name: 'docId', label: label('内容编号', 'Document id'), type: 'text', required: true },
    { name: 'day', label: label('日期（北京时间）', 'Day (Beijing)'), type: 'text', required: true },
    { name: 'count', label: label('阅读次数', 'Views'), type: 'number', required: true, min: 0, defaultValue: 0 },
  ],
}
