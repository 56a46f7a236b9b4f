import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { collectionLabels, label } from '@/i18n/label'
import { CRITERIA, SCORE_MAX, SCORE_MIN } from '@/workflow/scoring'

import { isReviewer, ownReview, readReviews } from './access'
import { caseFromAddress, casesLeftToScore } from './caseChoice'
import { checkReview } from './hooks/checkReview'
import { reviewerName } from './reviewerName'

const never = () => false

/** Expert scoring of shortlisted cases: one review per reviewer and case, blind until one's own is in. */
export const CaseReviews: CollectionConfig<'case-reviews'> = {
  slug: 'case-reviews',
  labels: collectionLabels('专家评分', 'Case review', 'Case reviews'),
  admin: {
    group: label('案例征集', 'Case call'),
    defaultColumns: ['case', 'reviewerName', 'total', 'updatedAt'],
  },
  access: { read: readReviews, create: isReviewer, update: ownReview, delete: isAdmin },
  indexes: [{ fields: ['case', 'reviewer'], unique: true }],
  hooks: { beforeChange: [checkReview] },
  fields: [
    {
      name: 'case',
      label: label('案例', 'Case'),
      type: 'relationship',
      relationTo: 'case-submissions',
      required: true,
      index: true,
      // 去评分 on the start page opens the form with its case chosen; the list offers only what is left to score
      defaultValue: caseFromAddress,
      filterOptions: casesLeftToScore,
      admin: {
        components: { afterInput: ['@/components/admin/ReviewGuide#ReviewGuide'] },
      },
    },
    {
      name: 'reviewer',
      label: label('评审专家', 'Reviewer'),
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: never },
      // A reviewer may not open other reviewers' accounts, so the relationship would read 无标题: the name is shown
      admin: { readOnly: true, hidden: true },
    },
    reviewerName,
    {
      name: 'scores',
      label: label('评分', 'Scores'),
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: CRITERIA.map((criterion) => ({
            name: criterion.name,
            label: label(criterion.zh, criterion.name[0].toUpperCase() + criterion.name.slice(1)),
            type: 'number' as const,
            required: true,
            min: SCORE_MIN,
            max: SCORE_MAX,
          })),
        },
      ],
    },
    { name: 'comment', label: label('评审意见', 'Comment'), type: 'textarea' },
    {
      name: 'total',
      label: label('平均分', 'Mean score'),
      type: 'number',
      access: { create: never, update: never },
      admin: { readOnly: true },
    },
  ],
}
