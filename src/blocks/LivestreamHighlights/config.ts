import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const LivestreamHighlightsBlock: Block = {
  slug: 'livestreamHighlights',
  interfaceName: 'LivestreamHighlightsBlock',
  labels: {
    singular: label('直播带货集锦', 'Livestream highlights'),
    plural: label('直播带货集锦', 'Livestream highlights'),
  },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text', defaultValue: '直播带货' },
    { name: 'campaign', label: label('活动', 'Campaign'), type: 'relationship', relationTo: 'campaigns' },
    {
      name: 'events',
      label: label('指定直播', 'Chosen events'),
      type: 'relationship',
      relationTo: 'livestream-events',
      hasMany: true,
      admin: { description: label('不选则显示该活动的全部直播', 'When empty, all events of the campaign') },
    },
    { name: 'showChart', label: label('显示销售图表', 'Show the sales chart'), type: 'checkbox', defaultValue: true },
  ],
}
