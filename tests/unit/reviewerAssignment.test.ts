import { describe, expect, it } from 'vitest'

import { assignByLoad, mayReview } from '@/workflow/reviewerAssignment'

const reviewers = [
  { id: 1, organization: 10 },
  { id: 2, organization: 20, conflicts: [30] },
  { id: 3 },
  { id: 4, organization: 40 },
]

describe('mayReview', () => {
  it('excludes reviewers of the case’s own unit and those who declared a conflict', () => {
    expect(mayReview(reviewers[0], 10)).toBe(false)
    expect(mayReview(reviewers[1], 30)).toBe(false)
    expect(mayReview(reviewers[1], '30')).toBe(false)
    expect(mayReview(reviewers[2], 10)).toBe(true)
    expect(mayReview(reviewers[0], null)).toBe(true)
  })
})

describe('assignByLoad', () => {
  it('picks the least loaded eligible reviewers, keeping those already assigned', () => {
    const load = new Map([
      ['1', 0],
      ['2', 5],
      ['3', 2],
      ['4', 1],
    ])
    // Case of unit 10: reviewer 1 is excluded; 4 (load 1) and 3 (load 2) are the lightest.
    expect(assignByLoad(reviewers, 10, [], load, 2)).toEqual([4, 3])
    expect(assignByLoad(reviewers, 10, [2], load, 2)).toEqual([2, 4])
    expect(assignByLoad(reviewers, 10, [2, 3], load, 2)).toEqual([2, 3])
  })

  it('gives fewer than asked when too few are eligible, and breaks ties by id', () => {
    expect(assignByLoad(reviewers.slice(0, 2), 10, [], new Map(), 2)).toEqual([2])
    expect(assignByLoad(reviewers, 99, [], new Map(), 3)).toEqual([1, 2, 3])
  })
})
