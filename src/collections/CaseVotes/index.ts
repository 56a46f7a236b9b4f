import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { collectionLabels, label } from '@/i18n/label'

const never = () => false

/**
 * One row per accepted vote. The unique index on (voter, day, case) lets the database refuse a second vote that
 * raced past the check, so the count stays exact under load; the one on the proof of work refuses a proof spent
 * twice. Address and network are keyed hashes, never raw addresses: enough to count votes per client and to find
 * bursts. A voided vote stays here, for the audit, but no longer counts. Written only by the vote endpoint and by
 * an editor voiding a burst (src/collections/VoteBursts).
 */
export const CaseVotes: CollectionConfig<'case-votes'> = {
  slug: 'case-votes',
  labels: collectionLabels('网络投票', 'Vote', 'Votes'),
  admin: { group: label('案例征集', 'Case call'), defaultColumns: ['case', 'day', 'voided', 'createdAt'] },
  access: { read: isStaff, create: never, update: never, delete: never },
  // Every vote writes each of these indexes, so there is one per query and no more: the vote batch reads by (voter,
  // day), which the unique index starts with, by (case, day, network) and by proof (src/voting/recordVotes.ts),
  // voiding a burst by (case, day, network) too; anything by case alone uses the case's own index, which Payload
  // keeps for every relationship. (A unique index led by the case, beside one on (voter, day), cost each vote one
  // more index entry at a random place.)
  indexes: [
    { fields: ['voter', 'day', 'case'], unique: true },
    { fields: ['case', 'day', 'network'] },
    // The editors' start page counts today's votes; without it that count read every vote ever cast
    { fields: ['day', 'voided'] },
  ],
  fields: [
    {
      name: 'case',
      label: label('案例', 'Case'),
      type: 'relationship',
      relationTo: 'case-submissions',
      required: true,
    },
    { name: 'voter', label: label('投票人（哈希）', 'Voter (hash)'), type: 'text', required: true },
    { name: 'day', label: label('日期（北京时间）', 'Day (Beijing)'), type: 'text', required: true },
    { name: 'address', label: label('地址（哈希）', 'Address (hash)'), type: 'text' },
    { name: 'network', label: label('网段（哈希）', 'Network (hash)'), type: 'text' },
    { name: 'minute', label: label('分钟（UTC）', 'Minute (UTC)'), type: 'text' },
    { name: 'proof', label: label('工作量证明', 'Proof of work'), type: 'text', unique: true },
    {
      name: 'voided',
      label: label('已作废', 'Voided'),
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: label('作废的票保留在这里备查，但不计入票数', 'Voided votes stay for the audit but do not count'),
      },
    },
  ],
}
