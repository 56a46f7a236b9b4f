import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { staffOrOwnOrganization } from '@/access/staffOrOwnOrganization'
import { collectionLabels, label, options } from '@/i18n/label'

import { readUnitContact } from './access'
import { registerEndpoint } from './endpoints/register'
import { keyFromName, plainName } from './hooks/canonicalName'
import { APPROVAL_STATES, ORGANIZATION_KINDS } from './organizationOptions'

const contact = { read: readUnitContact }

export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  labels: collectionLabels('单位', 'Organisation', 'Organisations'),
  admin: {
    group: label('系统', 'System'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'region', 'contactPerson', 'approval'],
  },
  access: {
    read: staffOrOwnOrganization,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  endpoints: [registerEndpoint],
  fields: [
    {
      name: 'name',
      label: label('单位名称', 'Name'),
      type: 'text',
      required: true,
      index: true,
      hooks: { beforeValidate: [plainName] },
    },
    {
      // The name as lookalikes compare (hooks/canonicalName.ts): unique, so no unit can copy another's name
      name: 'nameKey',
      type: 'text',
      unique: true,
      access: { read: () => false },
      hooks: { beforeChange: [keyFromName] },
      admin: { hidden: true },
    },
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
        { name: 'contactPerson', label: label('联系人', 'Contact person'), type: 'text', access: contact },
        { name: 'phone', label: label('联系电话', 'Phone'), type: 'text', access: contact },
        { name: 'email', label: label('电子邮箱', 'Email'), type: 'email', access: contact },
      ],
    },
    {
      // Units made by staff are trusted; self-registered ones (POST /api/organizations/register) start pending.
      name: 'approval',
      label: label('注册审核', 'Approval'),
      type: 'select',
      defaultValue: 'approved',
      index: true,
      options: options(APPROVAL_STATES),
      admin: {
        position: 'sidebar',
        description: label(
          '自行注册的单位审核通过后才能提交案例',
          'A self-registered unit can submit cases once approved',
        ),
      },
    },
  ],
}
