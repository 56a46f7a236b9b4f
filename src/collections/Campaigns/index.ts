import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { hasRole } from '@/access/roles'
import { CACHE_TAGS } from '@/data/cacheTags'
import { creditList } from '@/fields/creditList'
import { moneyField } from '@/fields/metricSnapshots'
import { slugField } from '@/fields/slug'
import { collectionLabels, label, options } from '@/i18n/label'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'

import { ACTIVITY_TYPES } from './activityTypes'
import { caseCallField } from './caseCallField'
import { exportCasesEndpoint } from './endpoints/exportCases'
import { rankingEndpoint } from './endpoints/ranking'

const revalidate = revalidateOnChange((doc) => [CACHE_TAGS.campaigns, CACHE_TAGS.campaign(String(doc.id))])

const count = (name: string, zh: string, en: string) => ({
  name,
  label: label(zh, en),
  type: 'number' as const,
  min: 0,
})

export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  labels: collectionLabels('活动', 'Campaign', 'Campaigns'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'series', 'year', 'edition'],
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  endpoints: [rankingEndpoint, exportCasesEndpoint],
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'name', label: label('活动名称', 'Name'), type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'series', label: label('系列品牌', 'Series'), type: 'text', admin: { placeholder: '福建影响力' } },
        { name: 'year', label: label('年度', 'Year'), type: 'number', min: 1990, max: 2100, required: true },
        { name: 'edition', label: label('届次', 'Edition'), type: 'number', min: 1 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'theme', label: label('主题', 'Theme'), type: 'text' },
        { name: 'slogan', label: label('口号', 'Slogan'), type: 'text' },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('主办单位', 'Organisers'),
          fields: [
            creditList('guidingUnits', '指导单位', 'Guiding units'),
            creditList('hosts', '主办单位', 'Hosts'),
            creditList('organisers', '承办单位', 'Organisers'),
            creditList('coOrganisers', '协办单位', 'Co-organisers'),
          ],
        },
        {
          label: label('活动安排', 'Activities'),
          fields: [
            {
              name: 'period',
              label: label('活动周期', 'Period'),
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'starts', label: label('开始', 'Starts'), type: 'date' },
                    { name: 'ends', label: label('结束', 'Ends'), type: 'date' },
                  ],
                },
              ],
            },
            {
              name: 'activities',
              label: label('活动', 'Activities'),
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'type',
                      label: label('类型', 'Type'),
                      type: 'select',
                      required: true,
                      options: options(ACTIVITY_TYPES),
                    },
                    { name: 'title', label: label('名称', 'Title'), type: 'text', required: true },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'starts', label: label('开始', 'Starts'), type: 'date' },
                    { name: 'ends', label: label('结束', 'Ends'), type: 'date' },
                    { name: 'place', label: label('地点', 'Place'), type: 'text' },
                  ],
                },
                { name: 'description', label: label('说明', 'Description'), type: 'textarea' },
              ],
            },
          ],
        },
        {
          label: label('成果数据', 'Outcomes'),
          fields: [
            {
              name: 'outcomes',
              label: label('成果数据', 'Outcome figures'),
              type: 'group',
              admin: {
                description: label(
                  '人工填写的数据；直播销售额等可由活动下的直播自动汇总',
                  'Typed figures; livestream totals are also rolled up from the events',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    count('casesReceived', '收到案例', 'Cases received'),
                    count('excellentCases', '优秀案例', 'Excellent cases'),
                    count('visits', '访问量', 'Visits'),
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    moneyField('salesFen', '销售额', 'Sales'),
                    moneyField('adValueFen', '公益广告价值', 'Ad value'),
                  ],
                },
              ],
            },
          ],
        },
        { label: label('案例征集', 'Case call'), fields: [caseCallField] },
        {
          label: label('评审排名', 'Ranking'),
          // Only editors decide from the ranking (its endpoint refuses anyone else); a tab that only says so is noise
          admin: { condition: (_data, _sibling, { user }) => hasRole(user, 'admin', 'editor') },
          description: label(
            '入围案例按综合得分排序：专家均分与网络投票占比按本活动设置的权重加权',
            'Shortlisted cases by blended score: the mean expert score and the vote share, weighted as set above',
          ),
          fields: [
            {
              name: 'caseRanking',
              type: 'ui',
              admin: { components: { Field: '@/components/admin/CaseRanking#CaseRanking' } },
            },
          ],
        },
      ],
    },
    slugField('name'),
    {
      name: 'caseExport',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/CaseExportLinks#CaseExportLinks' } },
    },
  ],
}
