import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access/editorialAccess'
import { CACHE_TAGS } from '@/data/cacheTags'
import { editorialVersions } from '@/fields/editorialVersions'
import { livePreview, readerPaths } from '@/fields/livePreview'
import { currentFiguresField, metricSnapshotsField, moneyField } from '@/fields/metricSnapshots'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n/label'
import { relationId } from '@/lib/relationId'
import { recordSlugRedirect } from '@/hooks/recordSlugRedirect'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'
import { searchIndexHooks } from '@/search/searchIndexHooks'

import { setCurrentFigures } from './hooks/setCurrentFigures'

const revalidate = revalidateOnChange((doc) => {
  const campaign = relationId(doc.campaign as never)
  return [
    CACHE_TAGS.events,
    ...(typeof doc.slug === 'string' ? [CACHE_TAGS.event(doc.slug)] : []),
    ...(campaign != null ? [CACHE_TAGS.campaign(String(campaign))] : []),
  ]
})

const search = searchIndexHooks('livestream-events')

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

export const LivestreamEvents: CollectionConfig<'livestream-events'> = {
  slug: 'livestream-events',
  labels: collectionLabels('直播带货', 'Livestream event', 'Livestream events'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'region', 'startsAt', '_status'],
    livePreview: livePreview(readerPaths.event),
    preview: (doc) => `/preview?path=${encodeURIComponent(readerPaths.event(String(doc.slug)))}`,
  },
  access: editorialAccess,
  // A campaign's published events in the order of the tour; a region's, newest first, and the regions that have any
  indexes: [{ fields: ['campaign', '_status', 'startsAt'] }, { fields: ['_status', 'region', 'startsAt'] }],
  versions: editorialVersions,
  hooks: {
    beforeChange: [setCurrentFigures],
    afterChange: [
      recordSlugRedirect('livestream-events', readerPaths.event),
      revalidate.afterChange,
      search.afterChange,
    ],
    afterDelete: [revalidate.afterDelete, search.afterDelete],
  },
  fields: [
    { name: 'title', label: label('标题', 'Title'), type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          label: label('所属活动', 'Campaign'),
          type: 'relationship',
          relationTo: 'campaigns',
          index: true,
        },
        { name: 'region', label: label('地区', 'Region'), type: 'relationship', relationTo: 'regions', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: label('开始时间', 'Starts'), type: 'date', index: true, admin: dateTime },
        { name: 'endsAt', label: label('结束时间', 'Ends'), type: 'date', admin: dateTime },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('直播间与嘉宾', 'Studios and people'),
          fields: [
            { name: 'mainStudio', label: label('主直播间', 'Main studio'), type: 'text' },
            {
              name: 'branchStudios',
              label: label('分会场', 'Branch studios'),
              type: 'array',
              fields: [
                { name: 'name', label: label('名称', 'Name'), type: 'text', required: true },
                { name: 'place', label: label('地点', 'Place'), type: 'text' },
              ],
            },
            {
              name: 'hosts',
              label: label('主播', 'Hosts'),
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: label('姓名', 'Name'), type: 'text', required: true },
                    { name: 'outlet', label: label('所属媒体', 'Outlet'), type: 'text' },
                  ],
                },
              ],
            },
            {
              name: 'guests',
              label: label('嘉宾', 'Guests'),
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: label('姓名', 'Name'), type: 'text', required: true },
                    {
                      name: 'title',
                      label: label('职务', 'Title'),
                      type: 'text',
                      admin: { placeholder: '永安市常务副市长' },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('产品', 'Products'),
          fields: [
            {
              name: 'products',
              label: label('推介产品', 'Products'),
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: label('名称', 'Name'), type: 'text', required: true },
                    { name: 'category', label: label('品类', 'Category'), type: 'text' },
                    {
                      name: 'originRegion',
                      label: label('产地', 'Origin'),
                      type: 'relationship',
                      relationTo: 'regions',
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    moneyField('priceFen', '价格', 'Price'),
                    { name: 'buyUrl', label: label('购买链接', 'Buy link'), type: 'text' },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('数据', 'Figures'),
          fields: [metricSnapshotsField, currentFiguresField],
        },
        {
          label: label('回放与传播', 'Replay and reach'),
          fields: [
            {
              name: 'replay',
              label: label('回放', 'Replay'),
              type: 'group',
              fields: [
                {
                  name: 'video',
                  label: label('视频文件', 'Video file'),
                  type: 'upload',
                  relationTo: 'media',
                  filterOptions: { mimeType: { equals: 'video/mp4' } },
                },
                { name: 'url', label: label('回放网址', 'Replay URL'), type: 'text' },
              ],
            },
            {
              name: 'channels',
              label: label('分发渠道', 'Redistribution channels'),
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', label: label('渠道', 'Channel'), type: 'text', required: true },
                    { name: 'url', label: label('网址', 'URL'), type: 'text' },
                  ],
                },
              ],
            },
            { name: 'gallery', label: label('图集', 'Gallery'), type: 'upload', relationTo: 'media', hasMany: true },
          ],
        },
      ],
    },
    slugField(),
  ],
}
