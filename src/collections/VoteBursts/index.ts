import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { collectionLabels, label } from '@/i18n/label'
import { BURST_STATES, BURST_STATE_LABELS } from '@/workflow/voteBursts'

import { decideBurst } from './hooks/decideBurst'

const never = () => false
const readOnly = { create: never, update: never }

/**
 * Suspicious vote bursts (many votes for one case from one network in one minute), recorded by the vote recorder as
 * the votes arrive. Editors read them in the admin and keep or void each one; voiding marks its votes void and
 * lowers the case's count in the same transaction. Only the state is writable, and only by editors.
 */
export const VoteBursts: CollectionConfig<'vote-bursts'> = {
  slug: 'vote-bursts',
  labels: collectionLabels('异常投票', 'Vote burst', 'Vote bursts'),
  admin: {
    group: label('案例征集', 'Case call'),
    defaultColumns: ['case', 'minute', 'votes', 'state', 'decidedBy'],
    description: label(
      '同一网段一分钟内给同一案例投出大量票时记录在这里。确认是刷票的，请在排名确定前“作废”：这些票保留备查，但不再计入票数。',
      'Many votes for one case from one network within a minute. Void a burst that is vote stuffing before the ranking is decided: its votes stay for the audit but no longer count.',
    ),
  },
  access: { read: isEditorOrAdmin, create: never, update: isEditorOrAdmin, delete: never },
  indexes: [{ fields: ['case', 'network', 'minute'], unique: true }],
  hooks: { beforeChange: [decideBurst] },
  fields: [
    {
      name: 'case',
      label: label('案例', 'Case'),
      type: 'relationship',
      relationTo: 'case-submissions',
      required: true,
      index: true,
      access: readOnly,
    },
    { name: 'network', label: label('网段（哈希）', 'Network (hash)'), type: 'text', required: true, access: readOnly },
    { name: 'minute', label: label('分钟（UTC）', 'Minute (UTC)'), type: 'text', required: true, access: readOnly },
    { name: 'votes', label: label('票数', 'Votes'), type: 'number', required: true, access: readOnly },
    {
      name: 'state',
      label: label('处理', 'Decision'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: BURST_STATES.map((value) => ({
        value,
        label: label(BURST_STATE_LABELS[value].zh, BURST_STATE_LABELS[value].en),
      })),
    },
    {
      name: 'voidedVotes',
      label: label('作废票数', 'Votes voided'),
      type: 'number',
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      name: 'decidedBy',
      label: label('处理人', 'Decided by'),
      type: 'relationship',
      relationTo: 'users',
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      name: 'decidedAt',
      label: label('处理时间', 'Decided at'),
      type: 'date',
      access: readOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
