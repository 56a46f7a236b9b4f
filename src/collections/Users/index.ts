import type { CollectionConfig } from 'payload'

import { adminOrEditorOrSelf } from '@/access/adminOrEditorOrSelf'
import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { ROLES, ROLE_LABELS } from '@/access/roles'
import { secureCookies } from '@/config/siteOrigins'
import { collectionLabels, label } from '@/i18n/label'

import { authRefusals } from './hooks/authRefusals'
import { checkPasswordReset } from './hooks/checkPasswordReset'
import { evenLoginTiming } from './hooks/evenLoginTiming'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardRoleChanges } from './hooks/guardRoleChanges'
import { keepOneAdminOnChange, keepOneAdminOnDelete } from './hooks/keepOneAdmin'
import { limitLoginAttempts, refundLoginAttempt } from './hooks/limitLoginAttempts'
import { requireOrganizationForSubmitter } from './hooks/requireOrganizationForSubmitter'

const TEN_MINUTES = 10 * 60 * 1000

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: collectionLabels('账号', 'User', 'Users'),
  auth: {
    cookies: { secure: secureCookies(process.env) },
    // The per-client limits (hooks/limitLoginAttempts) stop one client long before this; the lock remains for
    // guessing spread over many networks, set high so that locking someone out takes many networks, not one.
    maxLoginAttempts: 50,
    lockTime: TEN_MINUTES,
  },
  admin: {
    group: label('系统', 'System'),
    // People are known by name (the responsible editor, a reviewer); the address stays a column
    useAsTitle: 'name',
    defaultColumns: ['email', 'name', 'roles', 'organization'],
  },
  access: {
    // Staff accounts are made by admins only; units get theirs from an admin too.
    create: isAdmin,
    read: adminOrEditorOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitLoginAttempts, guardRoleChanges, evenLoginTiming, checkPasswordReset],
    beforeValidate: [firstUserIsAdmin],
    beforeChange: [requireOrganizationForSubmitter, keepOneAdminOnChange],
    beforeDelete: [keepOneAdminOnDelete],
    afterLogin: [refundLoginAttempt],
    afterError: [authRefusals],
  },
  fields: [
    { name: 'name', label: label('姓名', 'Name'), type: 'text' },
    {
      name: 'roles',
      label: label('角色', 'Roles'),
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['submitter'],
      options: ROLES.map((role) => ({ value: role, label: label(ROLE_LABELS[role].zh, ROLE_LABELS[role].en) })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'organization',
      label: label('所属单位', 'Organisation'),
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: label('申报单位账号必填', 'Required for submitting units') },
    },
    {
      name: 'conflicts',
      label: label('回避单位', 'Declared conflicts'),
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      admin: {
        description: label(
          '评审专家声明需要回避的单位，不会被分配这些单位的案例',
          'Reviewers get no cases from these units',
        ),
      },
    },
  ],
}
