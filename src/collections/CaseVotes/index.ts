import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { collectionLabels, label } from '@/i18n/label'

const never = () => false

/**
 * One row per accepted vote. The unique index on (case, voter, day) lets the database refuse a second vote that
 * raced past the check, so the count stays exact under load. Written only by the vote endpoint.
 */
export const CaseVotes: CollectionConfig<'case-votes'> = {
  slug: 'case-votes',
  labels: collectionLabels('网络投票', 'Vote', 'Votes'),
  admin: { group: label('案例征集', 'Case call'), defaultColumns: ['case', 'day', 'createdAt'] },
  access: { read: isStaff, create: never, update: never, delete: never },
  indexes: [{ fields: ['case', 'voter', 'day'], unique: true }, { fields: ['voter', 'day'] }],
  fields: [
    {
      name: 'case',
      label: label('案例', 'Case'),
      type: 'relationship',
      relationTo: 'case-submissions',
      required: true,
      index: true,
    },
    { name: 'voter', label: label('投票人（哈希）', 'Voter (hash)'), type: 'text', required: true },
    { name: 'day', label: label('日期（北京时间）', 'Day (Beijing)'), type: 'text', required: true },
  ],
}
