import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { collectionLabels, label } from '@/i18n/label'
import { COMMENT_LIMITS, COMMENT_STATUSES, COMMENT_STATUS_LABELS, COMMENTED_COLLECTIONS } from '@/workflow/commentRules'

import { moderatorsOnlyField, never, readComments } from './access'
import { commentChallengeEndpoint } from './endpoints/challenge'
import { submitCommentEndpoint } from './endpoints/submit'
import { recordModeration } from './hooks/recordModeration'
import { revalidateCommentedPage, revalidateCommentedPageOnDelete } from './hooks/revalidateComments'

const readOnly = { create: never, update: never }
const moderation = { read: moderatorsOnlyField, create: never }

/**
 * Readers' comments (我来说两句) on articles, topics and cases. Posted only through the submit endpoint (no account,
 * a proof of work, a per-address limit); editors moderate them here by setting the status, so what the reader wrote
 * is read-only. Readers, units and reviewers read approved comments only, through every API.
 */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: collectionLabels('读者评论', 'Comment', 'Comments'),
  admin: {
    group: label('内容', 'Content'),
    useAsTitle: 'body',
    defaultColumns: ['body', 'status', 'flaggedWords', 'page', 'name', 'createdAt'],
    listSearchableFields: ['body', 'name'],
    components: { beforeList: ['@/components/admin/CommentQueueTabs#CommentQueueTabs'] },
  },
  defaultSort: '-createdAt',
  access: { read: readComments, create: never, update: isEditorOrAdmin, delete: isAdmin },
  endpoints: [commentChallengeEndpoint, submitCommentEndpoint],
  hooks: {
    beforeChange: [recordModeration],
    afterChange: [revalidateCommentedPage],
    afterDelete: [revalidateCommentedPageOnDelete],
  },
  indexes: [{ fields: ['status', 'createdAt'] }],
  fields: [
    {
      name: 'page',
      label: label('评论页面', 'Page'),
      type: 'relationship',
      relationTo: [...COMMENTED_COLLECTIONS],
      required: true,
      index: true,
      access: readOnly,
    },
    {
      name: 'body',
      label: label('评论内容', 'Comment'),
      type: 'textarea',
      required: true,
      maxLength: COMMENT_LIMITS.body,
      access: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          label: label('昵称', 'Name'),
          type: 'text',
          maxLength: COMMENT_LIMITS.name,
          access: readOnly,
          admin: { description: label('未填写时显示为“网友”', 'Shown as 网友 when empty') },
        },
        {
          name: 'replyTo',
          label: label('回复', 'Reply to'),
          type: 'relationship',
          relationTo: 'comments',
          access: readOnly,
        },
      ],
    },
    {
      name: 'status',
      label: label('审核状态', 'Status'),
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({
        value,
        label: label(COMMENT_STATUS_LABELS[value].zh, COMMENT_STATUS_LABELS[value].en),
      })),
      access: { create: never },
      admin: { position: 'sidebar' },
    },
    {
      name: 'flaggedWords',
      label: label('命中敏感词', 'Flagged words'),
      type: 'text',
      access: { ...moderation, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'moderationReason',
      label: label('审核理由', 'Reason'),
      type: 'textarea',
      maxLength: COMMENT_LIMITS.moderationReason,
      access: moderation,
      admin: {
        position: 'sidebar',
        description: label('不通过时必填，读者看不到', 'Required to reject; never shown to readers'),
      },
    },
    {
      name: 'moderatedBy',
      label: label('审核人', 'Moderator'),
      type: 'relationship',
      relationTo: 'users',
      access: { ...moderation, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'moderatedAt',
      label: label('审核时间', 'Moderated at'),
      type: 'date',
      access: { ...moderation, update: never },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Counts and traces abuse per sender without keeping the address: a keyed hash nobody reads through the API
      name: 'addressHash',
      type: 'text',
      index: true,
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    },
    {
      // The proof of work the comment came with: unique, so one proof posts one comment
      name: 'proof',
      type: 'text',
      unique: true,
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    },
  ],
}
