import type { Block } from 'payload'

import { bodyEditor } from '@/fields/richText'
import { label } from '@/i18n/label'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: label('图文', 'Rich text'), plural: label('图文', 'Rich text') },
  fields: [{ name: 'content', label: label('内容', 'Content'), type: 'richText', editor: bodyEditor, required: true }],
}
