import type { CollectionConfig } from 'payload'

import { staffOnlyField } from '@/access/staffOnlyField'
import { collectionLabels, label } from '@/i18n/label'
import { CASE_STATUSES, CASE_STATUS_LABELS } from '@/workflow/caseStatus'

import { readAuditEvents } from './access'

const never = () => false
const statusOptions = CASE_STATUSES.map((value) => ({
  value,
  label: label(CASE_STATUS_LABELS[value].zh, CASE_STATUS_LABELS[value].en),
}))

/**
 * Every status change of a case, written in the same transaction as the change by the transition endpoint and never
 * editable: no one may create, update or delete through the API.
 */
export const AuditEvents: CollectionConfig<'audit-events'> = {
  slug: 'audit-events',
  labels: collectionLabels('审核记录', 'Audit event', 'Audit events'),
  admin: {
    group: label('案例征集', 'Case call'),
    defaultColumns: ['case', 'from', 'to', 'actor', 'at'],
  },
  access: { read: readAuditEvents, create: never, update: never, delete: never },
  fields: [
    {
      name: 'case',
      label: label('案例', 'Case'),
      type: 'relationship',
      relationTo: 'case-submissions',
      required: true,
      index: true,
    },
    {
      name: 'organization',
      label: label('申报单位', 'Unit'),
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
    },
    { name: 'from', label: label('原状态', 'From'), type: 'select', options: statusOptions, required: true },
    { name: 'to', label: label('新状态', 'To'), type: 'select', options: statusOptions, required: true },
    {
      name: 'actor',
      label: label('操作人', 'Who'),
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffOnlyField },
    },
    {
      name: 'at',
      label: label('时间', 'When'),
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'comment', label: label('意见', 'Comment'), type: 'textarea' },
    { name: 'ip', label: label('IP 地址', 'IP address'), type: 'text', access: { read: staffOnlyField } },
  ],
}
