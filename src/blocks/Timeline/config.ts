import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const TimelineBlock: Block = {
  slug: 'timeline',
  interfaceName: 'TimelineBlock',
  labels: { singular: label('时间线', 'Timeline'), plural: label('时间线', 'Timelines') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text' },
    {
      name: 'items',
      label: label('事件', 'Events'),
      type: 'array',
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', label: label('日期', 'Date'), type: 'date', required: true },
            { name: 'title', label: label('标题', 'Title'), type: 'text', required: true },
          ],
        },
        { name: 'text', label: label('说明', 'Text'), type: 'textarea' },
        { name: 'link', label: label('链接', 'Link'), type: 'text' },
      ],
    },
  ],
}
