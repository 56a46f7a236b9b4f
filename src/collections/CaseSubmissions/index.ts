import { validations, type CollectionConfig } from 'payload'

import { hasRole } from '@/access/roles'
import { staffOnlyField } from '@/access/staffOnlyField'
import { commentsPostModeratedField } from '@/fields/commentsPostModerated'
import { bodyField } from '@/fields/richText'
import { collectionLabels, label } from '@/i18n/label'
import { searchIndexHooks } from '@/search/searchIndexHooks'
import { CASE_STATUSES, CASE_STATUS_LABELS } from '@/workflow/caseStatus'
import { INTAKE_CHANNELS } from '@/workflow/intakeChannels'
import { LIBRARY_LISTINGS, libraryListing } from '@/workflow/libraryListing'
import { SUMMARY_MAX } from '@/workflow/caseRequirements'

import { createCases, deleteCases, editorsOnlyField, readCases, readContact, updateCases } from './access'
import { assignReviewersEndpoint } from './endpoints/assignReviewers'
import { challengeEndpoint } from './endpoints/challenge'
import { featureArticleEndpoint } from './endpoints/featureArticle'
import { fileObjectionEndpoint } from './endpoints/fileObjection'
import { allowedTransitionsEndpoint, transitionEndpoint } from './endpoints/transition'
import { voteEndpoint } from './endpoints/vote'
import { checkCaseType } from './hooks/checkCaseType'
import { checkReviewers } from './hooks/checkReviewers'
import { keepCaseRecords } from './hooks/keepCaseRecords'
import { notifyNewReviewers } from './hooks/notifyNewReviewers'
import { revalidateCasesOnChange, revalidateCasesOnDelete } from './hooks/revalidateCases'
import { showCaseMediaToReaders } from './hooks/showCaseMediaToReaders'
import { statusOnlyByTransition } from './hooks/statusOnlyByTransition'
import { takeUnitFromAccount } from './hooks/takeUnitFromAccount'

const never = () => false
const contact = { read: readContact }
const search = searchIndexHooks('case-submissions')

export const CaseSubmissions: CollectionConfig<'case-submissions'> = {
  slug: 'case-submissions',
  labels: collectionLabels('典型案例', 'Case submission', 'Case submissions'),
  admin: {
    group: label('案例征集', 'Case call'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'type', 'status', 'updatedAt'],
  },
  access: { read: readCases, create: createCases, update: updateCases, delete: deleteCases },
  // A copy would carry the original's status, votes and publicity past review; a unit starts a new case instead.
  disableDuplicate: true,
  indexes: [
    // A campaign's cases in one status: the ranking's shortlist, the finalists whose votes make the vote share
    { fields: ['campaign', 'status'] },
    // The admin's cases by status, newest change first; readers' published excellent cases in the same order
    { fields: ['status', 'updatedAt'] },
    { fields: ['status', 'publishedOnSite', 'updatedAt'] },
    // The readers' library: shortlisted cases of the campaigns whose vote is open (the shown ones by the field's own)
    { fields: ['campaign', 'libraryListing'] },
  ],
  endpoints: [
    transitionEndpoint,
    allowedTransitionsEndpoint,
    challengeEndpoint,
    voteEndpoint,
    assignReviewersEndpoint,
    fileObjectionEndpoint,
    featureArticleEndpoint,
  ],
  hooks: {
    beforeOperation: [statusOnlyByTransition],
    beforeValidate: [checkCaseType],
    beforeChange: [takeUnitFromAccount, checkReviewers],
    beforeDelete: [keepCaseRecords],
    afterChange: [revalidateCasesOnChange, notifyNewReviewers, search.afterChange, showCaseMediaToReaders],
    afterDelete: [revalidateCasesOnDelete, search.afterDelete],
  },
  fields: [
    { name: 'title', label: label('案例名称', 'Title'), type: 'text', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          label: label('所属活动', 'Campaign'),
          type: 'relationship',
          relationTo: 'campaigns',
          required: true,
          index: true,
        },
        { name: 'type', label: label('案例类型', 'Case type'), type: 'text', required: true, index: true },
        { name: 'region', label: label('地区', 'Region'), type: 'relationship', relationTo: 'regions', index: true },
      ],
    },
    {
      name: 'organization',
      label: label('申报单位', 'Submitting unit'),
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      access: { update: editorsOnlyField },
      admin: { description: label('由提交账号所属单位自动填写', 'Taken from the submitting account') },
    },
    {
      name: 'intake',
      label: label('报送渠道', 'Intake channel'),
      type: 'group',
      fields: [
        {
          name: 'channel',
          label: label('渠道', 'Channel'),
          type: 'select',
          defaultValue: 'self',
          options: Object.entries(INTAKE_CHANNELS).map(([value, name]) => ({ value, label: label(name.zh, name.en) })),
        },
        { name: 'recommender', label: label('推荐单位', 'Recommender'), type: 'text' },
      ],
    },
    { name: 'summary', label: label('摘要', 'Summary'), type: 'textarea', maxLength: SUMMARY_MAX },
    bodyField({ name: 'body', label: label('案例正文', 'Body') }),
    {
      name: 'keyFigures',
      label: label('关键数据', 'Key figures'),
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: label('指标', 'Label'), type: 'text', required: true },
            { name: 'value', label: label('数值', 'Value'), type: 'number', required: true },
            { name: 'unit', label: label('单位', 'Unit'), type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'photos',
      label: label('照片', 'Photos'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    {
      name: 'attachments',
      label: label('附件（PDF、Word、Excel）', 'Attachments (pdf, docx, xlsx)'),
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { not_like: 'image/' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'contactPerson', label: label('联系人', 'Contact person'), type: 'text', access: contact },
        { name: 'phone', label: label('联系电话', 'Phone'), type: 'text', access: contact },
        { name: 'email', label: label('电子邮箱', 'Email'), type: 'email', access: contact },
      ],
    },
    {
      name: 'status',
      label: label('状态', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: CASE_STATUSES.map((value) => ({
        value,
        label: label(CASE_STATUS_LABELS[value].zh, CASE_STATUS_LABELS[value].en),
      })),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'workflow',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/CaseWorkflow#CaseWorkflow' } },
    },
    {
      name: 'assignedReviewers',
      label: label('评审专家', 'Assigned reviewers'),
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      filterOptions: { roles: { contains: 'reviewer' } },
      // Only editors change the choice; Payload re-checks the saved one with the saver's own access on every update,
      // and a unit answering a return cannot read reviewer accounts, so for anyone else there is nothing to check.
      validate: (value, options) =>
        hasRole(options.req.user, 'admin', 'editor') ? validations.relationship(value, options) : true,
      // Blind review: a unit never learns who reviews its case
      access: { read: staffOnlyField, create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publicityEndsAt',
      label: label('公示截止', 'Publicity ends'),
      type: 'date',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedOnSite',
      label: label('在网站发布', 'Published on the site'),
      type: 'checkbox',
      defaultValue: false,
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      // Derived from the status and publishedOnSite on every save (see src/workflow/libraryListing.ts)
      name: 'libraryListing',
      label: label('案例库展示', 'Library listing'),
      type: 'select',
      options: [...LIBRARY_LISTINGS],
      index: true,
      hooks: {
        beforeChange: [
          ({ data, originalDoc }) =>
            libraryListing(data?.status ?? originalDoc?.status, data?.publishedOnSite ?? originalDoc?.publishedOnSite),
        ],
      },
      admin: { hidden: true },
    },
    {
      name: 'featureArticle',
      label: label('专题文章', 'Featured article'),
      type: 'relationship',
      relationTo: 'articles',
      access: { create: never, update: never },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('优秀案例可在上方“转为专题文章”一键生成', 'Made by “turn into a featured article” above'),
      },
    },
    {
      name: 'votes',
      label: label('网络投票数', 'Public votes'),
      type: 'number',
      defaultValue: 0,
      access: { create: never, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    commentsPostModeratedField(),
  ],
}
