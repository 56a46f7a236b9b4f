import type { DateField } from 'payload'

import { label } from '@/i18n/label'

/** When it went out; set on first publish if the editor left it empty. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: label('发布时间', 'Published at'),
  type: 'date',
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) => (siblingData._status === 'published' && !value ? new Date().toISOString() : value),
    ],
  },
}
