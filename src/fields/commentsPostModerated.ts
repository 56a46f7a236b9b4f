import type { CheckboxField } from 'payload'

import { hasRole } from '@/access/roles'
import { label } from '@/i18n/label'

/**
 * Post-then-moderate (先发后审) for one page's comments: on, a comment shows at once and editors review it after;
 * off (the default), every comment waits in the queue. A comment with a sensitive word waits either way.
 */
export const commentsPostModeratedField = (overrides: Partial<CheckboxField> = {}): CheckboxField => ({
  name: 'commentsPostModerated',
  label: label('评论先发后审', 'Comments shown before moderation'),
  type: 'checkbox',
  defaultValue: false,
  access: {
    create: ({ req: { user } }) => hasRole(user, 'admin', 'editor'),
    update: ({ req: { user } }) => hasRole(user, 'admin', 'editor'),
  },
  admin: {
    position: 'sidebar',
    description: label(
      '勾选后读者评论立即显示、事后审核；不勾选时评论须审核通过才显示。含敏感词的评论一律先审。',
      'Comments appear at once and are reviewed afterwards; those with sensitive words always wait.',
    ),
  },
  ...overrides,
})
