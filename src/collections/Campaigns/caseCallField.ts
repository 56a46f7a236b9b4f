import type { GroupField } from 'payload'

import { label } from '@/i18n/label'
import { DEFAULT_WEIGHTS } from '@/workflow/scoring'

import { DEFAULT_CASE_TYPES } from './activityTypes'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

const weight = (name: string, zh: string, en: string, defaultValue: number) => ({
  name,
  label: label(zh, en),
  type: 'number' as const,
  min: 0,
  max: 100,
  defaultValue,
  admin: { description: label('百分比', 'Percent') },
})

/** The settings of a campaign's call for cases, read by the case-review workflow. */
export const caseCallField: GroupField = {
  name: 'caseCall',
  label: label('案例征集设置', 'Case call'),
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'submissionOpens', label: label('报送开始', 'Submissions open'), type: 'date', admin: dateTime },
        { name: 'submissionCloses', label: label('报送截止', 'Submissions close'), type: 'date', admin: dateTime },
      ],
    },
    {
      name: 'caseTypes',
      label: label('案例类型', 'Case types'),
      type: 'text',
      hasMany: true,
      defaultValue: DEFAULT_CASE_TYPES,
    },
    {
      name: 'reviewPhases',
      label: label('评审阶段', 'Review phases'),
      type: 'array',
      fields: [
        { name: 'name', label: label('阶段', 'Phase'), type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'starts', label: label('开始', 'Starts'), type: 'date', admin: dateTime },
            { name: 'ends', label: label('结束', 'Ends'), type: 'date', admin: dateTime },
          ],
        },
      ],
    },
    {
      name: 'publicityDays',
      label: label('公示天数', 'Publicity period (days)'),
      type: 'number',
      min: 1,
      max: 60,
      defaultValue: 7,
    },
    {
      type: 'row',
      fields: [
        { name: 'votingOpens', label: label('投票开始', 'Voting opens'), type: 'date', admin: dateTime },
        { name: 'votingCloses', label: label('投票截止', 'Voting closes'), type: 'date', admin: dateTime },
      ],
    },
    {
      type: 'row',
      fields: [
        weight('expertWeight', '专家评分权重', 'Expert score weight', DEFAULT_WEIGHTS.expertWeight),
        weight('voteWeight', '网络投票权重', 'Public vote weight', DEFAULT_WEIGHTS.voteWeight),
      ],
    },
  ],
  validate: (value: unknown) => {
    const weights = (value ?? {}) as { expertWeight?: number | null; voteWeight?: number | null }
    const sum = (weights.expertWeight ?? 0) + (weights.voteWeight ?? 0)
    return sum === 100 || `专家评分与网络投票权重之和须为 100（现为 ${sum}）(weights must add up to 100)`
  },
}
