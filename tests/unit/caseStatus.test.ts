import { describe, expect, it } from 'vitest'

import { CASE_STATUSES, CASE_STATUS_LABELS, isCaseStatus } from '@/workflow/caseStatus'

describe('case statuses', () => {
  it('are the nine of the review workflow, in order', () => {
    expect(CASE_STATUSES).toEqual([
      'draft',
      'submitted',
      'returned',
      'withdrawn',
      'rejected',
      'shortlisted',
      'proposed',
      'excellent',
      'not-selected',
    ])
  })

  it('carry the Chinese labels people see', () => {
    expect(Object.fromEntries(CASE_STATUSES.map((status) => [status, CASE_STATUS_LABELS[status].zh]))).toEqual({
      draft: '草稿',
      submitted: '已提交',
      returned: '退回修改',
      withdrawn: '已撤回',
      rejected: '初审未通过',
      shortlisted: '入围',
      proposed: '拟入选',
      excellent: '优秀案例',
      'not-selected': '未入选',
    })
    for (const status of CASE_STATUSES) expect(CASE_STATUS_LABELS[status].en).not.toBe('')
  })

  it('recognises only those values', () => {
    expect(isCaseStatus('shortlisted')).toBe(true)
    expect(isCaseStatus('published')).toBe(false)
    expect(isCaseStatus('Draft')).toBe(false)
    expect(isCaseStatus(null)).toBe(false)
    expect(isCaseStatus(3)).toBe(false)
  })
})
