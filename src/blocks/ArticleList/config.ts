import type { Block } from 'payload'

import { ARTICLE_CATEGORIES } from '@/collections/Articles/categories'
import { label, options } from '@/i18n/label'

export const ArticleListBlock: Block = {
  slug: 'articleList',
  interfaceName: 'ArticleListBlock',
  labels: { singular: label('稿件列表', 'Article list'), plural: label('稿件列表', 'Article lists') },
  fields: [
    { name: 'heading', label: label('栏目标题', 'Section heading'), type: 'text', required: true },
    {
      name: 'filter',
      label: label('筛选方式', 'Filter'),
      type: 'select',
      required: true,
      defaultValue: 'topic',
      options: [
        { value: 'topic', label: label('本专题的稿件', 'Articles of this topic') },
        { value: 'category', label: label('按栏目', 'By category') },
        { value: 'region', label: label('按地区', 'By region') },
      ],
    },
    {
      name: 'category',
      label: label('栏目', 'Category'),
      type: 'select',
      options: options(ARTICLE_CATEGORIES),
      admin: { condition: (_, sibling) => sibling?.filter === 'category' },
    },
    {
      name: 'region',
      label: label('地区', 'Region'),
      type: 'relationship',
      relationTo: 'regions',
      admin: { condition: (_, sibling) => sibling?.filter === 'region' },
    },
    { name: 'limit', label: label('数量', 'How many'), type: 'number', min: 1, max: 30, defaultValue: 8 },
  ],
}
