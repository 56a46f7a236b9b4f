import type { Block } from 'payload'

import { bodyField } from '@/fields/richText'
import { label } from '@/i18n/label'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: label('图文', 'Rich text'), plural: label('图文', 'Rich text') },
  fields: [bodyField({ name: 'content', label: label('内容', 'Content'), required: true })],
}
