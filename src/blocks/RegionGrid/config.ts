import type { Block } from 'payload'

import { label } from '@/i18n/label'

export const RegionGridBlock: Block = {
  slug: 'regionGrid',
  interfaceName: 'RegionGridBlock',
  labels: { singular: label('地区导航', 'Region grid'), plural: label('地区导航', 'Region grids') },
  fields: [
    { name: 'heading', label: label('标题', 'Heading'), type: 'text', defaultValue: '各地动态' },
    {
      name: 'parent',
      label: label('上级地区', 'Parent region'),
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      admin: { description: label('列出其下一级地区，如福建省下的各市', 'Lists the regions one level below') },
    },
  ],
}
