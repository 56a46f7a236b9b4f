import { describe, expect, it } from 'vitest'

import { unitToDo } from '@/portal/unitToDo'

describe("a unit's to-do on the portal", () => {
  it('puts returned cases and drafts first and counts where the others stand', () => {
    const todo = unitToDo([
      { id: 1, title: '退回的', status: 'returned' as const },
      { id: 2, title: '草稿', status: 'draft' as const },
      { id: 3, title: '初审中', status: 'submitted' as const },
      { id: 4, title: '评分中', status: 'shortlisted' as const },
      { id: 5, title: '公示中', status: 'proposed' as const },
      { id: 6, title: '优秀', status: 'excellent' as const },
    ])
    expect(todo.returned.map((item) => item.id)).toEqual([1])
    expect(todo.drafts.map((item) => item.id)).toEqual([2])
    expect(todo.inReview).toBe(2)
    expect(todo.inPublicity).toBe(1)
  })
})
