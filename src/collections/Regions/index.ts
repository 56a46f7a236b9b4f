import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { CACHE_TAGS } from '@/data/cacheTags'
import { collectionLabels, label, options } from '@/i18n/label'
import { revalidateOnChange } from '@/revalidate/revalidateOnChange'

import { fillFullName } from './hooks/fillFullName'
import { REGION_LEVELS } from './levels'

// A renamed region changes every page that names it, the region pages and the library's filters first
const revalidate = revalidateOnChange(() => [CACHE_TAGS.regions])

export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: collectionLabels('地区', 'Region', 'Regions'),
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'code', 'level'],
    listSearchableFields: ['name', 'fullName', 'code'],
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultPopulate: { code: true, name: true, fullName: true, level: true },
  hooks: {
    beforeChange: [fillFullName],
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    {
      name: 'code',
      label: label('行政区划代码', 'Division code'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: string | null | undefined) =>
        /^\d{6}(\d{6})?$/.test(value ?? '') || '行政区划代码为 6 位或 12 位数字 (6 or 12 digits)',
    },
    { name: 'name', label: label('名称', 'Name'), type: 'text', required: true },
    {
      name: 'level',
      label: label('级别', 'Level'),
      type: 'select',
      required: true,
      index: true,
      options: options(REGION_LEVELS),
    },
    { name: 'parent', label: label('上级地区', 'Parent'), type: 'relationship', relationTo: 'regions', index: true },
    {
      name: 'fullName',
      label: label('全称', 'Full name'),
      type: 'text',
      index: true,
      admin: { readOnly: true },
    },
  ],
}
