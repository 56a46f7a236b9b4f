import type { ArrayField } from 'payload'

import { label } from '@/i18n/label'

/**
 * Guiding units, hosts, organisers, co-organisers: each a list whose rows name an organisation on file or, for a
 * body that submits nothing (a provincial office, say), just its name.
 */
export const creditList = (name: string, zh: string, en: string): ArrayField => ({
  name,
  label: label(zh, en),
  type: 'array',
  labels: { singular: label('单位', 'Unit'), plural: label('单位', 'Units') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'organization',
          label: label('单位', 'Organisation'),
          type: 'relationship',
          relationTo: 'organizations',
        },
        {
          name: 'name',
          label: label('或填写名称', 'Or a name'),
          type: 'text',
          validate: (value: string | null | undefined, { siblingData }: { siblingData: { organization?: unknown } }) =>
            Boolean(value?.trim() || siblingData.organization) || '请选择单位或填写名称',
        },
      ],
    },
  ],
})
