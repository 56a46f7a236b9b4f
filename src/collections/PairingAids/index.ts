import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access/editorialAccess'
import { CACHE_TAGS } from '@/data/cacheTags'
import { editorialVersions } from '@/fields/editorialVersions'
import { livePreview, readerPaths } from '@/fields/livePreview'
import { moneyField } from '@/fields/metricSnapshots'
import { bodyField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { wholeNumberField } from '@/fields/wholeNumberField'
import { collectionLabels, label, options } from '@/i18n/label'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'
import { searchIndexHooks } from '@/search/searchIndexHooks'

import { PAIRING_PROGRAMMES } from './programmes'
import { notTheHelper, pairingYear } from './validatePairing'

// The overview, the topic and region pages that list pairs read the shared tag; the pair's own page its slug
const revalidate = revalidateOnChange((doc) => [
  CACHE_TAGS.pairings,
  ...(typeof doc.slug === 'string' ? [CACHE_TAGS.pairing(doc.slug)] : []),
])

const search = searchIndexHooks('pairing-aids')

/**
 * Who helps whom (对口帮扶, 东西部协作, 对口支援): the helping and the helped region, the years, and what the pairing
 * brought — funds, projects, cadres sent, villages paired — with the coverage about it. Figures left empty are
 * unknown and shown as such, never as zero.
 */
export const PairingAids: CollectionConfig<'pairing-aids'> = {
  slug: 'pairing-aids',
  labels: collectionLabels('对口帮扶', 'Pairing aid', 'Pairing aids'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'helper', 'helped', 'startYear', '_status'],
    livePreview: livePreview(readerPaths.pairing),
    preview: (doc) => `/preview?path=${encodeURIComponent(readerPaths.pairing(String(doc.slug)))}`,
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultPopulate: { title: true, slug: true, helper: true, helped: true, startYear: true, endYear: true },
  // The overview reads every published pair; a region page the pairs on either side of it
  indexes: [{ fields: ['_status', 'helper'] }, { fields: ['_status', 'helped'] }],
  hooks: {
    afterChange: [revalidate.afterChange, search.afterChange],
    afterDelete: [revalidate.afterDelete, search.afterDelete],
  },
  fields: [
    {
      name: 'title',
      label: label('标题', 'Title'),
      type: 'text',
      required: true,
      maxLength: 60,
      admin: { placeholder: '福清市对口帮扶甘肃省通渭县' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'helper',
          label: label('帮扶方', 'Helping region'),
          type: 'relationship',
          relationTo: 'regions',
          required: true,
          index: true,
        },
        {
          name: 'helped',
          label: label('受援方', 'Helped region'),
          type: 'relationship',
          relationTo: 'regions',
          required: true,
          index: true,
          validate: notTheHelper,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'programme',
          label: label('帮扶类型', 'Programme'),
          type: 'select',
          options: options(PAIRING_PROGRAMMES),
        },
        {
          name: 'startYear',
          label: label('开始年份', 'Since'),
          type: 'number',
          required: true,
          validate: pairingYear(false),
        },
        {
          name: 'endYear',
          label: label('结束年份', 'Until'),
          type: 'number',
          validate: pairingYear(true),
          admin: { description: label('仍在进行则留空', 'Empty while it goes on') },
        },
      ],
    },
    { name: 'summary', label: label('摘要', 'Summary'), type: 'textarea', maxLength: 300 },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('帮扶数据', 'Figures'),
          fields: [
            {
              type: 'row',
              fields: [
                moneyField('fundsFen', '帮扶资金', 'Funds'),
                wholeNumberField('projects', '帮扶项目（个）', 'Projects'),
                wholeNumberField('villagesPaired', '结对村（个）', 'Villages paired'),
              ],
            },
            {
              type: 'row',
              fields: [
                wholeNumberField('cadresSent', '选派干部（名）', 'Cadres sent'),
                wholeNumberField('cadreBatches', '选派批次', 'Batches of cadres'),
              ],
            },
            {
              name: 'highlights',
              label: label('其他成效', 'Other results'),
              type: 'array',
              labels: { singular: label('成效', 'Result'), plural: label('成效', 'Results') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'label', label: label('项目', 'What'), type: 'text', required: true },
                    {
                      name: 'value',
                      label: label('数值', 'Figure'),
                      type: 'text',
                      required: true,
                      admin: { placeholder: '385公里' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'figuresNote',
              label: label('数据说明', 'About the figures'),
              type: 'text',
              admin: {
                description: label(
                  '数据的来源、统计期间，或哪些是估算',
                  'Where the figures come from, the period they cover, or which are estimates',
                ),
              },
            },
          ],
        },
        {
          label: label('正文', 'Body'),
          fields: [bodyField({ name: 'body', label: label('正文', 'Body') })],
        },
        {
          label: label('关联', 'Relations'),
          fields: [
            {
              name: 'relatedArticles',
              label: label('相关报道', 'Related articles'),
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
            },
            {
              name: 'topics',
              label: label('所属专题', 'Topics'),
              type: 'relationship',
              relationTo: 'topics',
              hasMany: true,
              index: true,
            },
          ],
        },
      ],
    },
    slugField(),
  ],
}
