import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { collectionLabels, label } from '@/i18n/label'
import { OBJECTION_LIMITS, OBJECTION_STATUSES, OBJECTION_STATUS_LABELS } from '@/workflow/objectionRules'

import { decideObjectionEndpoint } from './endpoints/decide'

const never = () => false
const readOnly = { create: never, update: never }

/**
 * Objections readers file on a proposed case during publicity (公示). Filed only through the case's objections
 * endpoint and decided only through this collection's decide endpoint, so no field is writable through the API.
 * The objector's name and contact are private: only editors and admins read objections at all.
 */
export const CaseObjections: CollectionConfig<'case-objections'> = {
  slug: 'case-objections',
  labels: collectionLabels('公示异议', 'Objection', 'Objections'),
  admin: {
    group: label('案例征集', 'Case call'),
    useAsTitle: 'reason',
    defaultColumns: ['case', 'status', 'name', 'createdAt'],
  },
  access: { read: isEditorOrAdmin, create: never, update: never, delete: isAdmin },
  endpoints: [decideObjectionEndpoint],
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
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          label: label('姓名', 'Name'),
          type: 'text',
          required: true,
          maxLength: OBJECTION_LIMITS.name,
          access: readOnly,
        },
        {
          name: 'contact',
          label: label('联系方式', 'Contact'),
          type: 'text',
          required: true,
          maxLength: OBJECTION_LIMITS.contact,
          access: readOnly,
        },
      ],
    },
    {
      name: 'reason',
      label: label('异议理由', 'Reason'),
      type: 'textarea',
      required: true,
      maxLength: OBJECTION_LIMITS.reason,
      access: readOnly,
    },
    {
      name: 'status',
      label: label('处理结果', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: OBJECTION_STATUSES.map((value) => ({
        value,
        label: label(OBJECTION_STATUS_LABELS[value].zh, OBJECTION_STATUS_LABELS[value].en),
      })),
      access: readOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'decision',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/ObjectionDecision#ObjectionDecision' } },
    },
    {
      name: 'decisionReason',
      label: label('处理理由', 'Decision reason'),
      type: 'textarea',
      access: readOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedBy',
      label: label('处理人', 'Decided by'),
      type: 'relationship',
      relationTo: 'users',
      access: readOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedAt',
      label: label('处理时间', 'Decided at'),
      type: 'date',
      access: readOnly,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Counts objections per address per day without keeping the address
      name: 'senderHash',
      type: 'text',
      index: true,
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    },
    {
      // The proof of work the objection came with: unique, so one proof files one objection
      name: 'proof',
      type: 'text',
      unique: true,
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    },
  ],
}
