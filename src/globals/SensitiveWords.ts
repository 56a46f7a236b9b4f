import type { GlobalConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { label } from '@/i18n/label'
import { forgetSensitiveWords } from '@/moderation/sensitiveWords'

/**
 * The sensitive words editors keep: a reader comment that contains one is flagged with the words found and always
 * waits for moderation. Readers never read the list.
 */
export const SensitiveWords: GlobalConfig<'sensitive-words'> = {
  slug: 'sensitive-words',
  label: label('敏感词', 'Sensitive words'),
  admin: { group: label('内容', 'Content') },
  access: { read: isEditorOrAdmin, update: isEditorOrAdmin },
  hooks: { afterChange: [() => forgetSensitiveWords()] },
  fields: [
    {
      name: 'words',
      label: label('敏感词列表', 'Word list'),
      type: 'textarea',
      admin: {
        rows: 16,
        description: label(
          '每行一个词或短语（也可用逗号、顿号分隔）；不区分简繁和大小写，词中的空格和标点也会被忽略。含有这些词的评论一律进入待审核。',
          'One word or phrase a line; Simplified and Traditional, case, spaces and punctuation are ignored.',
        ),
      },
    },
  ],
}
