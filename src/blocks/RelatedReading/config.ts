import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const RelatedReadingBlock: Block = {
  slug: 'relatedReading',
  interfaceName: 'RelatedReadingBlock',
  labels: { singular: label('延伸阅读', 'Related reading'), plural: label('延伸阅读', 'Related reading') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text', defaultValue: '延伸阅读' },
    {
      name: 'articles',
      label: label('稿件', 'Articles'),
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      required: true,
    },
  ],
}
