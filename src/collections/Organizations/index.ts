import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { staffOrOwnOrganization } from '@/access/staffOrOwnOrganization'
import { collectionLabels, label, options } from '@/i18n/label'

export const ORGANIZATION_KINDS = {
  'government-department': ['政府部门', 'Government department'],
  'local-government': ['县市政府', 'County or city government'],
  enterprise: ['企业', 'Enterprise'],
  university: ['高校', 'University'],
  'social-organization': ['社会组织', 'Social organisation'],
  media: ['媒体', 'Media'],
} as const

export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  labels: collectionLabels('单位', 'Organisation', 'Organisations'),
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'contactPerson'],
  },
  access: {
    read: staffOrOwnOrganization,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', label: label('单位名称', 'Name'), type: 'text', required: true, unique: true },
    {
      name: 'kind',
      label: label('单位类型', 'Kind'),
      type: 'select',
      required: true,
      options: options(ORGANIZATION_KINDS),
    },
    { name: 'region', label: label('所在地区', 'Region'), type: 'relationship', relationTo: 'regions', index: true },
    {
      type: 'row',
      fields: [
        { name: 'contactPerson', label: label('联系人', 'Contact person'), type: 'text' },
        { name: 'phone', label: label('联系电话', 'Phone'), type: 'text' },
        { name: 'email', label: label('电子邮箱', 'Email'), type: 'email' },
      ],
    },
  ],
}
