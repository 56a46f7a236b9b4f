import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const CaseShowcaseBlock: Block = {
  slug: 'caseShowcase',
  interfaceName: 'CaseShowcaseBlock',
  labels: { singular: label('案例展示', 'Case showcase'), plural: label('案例展示', 'Case showcases') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text', defaultValue: '优秀案例' },
    { name: 'campaign', label: label('活动', 'Campaign'), type: 'relationship', relationTo: 'campaigns' },
    { name: 'caseType', label: label('案例类型', 'Case type'), type: 'text' },
    { name: 'region', label: label('地区', 'Region'), type: 'relationship', relationTo: 'regions' },
    { name: 'limit', label: label('数量', 'How many'), type: 'number', min: 1, max: 24, defaultValue: 6 },
  ],
}
