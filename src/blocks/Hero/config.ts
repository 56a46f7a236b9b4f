import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: label('头图', 'Hero'), plural: label('头图', 'Heroes') },
  fields: [
    { name: 'heading', label: label('大标题', 'Heading'), type: 'text', required: true },
    { name: 'subheading', label: label('副标题', 'Subheading'), type: 'text' },
    { name: 'image', label: label('背景图', 'Image'), type: 'upload', relationTo: 'media' },
  ],
}
