import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { collectionLabels, label, options } from '@/i18n/label'
import { VIEWED } from '@/views/viewTarget'

const never = () => false

/**
 * Each document's views over the hot list's periods as of the day they were last counted, one row per document
 * read within the last month, kept by the view flush (src/views/viewTotals.ts). The hot list reads the few
 * highest rows instead of a month of daily counters.
 */
export const ViewTotals: CollectionConfig<'view-totals'> = {
  slug: 'view-totals',
  labels: collectionLabels('阅读量合计', 'View totals', 'View totals'),
  admin: { group: label('统计', 'Statistics'), defaultColumns: ['viewedCollection', 'docId', 'asOf', 'month'] },
  access: { read: isStaff, create: never, update: never, delete: never },
  // Unique, so two servers adding the same document's row at once end with one row (the loser updates it instead).
  indexes: [
    { fields: ['viewedCollection', 'docId'], unique: true },
    { fields: ['viewedCollection', 'threeDays'] },
    { fields: ['viewedCollection', 'week'] },
    { fields: ['viewedCollection', 'month'] },
  ],
  fields: [
    {
      name: 'viewedCollection',
      label: label('内容类型', 'Collection'),
      type: 'select',
      required: true,
      options: options(VIEWED),
    },
    { name: 'docId', label: label('内容编号', 'Document id'), type: 'text', required: true },
    {
      name: 'asOf',
      label: label('截至日期（北京时间）', 'As of (Beijing day)'),
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'threeDays', label: label('三日阅读', 'Three days'), type: 'number', required: true, defaultValue: 0 },
    { name: 'week', label: label('一周阅读', 'Week'), type: 'number', required: true, defaultValue: 0 },
    { name: 'month', label: label('一月阅读', 'Month'), type: 'number', required: true, defaultValue: 0 },
  ],
}
