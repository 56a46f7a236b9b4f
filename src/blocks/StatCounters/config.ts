import type { Block } from 'payload'

import { label, options } from '@/i18n/label'

import { COMPUTED_METRICS } from './metrics'

export const StatCountersBlock: Block = {
  slug: 'statCounters',
  interfaceName: 'StatCountersBlock',
  labels: { singular: label('数据看板', 'Stat counters'), plural: label('数据看板', 'Stat counters') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text' },
    { name: 'campaign', label: label('活动', 'Campaign'), type: 'relationship', relationTo: 'campaigns' },
    {
      name: 'counters',
      label: label('数据项', 'Counters'),
      type: 'array',
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: label('名称', 'Label'), type: 'text', required: true },
            {
              name: 'source',
              label: label('取值方式', 'Value'),
              type: 'select',
              required: true,
              defaultValue: 'computed',
              options: [
                { value: 'computed', label: label('自动计算', 'Computed live') },
                { value: 'manual', label: label('手工填写', 'Typed by hand') },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'metric',
              label: label('计算项', 'Metric'),
              type: 'select',
              options: options(COMPUTED_METRICS),
              admin: { condition: (_, sibling) => sibling?.source === 'computed' },
            },
            {
              name: 'value',
              label: label('数值', 'Value'),
              type: 'number',
              admin: { condition: (_, sibling) => sibling?.source === 'manual' },
            },
            { name: 'unit', label: label('单位', 'Unit'), type: 'text', admin: { placeholder: '个 / 万人次' } },
          ],
        },
      ],
    },
  ],
}
