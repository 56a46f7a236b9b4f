import type { Block } from 'payload'

import { label } from '@/i18n/label'

/** The "链接" background box news pages put beside a story: a short titled aside. */
export const BackgroundBoxBlock: Block = {
  slug: 'backgroundBox',
  interfaceName: 'BackgroundBoxBlock',
  labels: { singular: label('背景链接', 'Background box'), plural: label('背景链接', 'Background boxes') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text', defaultValue: '链接', required: true },
    { name: 'text', label: label('内容', 'Text'), type: 'textarea', required: true },
  ],
}
